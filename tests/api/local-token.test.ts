import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../helpers/child-server.js';
import { copyOfGraphData } from '../helpers/data-dir.js';

const CREATE = 'mutation { createEntity(input: { kind: "Topic", label: "Water security in the Aral basin" }) { id } }';

async function gql(url: string, query: string, token?: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: Record<string, unknown>; errors?: Array<{ message: string }> } };
}

/** The startup lines after the GraphQL one may still be on their way when the server answers. */
async function startupLine(child: ChildServer, pattern: RegExp): Promise<string | undefined> {
  for (let i = 0; i < 100 && !/writes\s/.test(child.output()); i++) await new Promise((r) => setTimeout(r, 50));
  return pattern.exec(child.output())?.[1];
}

let server: ChildServer | null = null;
let cleanup: (() => void) | null = null;
afterEach(async () => {
  await server?.kill('SIGTERM');
  cleanup?.();
  server = null;
});

describe('npm start without configured tokens', () => {
  it('prints an editor token for this run, and that token can write', async () => {
    const data = copyOfGraphData();
    cleanup = data.cleanup;
    server = await startChildServer(data.dir, { CORRIDOR_TOKENS: '', CORRIDOR_TOKENS_FILE: '' });
    const token = await startupLine(server, /sign in with the editor token (\S+)/);
    expect(token, server.output()).toBeDefined();
    expect((await gql(server.url, CREATE)).status).toBe(401);
    const ok = await gql(server.url, CREATE, token);
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data?.createEntity).toEqual({ id: 'water-security-in-the-aral-basin' });
  });

  it('--read-only makes no token and refuses writes', async () => {
    const data = copyOfGraphData();
    cleanup = data.cleanup;
    server = await startChildServer(data.dir, { CORRIDOR_TOKENS: '', CORRIDOR_TOKENS_FILE: '' }, ['--read-only']);
    expect(await startupLine(server, /(writes\s.*)/)).toContain('read-only');
    expect(server.output()).not.toContain('sign in with the editor token');
    const refused = await gql(server.url, CREATE, 'x'.repeat(24));
    expect(refused.status).toBe(403);
    expect(refused.body.errors![0]!.message).toContain('read-only');
  });
});
