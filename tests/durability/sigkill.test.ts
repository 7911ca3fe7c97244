import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../server/graph/derived.js';
import { validateDataset } from '../../server/model/dataset.js';
import { readDatasetFiles } from '../../server/store/read-files.js';
import { startChildServer } from '../helpers/child-server.js';
import { copyOfGraphData } from '../helpers/data-dir.js';

const TOKEN = 'durability-token-0123456789abcdef';
const ARTICLE = 'eu-central-asia-summit-2024';
const QUOTES = ['The EU intends to invest significantly in modernizing this corridor', 'The joint declaration from the summit', 'Kazakhstan plays a critical role'];
const ENDS = ['kazakhstan', 'uzbekistan', 'china', 'russia', 'titr', 'global-gateway', 'trade', 'central-asia'];
const CLIENTS = 6;

interface Ack {
  kind: 'create' | 'update' | 'batch';
  id: string;
  confidence: number;
}

async function mutate(url: string, query: string, variables: object): Promise<boolean> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`mutation refused: ${JSON.stringify(body.errors)}`);
    return true;
  } catch (e) {
    if ((e as Error).message.startsWith('mutation refused')) throw e;
    return false; // connection cut by the kill: not acknowledged
  }
}

/**
 * One crash: several clients write (creates, then updates of their own creations) as fast as the
 * server acknowledges; at a random moment after ≥ `killAfter` acknowledgements the server is killed
 * with SIGKILL. Returns what was acknowledged and what was sent.
 */
async function crashRun(seed: number) {
  const rnd = seededRandom(seed);
  const data = copyOfGraphData();
  const server = await startChildServer(data.dir, { CORRIDOR_TOKENS: `crash:editor:${TOKEN}` });
  const acks: Ack[] = [];
  let sent = 0;
  let alive = true;
  const killAfter = 1000 + Math.floor(rnd() * 300);
  const create = 'mutation($i: CreateRelationInput!) { createRelation(input: $i) { id } }';
  const update = 'mutation($id: ID!, $c: Float!) { updateRelation(id: $id, patch: { confidence: $c }) { id } }';
  // A batch touching two files (an entity file and a relation file): the journaled multi-file commit.
  const batch = 'mutation($e: CreateEntityInput!, $r: CreateRelationInput!) { applyChanges(changes: [{ createEntity: $e }, { createRelation: $r }]) { version } }';

  const client = async (c: number) => {
    const mine: string[] = [];
    for (let i = 0; alive; i++) {
      const updating = mine.length > 0 && i % 3 === 2;
      const batching = !updating && c === 0 && i % 5 === 0;
      const id = updating ? mine.shift()! : `crash-${seed}-${c}-${i}`;
      const confidence = Math.round((0.3 + rnd() * 0.6) * 1000) / 1000;
      sent++;
      const acked = batching
        ? await mutate(server.url, batch, {
            e: { id: `${id}-entity`, kind: 'Topic', label: `Crash topic ${seed} ${i}` },
            r: { id, type: 'addresses', from: 'joint-declaration-2024', to: `${id}-entity`, confidence, evidence: [{ source: ARTICLE, quote: QUOTES[1] }] },
          })
        : updating
        ? await mutate(server.url, update, { id, c: confidence })
        : await mutate(server.url, create, {
            i: { id, type: 'has_interest_in', from: 'european-union', to: ENDS[(c + i) % ENDS.length], confidence, evidence: [{ source: ARTICLE, quote: QUOTES[i % QUOTES.length] }] },
          });
      if (!acked) return;
      acks.push({ kind: updating ? 'update' : batching ? 'batch' : 'create', id, confidence });
      if (!updating && !batching) mine.push(id);
    }
  };
  const killer = (async () => {
    while (acks.length < killAfter && alive) await new Promise((r) => setTimeout(r, 2));
    await new Promise((r) => setTimeout(r, rnd() * 40)); // land somewhere inside a commit
    alive = false;
    await server.kill('SIGKILL');
  })();
  try {
    await Promise.all([killer, ...Array.from({ length: CLIENTS }, (_, c) => client(c))]);
  } finally {
    alive = false;
    await server.kill('SIGKILL'); // never leave a server behind, whatever failed
  }
  return { data, acks, sent };
}

describe('durability under SIGKILL', () => {
  it.each([101, 202, 303])('seed %i: every acknowledged write survives, files validate, nothing is duplicated', async (seed) => {
    const { data, acks, sent } = await crashRun(seed);
    try {
      expect(sent).toBeGreaterThanOrEqual(1000);
      // Restart on the same folder: recovery runs, then the same checks a curator would run.
      const restarted = await startChildServer(data.dir, {}, ['--no-watch']);
      await restarted.kill('SIGTERM');
      const result = validateDataset((await readDatasetFiles(data.dir)).files);
      expect(result.issues).toEqual([]);
      const relations = JSON.parse(readFileSync(path.join(data.dir, 'relations', `${ARTICLE}.json`), 'utf8')).relations as Array<{ id: string; confidence: number }>;
      const ids = relations.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
      const byId = new Map(relations.map((r) => [r.id, r]));
      const lastAck = new Map<string, Ack>();
      for (const a of acks) lastAck.set(a.id, a);
      const lost = [...lastAck.keys()].filter((id) => !byId.has(id));
      expect(lost).toEqual([]);
      const wrongConfidence = acks.filter((a) => a.kind === 'update' && byId.get(a.id)!.confidence !== a.confidence).map((a) => a.id);
      expect(wrongConfidence).toEqual([]);
      expect(relations.length).toBeGreaterThanOrEqual(52 + acks.filter((a) => a.kind !== 'update').length);
      // Batches are all or nothing: every relation of a batch has its entity, acknowledged or not.
      const topics = JSON.parse(readFileSync(path.join(data.dir, 'entities', 'topic.json'), 'utf8')).entities.map((e: { id: string }) => e.id);
      for (const a of acks.filter((x) => x.kind === 'batch')) expect(topics).toContain(`${a.id}-entity`);
      expect(topics.length).toBeGreaterThanOrEqual(acks.filter((x) => x.kind === 'batch').length);
    } finally {
      data.cleanup();
    }
  }, 120_000);
});
