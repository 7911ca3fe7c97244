import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyOfGraphData, ROOT } from '../helpers/data-dir.js';

const tsx = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });

function brokenCopy() {
  const data = copyOfGraphData();
  const file = path.join(data.dir, 'relations', 'eu-central-asia-summit-2024.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"type": "organized_by"', '"type": "organised_by"'));
  return data;
}

describe('npm run validate', () => {
  it('passes on the shipped data', () => {
    const r = tsx('server/cli/validate.ts', ['graph-data']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/graph-data: valid — 31 entities, 88 relations, 3 sources\./);
  });

  it('exits non-zero naming file, line, JSON path and reason', () => {
    const data = brokenCopy();
    try {
      const r = tsx('server/cli/validate.ts', [data.dir]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/^graph-data\/relations\/eu-central-asia-summit-2024\.json:\d+:\d+ \$\.relations\[0\]\.type: unknown relation type "organised_by"; did you mean "organized_by"\? \[UNKNOWN_ID\]$/m);
      expect(r.stderr).toContain('graph-data: 1 error.');
    } finally {
      data.cleanup();
    }
  });
});

describe('the server on invalid data', () => {
  it('refuses to start, with the same messages', () => {
    const data = brokenCopy();
    try {
      const r = tsx('server/http/main.ts', ['--port', '0', '--data', data.dir, '--api-only']);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain('refusing to start on invalid data');
      expect(r.stderr).toMatch(/graph-data\/relations\/eu-central-asia-summit-2024\.json:\d+:\d+ \$\.relations\[0\]\.type: unknown relation type "organised_by"/);
    } finally {
      data.cleanup();
    }
  });

  it('refuses a bad setting with its name', () => {
    const r = tsx('server/http/main.ts', ['--max-cost', 'lots']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--max-cost: expected a whole number ≥ 1, got "lots"');
  });
});
