import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entitiesFileText, relationsFileText } from '../../server/store/serialize.js';
import { realServer } from '../helpers/server.js';

const TOKEN = 'live-token-0123456789abcdef';
let server: Awaited<ReturnType<typeof realServer>>;
beforeAll(async () => {
  server = await realServer([], { CORRIDOR_TOKENS: `live:editor:${TOKEN}`, CORRIDOR_WATCH: '1' });
});
afterAll(() => server.close());

const gql = async (query: string, variables?: object, token?: string) => {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
};
const until = async <T>(probe: () => Promise<T | undefined | null | false>, ms = 5000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('hot reload of hand edits', () => {
  it('serves a valid hand edit within a second', async () => {
    const file = path.join(server.dataDir, 'entities', 'places.json');
    const json = JSON.parse(readFileSync(file, 'utf8'));
    json.entities.find((e: any) => e.id === 'kazakhstan').description = 'Edited by hand in a text editor.';
    writeFileSync(file, JSON.stringify(json, null, 2) + '\n');
    const started = Date.now();
    const seen = await until(async () => (await gql('{ entity(id: "kazakhstan") { description } }')).data?.entity.description === 'Edited by hand in a text editor.');
    expect(seen).toBe(true);
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('refuses an invalid hand edit, reports it in dataStatus, keeps serving the last good graph and refuses writes until fixed', async () => {
    const file = path.join(server.dataDir, 'relations', 'eu-central-asia-summit-2024.json');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('"to": "european-union"', '"to": "europan-union"'));
    const status = await until(async () => {
      const d = (await gql('{ dataStatus { ok errors { code file path line message } } }')).data;
      return d?.dataStatus.ok === false ? d.dataStatus : null;
    });
    expect(status.errors[0]).toMatchObject({ code: 'DANGLING_RELATION', file: 'graph-data/relations/eu-central-asia-summit-2024.json', path: '$.relations[0].to' });
    expect(status.errors[0].line).toBeGreaterThan(1);
    expect((await gql('{ stats { relationCount } }')).data.stats.relationCount).toBe(88);
    const write = await gql('mutation { deleteRelation(id: "eu-counterbalances-china") { id } }', {}, TOKEN);
    expect(write.errors![0].extensions.code).toBe('DATA_INVALID');
    writeFileSync(file, good);
    await until(async () => (await gql('{ dataStatus { ok } }')).data?.dataStatus.ok);
  });
});

describe('changes subscription (Server-Sent Events)', () => {
  it('delivers a change made by another client', async () => {
    const controller = new AbortController();
    const res = await fetch(`${server.url}/graphql?query=${encodeURIComponent('subscription { changes { kind version by at changes { op id relationIds entityIds } } }')}`, {
      headers: { accept: 'text/event-stream' },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    const received = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += new TextDecoder().decode(value);
        const m = /event: next\ndata: (.+)\n/.exec(text);
        if (m) return JSON.parse(m[1]!).data.changes;
      }
    })();
    await new Promise((r) => setTimeout(r, 100));
    const made = await gql('mutation { reviewRelation(id: "eu-counterbalances-china", status: REVIEWED, note: "seen") { id } }', {}, TOKEN);
    expect(made.errors).toBeUndefined();
    const event = await received;
    controller.abort();
    expect(event).toMatchObject({ kind: 'COMMIT', by: 'live', changes: [{ op: 'reviewRelation', id: 'eu-counterbalances-china', relationIds: ['eu-counterbalances-china'] }] });
    expect(event.changes[0].entityIds).toEqual(['european-union', 'china']);
  });
});

describe('files written back', () => {
  it('a loaded file serialised again is byte-identical, so a write shows in git diff as only what it changed', () => {
    for (const rel of ['entities/places.json', 'entities/topics.json', 'relations/corridor-reference-geography.json']) {
      const text = readFileSync(path.join(server.dataDir, rel), 'utf8');
      const json = JSON.parse(text);
      const again = json.entities ? entitiesFileText(json.entities) : relationsFileText(json.relations);
      expect(again).toBe(text);
    }
  });
});

describe('a write never overwrites a hand edit it has not loaded', () => {
  it('with the watcher off, a hand edit of the file a write rewrites is loaded first and kept', async () => {
    const { Store } = await import('../../server/store/files/store.js');
    const { copyOfGraphData } = await import('../helpers/data-dir.js');
    const data = copyOfGraphData();
    const store = await Store.open({ dataDir: data.dir, watch: false, fsync: false, log: () => {} });
    try {
      const file = path.join(data.dir, 'entities', 'places.json');
      const json = JSON.parse(readFileSync(file, 'utf8'));
      json.entities.find((e: any) => e.id === 'kazakhstan').description = 'Edited by hand while the server ran.';
      writeFileSync(file, entitiesFileText(json.entities));
      // This write rewrites the same file (Uzbekistan lives in places.json too).
      await store.apply([{ op: 'updateEntity', id: 'uzbekistan', patch: { description: 'Edited through the API.' } }], 'test');
      const onDisk = JSON.parse(readFileSync(file, 'utf8')).entities;
      expect(onDisk.find((e: any) => e.id === 'kazakhstan').description).toBe('Edited by hand while the server ran.');
      expect(onDisk.find((e: any) => e.id === 'uzbekistan').description).toBe('Edited through the API.');
      expect(store.kg.entity('kazakhstan')!.description).toBe('Edited by hand while the server ran.');
    } finally {
      await store.close();
      data.cleanup();
    }
  });
});
