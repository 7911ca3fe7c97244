import path from 'node:path';
import { readConfig } from '../../server/http/config.js';
import { startServer, type RunningServer } from '../../server/http/start.js';
import { TEST_BACKEND, testDatabase } from './backend.js';
import { copyOfGraphData, ROOT } from './data-dir.js';

/**
 * A real server on a free port over a private copy of graph-data; extra flags and env as on the
 * command line (under the `postgres` test project, over that folder imported into a private database
 * schema). With `explorer`, it also serves the built explorer at / (as `npm start` does).
 */
export async function realServer(flags: string[] = [], env: Record<string, string> = {}, explorer = false): Promise<RunningServer & { dataDir: string; saved(): Promise<string> }> {
  const data = copyOfGraphData();
  const custom = flags.indexOf('--data');
  const db = TEST_BACKEND === 'postgres' ? await testDatabase(custom >= 0 ? flags[custom + 1]! : data.dir) : null;
  if (db) flags = [...flags, '--database-url', db.url];
  const config = readConfig(['--port', '0', '--data', data.dir, ...(explorer ? [] : ['--api-only']), ...flags], { CORRIDOR_FSYNC: '0', ...env }, ROOT);
  if (explorer) config.clientDir = path.join(ROOT, 'client', 'dist');
  const running = await startServer(config, () => {});
  return {
    ...running,
    dataDir: data.dir,
    async saved() {
      await running.store.idle();
      return db ? db.saved() : data.dir;
    },
    close: async () => {
      await running.close();
      await db?.drop();
      data.cleanup();
    },
  };
}
