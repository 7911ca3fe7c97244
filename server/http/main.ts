import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataValidationError } from '../model/issues.js';
import { readConfig } from './config.js';
import { startServer } from './start.js';

/** `npm start`: serve the explorer and the GraphQL API on the data folder. */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
let config;
try {
  config = readConfig(process.argv.slice(2), process.env, root);
} catch (e) {
  console.error(`corridor: ${(e as Error).message} (see --help)`);
  process.exit(2);
}
if (config.clientDir && !existsSync(path.join(config.clientDir, 'index.html'))) {
  console.warn('corridor: the explorer is not built (run npm run build:client); serving the API only');
  config.clientDir = null;
}
// A researcher who runs `npm start` on their own machine can curate at once: with no tokens
// configured, the server makes an editor token for this run and prints it (as Jupyter does).
// It is never written to disk or put in a URL; --read-only turns this off.
const localToken = !config.tokensFile && !config.tokensEnv && !config.readOnly ? randomBytes(18).toString('base64url') : null;
if (localToken) config.tokensEnv = `local:editor:${localToken}`;
try {
  const running = await startServer(config);
  const { kg } = running.store;
  console.log(`Corridor is serving ${kg.graph.order} entities and ${kg.graph.size} relations from ${config.databaseUrl ? `PostgreSQL (${databaseName(config.databaseUrl)})` : path.relative(process.cwd(), config.dataDir) || '.'}`);
  if (config.clientDir) console.log(`  explorer  ${running.url}/`);
  console.log(`  GraphQL   ${running.url}/graphql   (GraphiQL in a browser)`);
  console.log(`  health    ${running.url}/healthz`);
  if (localToken) console.log(`  writes    on: sign in with the editor token ${localToken}  (made for this run; --read-only turns writes off)`);
  if (localToken && config.databaseUrl) console.log('            that token is this server\'s only: give every server of a cluster the same CORRIDOR_TOKENS');
  else console.log(!config.tokensFile && !config.tokensEnv ? '  writes    off: read-only' : '  writes    on, for editor tokens');
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (e) {
  if (e instanceof DataValidationError) {
    console.error(`corridor: refusing to start on invalid data in ${config.dataDir}\n${e.message}`);
    process.exit(1);
  }
  console.error(`corridor: ${(e as Error).message}`);
  process.exit(1);
}

/** host:port/database of a connection URL, without the password. */
function databaseName(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}${u.port ? ':' + u.port : ''}${u.pathname}`;
  } catch {
    return 'database';
  }
}
