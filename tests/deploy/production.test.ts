import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/synthetic/generate.js';
import type { ChildServer } from '../helpers/child-server.js';
import { GRAPH_DATA } from '../helpers/data-dir.js';
import { deployableCopy } from './production-copy.js';
import { startProductionServer } from './production-server.js';

/**
 * Issue 11 §6: the project as a cluster server runs it. Built with `npm run build`, installed with
 * `npm ci --omit=dev` (no tsx compiling on the fly for the server, no vite), started with
 * `npm run start:prod`. The install takes a minute or more: the suite's timeouts are generous.
 */
async function gql<T>(url: string, query: string): Promise<T> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`${query}\n -> ${JSON.stringify(body.errors)}`);
  return body.data!;
}

describe('production build, installed without dev tools', () => {
  let copy: { parent: string; dir: string };
  const servers: ChildServer[] = [];

  beforeAll(async () => {
    copy = await deployableCopy();
  }, 600_000);

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.kill()));
    if (copy) rmSync(copy.parent, { recursive: true, force: true });
  });

  it('installs without the dev tools', () => {
    expect(existsSync(path.join(copy.dir, 'node_modules', 'graphql-yoga'))).toBe(true);
    expect(existsSync(path.join(copy.dir, 'node_modules', 'vite'))).toBe(false);
    expect(existsSync(path.join(copy.dir, 'node_modules', 'vitest'))).toBe(false);
  });

  it('serves the embedded data over GraphQL, traversals in worker threads, and the explorer at /', async () => {
    const server = await startProductionServer(copy.dir, ['--read-only', '--traversal-workers', '2']);
    servers.push(server);
    expect(server.output()).toContain(`serving 31 entities and 88 relations from graph-data`);

    const { entity } = await gql<{ entity: { id: string; label: string; kind: string } }>(server.url, '{ entity(id: "Middle Corridor") { id label kind } }');
    expect(entity).toEqual({ id: 'titr', label: 'Trans-Caspian International Transport Route', kind: 'TransportCorridor' });

    const { neighborhood } = await gql<{ neighborhood: { entities: Array<{ id: string }>; relations: Array<{ fromId: string; toId: string }> } }>(
      server.url,
      '{ neighborhood(id: "kazakhstan", depth: 2) { entities { id } relations { fromId toId } } }',
    );
    const ids = neighborhood.entities.map((e) => e.id);
    expect(ids).toContain('kazakhstan');
    expect(ids).toContain('european-union');
    expect(neighborhood.relations.length).toBeGreaterThan(10);

    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<title>Corridor explorer</title>');
    const script = /<script type="module"[^>]*src="\.?\/?([^"]+\.js)"/.exec(html);
    expect(script, 'the explorer page loads its bundle').not.toBeNull();
    const asset = await fetch(`${server.url}/${script![1]}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    expect((await asset.text()).length).toBeGreaterThan(10_000);
  }, 60_000);

  it('computes the layout of a graph too large for the request thread in its worker thread', async () => {
    // Above DerivedSettings.syncMaxNodes (2,000 entities), layout and metrics run in derived-worker.js.
    const dataDir = path.join(copy.parent, 'large', 'graph-data');
    generateDataset(dataDir, { entities: 2_500, relations: 5_000, attachment: 'growing' }, path.join(GRAPH_DATA, 'vocabulary.json'));
    const server = await startProductionServer(copy.dir, ['--read-only', '--api-only', '--data', dataDir]);
    servers.push(server);
    let status = { version: 1, derivedVersion: 0 };
    for (let tries = 0; tries < 120 && status.derivedVersion !== status.version && !server.output().includes('could not be computed'); tries++) {
      await new Promise((r) => setTimeout(r, 500));
      ({ dataStatus: status } = await gql<{ dataStatus: typeof status }>(server.url, '{ dataStatus { version derivedVersion } }'));
    }
    expect(server.output()).not.toContain('could not be computed');
    expect(status.derivedVersion).toBe(status.version);
  }, 90_000);
});
