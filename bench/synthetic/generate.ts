import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seededRandom } from '../../server/graph/derived.js';

/**
 * Synthetic knowledge graphs for benchmarks: typed entities and relations, targets chosen by
 * preferential attachment (see SyntheticSpec.attachment: only 'growing' gives a power law with real
 * hubs, as in real knowledge graphs; the default keeps the original, milder model). Every relation has valid
 * evidence: a quote of a sentence of one of a few synthetic sources, at its true offsets. Written as
 * a normal data folder, so it loads through the same validation as graph-data.
 */
export interface SyntheticSpec {
  entities: number;
  relations: number;
  seed?: number;
  /** Number of synthetic sources (relation files are one per source). */
  sources?: number;
  /**
   * How relation ends are chosen. 'mixed' (the default, unchanged): sources uniform, targets half
   * the time the end of an earlier relation. All entities exist from the start, so degrees stay
   * within a few times the median (max ≈ 50 at 50k relations, ≈ 100 at 500k: no real hubs).
   * 'growing': entities join in id order and each relation links a recently joined entity to an
   * earlier one picked in proportion to its in-degree + 2 (Price's model), which gives the power law
   * with hubs of thousands of relations that real knowledge graphs have (the EU, a country).
   */
  attachment?: 'mixed' | 'growing';
}

const KINDS = ['Country', 'Region', 'SupranationalOrganization', 'Initiative', 'TransportCorridor', 'Resource', 'Sector', 'Topic', 'Event', 'Agreement'];
const KIND_FILE = (k: string) => k.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase();
const TYPES = ['trades_with', 'invests_in', 'supports', 'has_interest_in', 'cooperates_on', 'needs', 'part_of', 'has_influence_in', 'addresses', 'connects'];
const SYLLABLES = ['ka', 'ra', 'zan', 'bek', 'tash', 'kor', 'vel', 'mar', 'sol', 'din', 'ur', 'gal', 'tor', 'nis', 'ab', 'lun', 'sar', 'kent', 'ob', 'ir'];

/** Unique made-up names of two or three pseudo-words, as varied as real entity names (no running numbers, which would make every name a term of its own). */
function namer(rnd: () => number): () => string {
  const used = new Set<string>();
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(rnd() * 2);
    for (let s = 0; s < n; s++) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return () => {
    for (;;) {
      const candidate = rnd() < 0.7 ? `${word()} ${word()}` : `${word()} ${word()} ${word()}`;
      if (!used.has(candidate.toLowerCase())) {
        used.add(candidate.toLowerCase());
        return candidate;
      }
    }
  };
}

export function generateDataset(dir: string, spec: SyntheticSpec, vocabularyFrom: string): { dir: string } {
  const rnd = seededRandom(spec.seed ?? 7);
  const sourceCount = spec.sources ?? 20;
  rmSync(dir, { recursive: true, force: true });
  for (const d of ['entities', 'relations', 'sources']) mkdirSync(path.join(dir, d), { recursive: true });
  copyFileSync(vocabularyFrom, path.join(dir, 'vocabulary.json'));

  // Sources: each a text of numbered sentences that relations quote.
  const sentences: Array<{ text: string; offsets: number[]; lengths: number[] }> = [];
  for (let s = 0; s < sourceCount; s++) {
    let text = `Synthetic source ${s} for Corridor benchmarks.\n`;
    const offsets: number[] = [];
    const lengths: number[] = [];
    for (let k = 0; k < 400; k++) {
      const sentence = `Statement ${k} of source ${s}: party ${Math.floor(rnd() * 1e6)} reported cooperation on item ${Math.floor(rnd() * 1e6)}.`;
      offsets.push(text.length);
      lengths.push(sentence.length);
      text += sentence + ' ';
    }
    sentences.push({ text, offsets, lengths });
    const id = `synthetic-${s}`;
    writeFileSync(path.join(dir, 'sources', `${id}.txt`), text);
    writeFileSync(
      path.join(dir, 'sources', `${id}.json`),
      JSON.stringify({ id, kind: 'reference', title: `Synthetic source ${s}`, publisher: 'Corridor benchmark generator', language: 'en' }, null, 2) + '\n',
    );
  }

  // Entities, grouped in files by kind.
  const byKind = new Map<string, unknown[]>();
  const name = namer(rnd);
  const kinds: string[] = [];
  for (let i = 0; i < spec.entities; i++) {
    const kind = KINDS[Math.min(KINDS.length - 1, Math.floor(Math.pow(rnd(), 1.5) * KINDS.length))]!;
    kinds.push(kind);
    const e: Record<string, unknown> = { id: `n-${i}`, kind, label: name(), aliases: rnd() < 0.2 ? [name()] : [] };
    if (rnd() < 0.5) e.description = `A synthetic ${kind.toLowerCase()} generated for benchmarks.`;
    let list = byKind.get(kind);
    if (!list) byKind.set(kind, (list = []));
    list.push(e);
  }
  for (const [kind, list] of byKind) writeFileSync(path.join(dir, 'entities', `${KIND_FILE(kind)}.json`), JSON.stringify({ entities: list }) + '\n');

  // Relations: preferential attachment on targets, one file per source.
  const pickEnds = spec.attachment === 'growing' ? growingEnds(spec, rnd) : mixedEnds(spec, rnd);
  const files: unknown[][] = Array.from({ length: sourceCount }, () => []);
  const statuses = ['reviewed', 'extracted'];
  for (let r = 0; r < spec.relations; r++) {
    const [from, to] = pickEnds(r);
    const s = Math.floor(rnd() * sourceCount);
    const k = Math.floor(rnd() * 400);
    const src = sentences[s]!;
    const start = src.offsets[k]!;
    const end = start + src.lengths[k]!;
    const rel: Record<string, unknown> = {
      id: `r-${r}`,
      type: TYPES[Math.floor(rnd() * TYPES.length)],
      from: `n-${from}`,
      to: `n-${to}`,
      status: statuses[rnd() < 0.7 ? 0 : 1],
      confidence: Math.round((0.5 + rnd() * 0.5) * 100) / 100,
      evidence: [{ source: `synthetic-${s}`, quote: src.text.slice(start, end), start, end }],
    };
    if (rnd() < 0.3) rel.pointInTime = String(2000 + Math.floor(rnd() * 25));
    files[s]!.push(rel);
  }
  files.forEach((list, s) => writeFileSync(path.join(dir, 'relations', `synthetic-${s}.json`), JSON.stringify({ relations: list }) + '\n'));
  return { dir };
}

/** The original model: every entity present from the start; a target is an earlier relation's end half the time. */
function mixedEnds(spec: SyntheticSpec, rnd: () => number): (r: number) => [number, number] {
  const ends: number[] = [];
  return () => {
    const from = Math.floor(rnd() * spec.entities);
    let to = ends.length > 0 && rnd() < 0.5 ? ends[Math.floor(rnd() * ends.length)]! : Math.floor(rnd() * spec.entities);
    if (to === from) to = (from + 1) % spec.entities;
    ends.push(from, to);
    return [from, to];
  };
}

/** Weight of an entity with no relations yet, against one per relation received (Price's "a"): the degree exponent is about 2 + a / (relations per entity), 2.4 at 5 relations per entity; the largest hubs hold a few % of all relations. */
const ATTRACTIVENESS = 2;

/** Price's model: entities join over time; a target is picked with probability ∝ in-degree + ATTRACTIVENESS among those joined. */
function growingEnds(spec: SyntheticSpec, rnd: () => number): (r: number) => [number, number] {
  const targets: number[] = []; // one entry per relation received: picking from it is picking by in-degree
  return (r) => {
    const joined = Math.min(spec.entities, Math.max(2, Math.floor(((r + 1) * spec.entities) / spec.relations) + 1));
    const from = rnd() < 0.5 ? joined - 1 : Math.floor(rnd() * joined);
    let to = rnd() * (targets.length + ATTRACTIVENESS * joined) < targets.length ? targets[Math.floor(rnd() * targets.length)]! : Math.floor(rnd() * joined);
    if (to === from) to = (from + 1) % joined;
    targets.push(to);
    return [from, to];
  };
}

