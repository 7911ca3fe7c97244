import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../server/api/limits/settings.js';
import { asEditor, testApi, type TestApi } from '../helpers/api.js';
import { ROOT } from '../helpers/data-dir.js';

const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

let api: TestApi;
beforeAll(async () => {
  api = await testApi({ writable: true });
});
afterAll(() => api.close());

describe('README', () => {
  it('has an example for each capability', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(9);
  });

  it.each(blocks.map((b) => [b.trim().split('\n')[0]!.slice(0, 60), b]))('example runs without errors and answers something: %s', async (_title, query) => {
    const { status, body } = await api.gql(query, undefined, query.trim().startsWith('mutation') ? asEditor : {});
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    const values = Object.values(body.data as object);
    expect(values.every((v) => v !== null && !(Array.isArray(v) && v.length === 0))).toBe(true);
  });

  it('documents every limit setting with its default', () => {
    for (const [key, value] of Object.entries(DEFAULT_LIMITS)) {
      const variable = `CORRIDOR_${key.replace(/[A-Z]/g, (c) => '_' + c).toUpperCase()}`;
      expect(readme, variable).toMatch(new RegExp(`\\| \`${variable}\` \\| ${value}`));
    }
  });

  it('starts with the two commands', () => {
    expect(readme.slice(0, 1200)).toContain('npm install && npm start');
    expect(readme.slice(0, 1200)).toContain('npm test');
  });
});
