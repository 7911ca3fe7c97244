import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_LIMITS, type ApiLimits } from '../api/limits/settings.js';

export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  tokensFile: string | null;
  tokensEnv: string | null;
  /** No writes even when no tokens are configured (`npm start` otherwise makes a local editor token). */
  readOnly: boolean;
  limits: ApiLimits;
  watch: boolean;
  fsync: boolean;
  production: boolean;
  logging: boolean;
  /** Built explorer to serve at /, or null for the API only. */
  clientDir: string | null;
  /** Worker threads for traversals (0: in the request thread). */
  traversalWorkers: number;
  /** Take the client address from X-Forwarded-For (behind a load balancer). */
  trustProxy: boolean;
  /** PostgreSQL connection URL (`--database-url`, CORRIDOR_DATABASE_URL); null: the data folder. */
  databaseUrl: string | null;
}

/** One worker per core the request thread does not need, at least one. */
export const DEFAULT_TRAVERSAL_WORKERS = Math.max(1, availableParallelism() - 1);

const kebab = (k: string) => k.replace(/[A-Z]/g, (c) => '-' + c.toLowerCase());
const snake = (k: string) => k.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase();

/** Every setting: a flag (--max-cost 20000) or an environment variable (CORRIDOR_MAX_COST=20000); flags win. */
export const SETTINGS_HELP = `Usage: npm start -- [options]      (or: tsx server/http/main.ts [options])

  --port <n>            PORT                   port to listen on (default 4000; 0 picks a free one)
  --host <addr>         HOST                   address to bind (default 127.0.0.1; 0.0.0.0 for all)
  --data <dir>          CORRIDOR_DATA          data folder (default graph-data)
  --tokens-file <file>  CORRIDOR_TOKENS_FILE   JSON file of write tokens
                        CORRIDOR_TOKENS        write tokens as name:role:token,…  (role: editor or reader)
                                               without either, npm start prints a local editor token
  --read-only           CORRIDOR_READ_ONLY=1   no local token: writes off unless tokens are configured
  --no-watch            CORRIDOR_WATCH=0       do not reload hand edits of the data folder
  --api-only                                   do not serve the explorer at /
  --traversal-workers <n> CORRIDOR_TRAVERSAL_WORKERS  threads for traversals (default: cores - 1, at least 1;
                                               0 runs them on the request thread)
  --trust-proxy         CORRIDOR_TRUST_PROXY=1 client address from X-Forwarded-For (last hop), behind a load balancer
  --database-url <url>  CORRIDOR_DATABASE_URL  keep the graph in PostgreSQL (shared by every server given it) instead of --data
  --log                 CORRIDOR_LOG=1         log each request
  NODE_ENV=development                         show error details (production masks them)
                        CORRIDOR_FSYNC=0       skip fsync on writes (tests only: gives up durability)
Limits (flag / variable, default):
${Object.entries(DEFAULT_LIMITS)
  .map(([k, v]) => `  --${kebab(k)} <n>`.padEnd(30) + `CORRIDOR_${snake(k)}`.padEnd(33) + String(v))
  .join('\n')}`;

function intSetting(name: string, raw: string, min: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name}: expected a whole number ≥ ${min}, got "${raw}"`);
  return n;
}

export function readConfig(argv: string[], env: NodeJS.ProcessEnv, root: string): ServerConfig {
  const limitOptions = Object.fromEntries(Object.keys(DEFAULT_LIMITS).map((k) => [kebab(k), { type: 'string' as const }]));
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      'tokens-file': { type: 'string' },
      'read-only': { type: 'boolean' },
      'no-watch': { type: 'boolean' },
      'api-only': { type: 'boolean' },
      log: { type: 'boolean' },
      'traversal-workers': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
      'database-url': { type: 'string' },
      help: { type: 'boolean' },
      ...limitOptions,
    },
  });
  if (values.help) {
    console.log(SETTINGS_HELP);
    process.exit(0);
  }
  const v = values as Record<string, string | boolean | undefined>;
  const limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as Array<keyof ApiLimits>) {
    const flag = v[kebab(key)] as string | undefined;
    const envName = `CORRIDOR_${snake(key)}`;
    const raw = flag ?? env[envName];
    if (raw !== undefined) limits[key] = intSetting(flag !== undefined ? `--${kebab(key)}` : envName, raw, key === 'rateLimitPerMinute' || key === 'cpuBudgetMs' ? 0 : 1);
  }
  const port = intSetting(v.port !== undefined ? '--port' : 'PORT', (v.port as string) ?? env.PORT ?? '4000', 0);
  return {
    port,
    host: (v.host as string) ?? env.HOST ?? '127.0.0.1',
    dataDir: path.resolve(root, (v.data as string) ?? env.CORRIDOR_DATA ?? 'graph-data'),
    tokensFile: (v['tokens-file'] as string) ?? env.CORRIDOR_TOKENS_FILE ?? null,
    tokensEnv: env.CORRIDOR_TOKENS ?? null,
    readOnly: Boolean(v['read-only']) || env.CORRIDOR_READ_ONLY === '1',
    limits,
    watch: !v['no-watch'] && env.CORRIDOR_WATCH !== '0',
    fsync: env.CORRIDOR_FSYNC !== '0',
    production: env.NODE_ENV !== 'development',
    logging: Boolean(v.log) || env.CORRIDOR_LOG === '1',
    clientDir: v['api-only'] ? null : path.join(root, 'client', 'dist'),
    traversalWorkers:
      v['traversal-workers'] !== undefined || env.CORRIDOR_TRAVERSAL_WORKERS !== undefined
        ? intSetting(v['traversal-workers'] !== undefined ? '--traversal-workers' : 'CORRIDOR_TRAVERSAL_WORKERS', (v['traversal-workers'] as string) ?? env.CORRIDOR_TRAVERSAL_WORKERS!, 0)
        : DEFAULT_TRAVERSAL_WORKERS,
    trustProxy: Boolean(v['trust-proxy']) || env.CORRIDOR_TRUST_PROXY === '1',
    databaseUrl: (v['database-url'] as string) ?? env.CORRIDOR_DATABASE_URL ?? null,
  };
}
