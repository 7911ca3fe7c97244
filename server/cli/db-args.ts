import { parseArgs } from 'node:util';

/** The database URL of a db:* command: `--database-url`, else CORRIDOR_DATABASE_URL; a clear error without either. */
export function databaseArgs(usage: string, options: Record<string, { type: 'string' | 'boolean' }> = {}): { url: string; values: Record<string, string | boolean | undefined>; positionals: string[] } {
  const { values, positionals } = parseArgs({ options: { 'database-url': { type: 'string' }, help: { type: 'boolean' }, ...options }, allowPositionals: true });
  if (values.help) {
    console.log(usage);
    process.exit(0);
  }
  const url = (values['database-url'] as string | undefined) ?? process.env.CORRIDOR_DATABASE_URL;
  if (!url) {
    console.error(`no database: set CORRIDOR_DATABASE_URL or pass --database-url postgres://…\n\n${usage}`);
    process.exit(2);
  }
  return { url, values: values as Record<string, string | boolean | undefined>, positionals };
}
