import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { apiError } from './errors.js';
import type { ApiContext } from './context.js';

export const ROLES = ['editor', 'reader'] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** Recorded on every record the actor writes. */
  name: string;
  role: Role;
}

const TokenEntry = z.union([
  z.strictObject({ name: z.string().min(1), role: z.enum(ROLES), token: z.string().min(16, 'tokens must be at least 16 characters') }),
  z.strictObject({ name: z.string().min(1), role: z.enum(ROLES), sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256 digest') }),
]);
const TokenFile = z.strictObject({ tokens: z.array(TokenEntry) });

const digest = (token: string) => createHash('sha256').update(token, 'utf8').digest();

/**
 * The tokens allowed to write. Tokens are kept as SHA-256 digests and compared with timingSafeEqual
 * against every entry (no early exit), so response time does not reveal how much of a token matched.
 */
export class TokenBook {
  private readonly entries: Array<{ actor: Actor; digest: Buffer }>;

  constructor(entries: Array<{ name: string; role: Role; token?: string; sha256?: string }>) {
    this.entries = entries.map((e) => ({
      actor: { name: e.name, role: e.role },
      digest: e.token !== undefined ? digest(e.token) : Buffer.from(e.sha256!, 'hex'),
    }));
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * From a JSON file `{ "tokens": [{ "name", "role", "token" | "sha256" }] }` and/or the variable
   * CORRIDOR_TOKENS="name:role:token,…". Errors name the file and entry.
   */
  static load(opts: { file?: string | null; env?: string | null }): TokenBook {
    const entries: Array<z.infer<typeof TokenEntry>> = [];
    if (opts.file) {
      let raw: unknown;
      try {
        raw = JSON.parse(readFileSync(opts.file, 'utf8'));
      } catch (e) {
        throw new Error(`tokens file ${opts.file}: ${(e as Error).message}`);
      }
      const parsed = TokenFile.safeParse(raw);
      if (!parsed.success) {
        const i = parsed.error.issues[0]!;
        throw new Error(`tokens file ${opts.file}: $.${i.path.join('.')}: ${i.message}`);
      }
      entries.push(...parsed.data.tokens);
    }
    if (opts.env) {
      opts.env
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
        .forEach((item, i) => {
          const [name, role, ...rest] = item.split(':');
          const token = rest.join(':');
          const parsed = TokenEntry.safeParse({ name, role, token });
          if (!parsed.success) throw new Error(`CORRIDOR_TOKENS entry ${i + 1} ("${name ?? ''}:…"): expected name:role:token with role editor or reader and a token of 16+ characters`);
          entries.push(parsed.data);
        });
    }
    return new TokenBook(entries);
  }

  /** The actor a bearer token belongs to, or null. */
  identify(token: string): Actor | null {
    const d = digest(token);
    let found: Actor | null = null;
    for (const e of this.entries) if (timingSafeEqual(d, e.digest) && !found) found = e.actor;
    return found;
  }

  /** Reads `Authorization: Bearer <token>`. */
  fromHeader(header: string | null): { actor: Actor | null; problem: 'missing' | 'invalid' | null } {
    const m = header ? /^Bearer\s+(.+)$/i.exec(header.trim()) : null;
    if (!m) return { actor: null, problem: header ? 'invalid' : 'missing' };
    const actor = this.identify(m[1]!);
    return { actor, problem: actor ? null : 'invalid' };
  }
}

/** Throws the right error unless the caller may write: read-only server, no token, wrong token, or not an editor. */
export function requireEditor(ctx: ApiContext): Actor {
  if (ctx.tokens.size === 0) {
    throw apiError('FORBIDDEN', 'this server is read-only: no write tokens are configured (set --tokens-file or CORRIDOR_TOKENS)', {}, 403);
  }
  if (!ctx.actor) {
    const http = { http: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="corridor"' } } };
    throw ctx.authProblem === 'invalid'
      ? apiError('UNAUTHENTICATED', 'the bearer token is not valid', http)
      : apiError('UNAUTHENTICATED', 'writes need an Authorization: Bearer <token> header', http);
  }
  if (ctx.actor.role !== 'editor') throw apiError('FORBIDDEN', `token "${ctx.actor.name}" has role ${ctx.actor.role}; writes need the editor role`, {}, 403);
  return ctx.actor;
}
