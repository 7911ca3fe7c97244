import { foldText } from '../server/model/ids.js';
import type { GoldEntity, GoldFile } from './gold-schema.js';

/**
 * Scoring of one pipeline run against one gold set. Pure: takes the text, the gold annotations and
 * what the pipeline predicted, returns figures and the lists of errors behind them.
 */

interface Evidence {
  quote: string;
  start: number;
  end: number;
}
/** The parts of a pipeline report the scoring reads (a structural subset of IngestReport). */
export interface Prediction {
  candidates: Array<{ type: string; from: string; to: string; confidence: number; hedge?: string; evidence: Evidence; extractor?: { rule: string } }>;
  corroborations?: Array<{ type: string; from: string; to: string; evidence: Evidence }>;
  mentions: Array<{ start: number; end: number; text: string; entity?: string }>;
  proposedEntities: Array<{ id: string; label: string; aliases: string[]; wikidata?: string }>;
}

export interface Score {
  /** Predictions counted, predictions right, gold items, gold items found. */
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  /** null when there is nothing to divide by. */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}
export interface ErrorItem {
  type: string;
  from: string;
  to: string;
  quote: string;
  start: number;
  end: number;
  confidence?: number;
  rule?: string;
  note?: string;
}
export interface MentionError {
  start: number;
  end: number;
  text: string;
  entity: string;
  note: string;
}
export interface CalibrationBucket {
  /** Confidence range [from, to); the last bucket includes 1. */
  from: number;
  to: number;
  count: number;
  correct: number;
  fraction: number | null;
}
export interface SetScore {
  relations: Score;
  byType: Record<string, Score>;
  linking: Score;
  /** Linking recall by the kind of the gold entity. */
  linkingByKind: Record<string, Score>;
  evidence: { total: number; atOffsets: number; fraction: number | null };
  highConfidence: Score;
  calibration: CalibrationBucket[];
  /** Among correct candidates with a gold hedge or a predicted one: how many agree. */
  hedges: { compared: number; agree: number };
  falsePositives: ErrorItem[];
  falseNegatives: ErrorItem[];
  linkingFalsePositives: MentionError[];
  linkingFalseNegatives: MentionError[];
}

/** The confidence at or above which a reviewer bulk-accepts candidates. */
export const HIGH_CONFIDENCE = 0.9;
const BUCKET_EDGES = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1];

/** Precision, recall and F1 from counts. */
export function score(predicted: number, correct: number, gold: number, found: number): Score {
  const precision = predicted > 0 ? correct / predicted : null;
  const recall = gold > 0 ? found / gold : null;
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : precision === null || recall === null ? null : 0;
  return { predicted, correct, gold, found, precision, recall, f1 };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Maps a predicted entity id to a gold entity id: equal ids, or a predicted (proposed) entity whose
 * label, an alias or Wikidata id equals the gold entity's label, an alias or Wikidata id (case and
 * accents folded).
 */
export function entityResolver(gold: GoldEntity[], proposed: Prediction['proposedEntities']): (id: string) => string | undefined {
  const byId = new Set(gold.map((e) => e.id));
  const byName = new Map<string, string>();
  for (const e of gold) {
    for (const name of [e.label, ...e.aliases]) if (!byName.has(foldText(name))) byName.set(foldText(name), e.id);
    if (e.wikidata) byName.set(e.wikidata, e.id);
  }
  const proposals = new Map(proposed.map((p) => [p.id, p]));
  return (id) => {
    if (byId.has(id)) return id;
    const p = proposals.get(id);
    if (!p) return undefined;
    for (const name of [p.wikidata, p.label, ...p.aliases]) {
      const hit = name === undefined ? undefined : byName.get(name === p.wikidata ? name : foldText(name));
      if (hit) return hit;
    }
    return undefined;
  };
}

/** Scores one run: relations, linking, evidence offsets, the high-confidence tier and calibration. */
export function scoreSet(text: string, gold: GoldFile, prediction: Prediction, isSymmetric: (type: string) => boolean): SetScore {
  const resolve = entityResolver(gold.entities, prediction.proposedEntities);
  const key = (type: string, from: string, to: string) => (isSymmetric(type) && to < from ? `${type}|${to}|${from}` : `${type}|${from}|${to}`);
  const goldByKey = new Map(gold.relations.map((r) => [key(r.type, r.from, r.to), r]));
  const negativeByKey = new Map(gold.negatives.map((n) => [key(n.type, n.from, n.to), n]));

  const found = new Set<string>();
  const falsePositives: ErrorItem[] = [];
  const perCandidate: Array<{ confidence: number; correct: boolean; type: string }> = [];
  const hedges = { compared: 0, agree: 0 };
  for (const c of prediction.candidates) {
    const from = resolve(c.from);
    const to = resolve(c.to);
    const k = from !== undefined && to !== undefined ? key(c.type, from, to) : undefined;
    const g = k === undefined ? undefined : goldByKey.get(k);
    const correct = g !== undefined && g.evidence.some((ev) => overlaps(ev, c.evidence));
    perCandidate.push({ confidence: c.confidence, correct, type: c.type });
    if (correct) {
      found.add(k!);
      if (g.hedge !== undefined || c.hedge !== undefined) {
        hedges.compared++;
        if (g.hedge === c.hedge) hedges.agree++;
      }
      continue;
    }
    const negative = k === undefined ? undefined : negativeByKey.get(k);
    const note =
      negative && overlaps(negative, c.evidence)
        ? `negated in the text: ${negative.note}`
        : g
          ? 'the relation is in the gold, but its evidence is elsewhere'
          : from === undefined || to === undefined
            ? `an end is not a gold entity (${from === undefined ? c.from : c.to})`
            : undefined;
    falsePositives.push({ ...item(c.type, c.from, c.to, c.evidence), confidence: c.confidence, ...(c.extractor ? { rule: c.extractor.rule } : {}), ...(note ? { note } : {}) });
  }
  const falseNegatives = gold.relations.filter((r) => !found.has(key(r.type, r.from, r.to))).map((r) => item(r.type, r.from, r.to, r.evidence[0]!));

  const types = new Set([...gold.relations.map((r) => r.type), ...perCandidate.map((c) => c.type)]);
  const byType = Object.fromEntries(
    [...types].sort().map((t) => {
      const mine = perCandidate.filter((c) => c.type === t);
      const goldOfType = gold.relations.filter((r) => r.type === t);
      const foundOfType = goldOfType.filter((r) => found.has(key(r.type, r.from, r.to))).length;
      return [t, score(mine.length, mine.filter((c) => c.correct).length, goldOfType.length, foundOfType)];
    }),
  );
  const high = perCandidate.filter((c) => c.confidence >= HIGH_CONFIDENCE);
  const allEvidence = [...prediction.candidates, ...(prediction.corroborations ?? [])].map((c) => c.evidence);
  const atOffsets = allEvidence.filter((ev) => text.slice(ev.start, ev.end) === ev.quote).length;

  return {
    relations: score(perCandidate.length, perCandidate.filter((c) => c.correct).length, gold.relations.length, found.size),
    byType,
    ...scoreLinking(gold, prediction, resolve),
    evidence: { total: allEvidence.length, atOffsets, fraction: allEvidence.length > 0 ? atOffsets / allEvidence.length : null },
    highConfidence: score(high.length, high.filter((c) => c.correct).length, 0, 0),
    calibration: calibrate(perCandidate),
    hedges,
    falsePositives,
    falseNegatives,
  };
}

function item(type: string, from: string, to: string, ev: Evidence): ErrorItem {
  return { type, from, to, quote: ev.quote, start: ev.start, end: ev.end };
}

/**
 * Entity linking over mentions. A predicted mention counts when it has an entity; it is right when it
 * overlaps a gold mention of the same entity. Predicted mentions that overlap no gold mention but an
 * unscored span (a company, a city as a place) are left out of both counts.
 */
function scoreLinking(gold: GoldFile, prediction: Prediction, resolve: (id: string) => string | undefined) {
  const kindOf = new Map(gold.entities.map((e) => [e.id, e.kind]));
  const linked = prediction.mentions.filter((m) => m.entity !== undefined);
  const linkingFalsePositives: MentionError[] = [];
  let predicted = 0;
  let correct = 0;
  for (const m of linked) {
    const goldHere = gold.mentions.filter((g) => overlaps(g, m));
    if (goldHere.length === 0 && gold.unscored.some((u) => overlaps(u, m))) continue;
    predicted++;
    const target = resolve(m.entity!);
    if (target !== undefined && goldHere.some((g) => g.entity === target)) correct++;
    else {
      const note = goldHere.length === 0 ? 'no gold mention here' : `gold says ${goldHere.map((g) => g.entity).join(', ')}`;
      linkingFalsePositives.push({ start: m.start, end: m.end, text: m.text, entity: m.entity!, note });
    }
  }
  const linkingFalseNegatives: MentionError[] = [];
  const byKind = new Map<string, { gold: number; found: number }>();
  for (const g of gold.mentions) {
    const hit = linked.some((m) => overlaps(g, m) && resolve(m.entity!) === g.entity);
    const kind = kindOf.get(g.entity) ?? '?';
    const counts = byKind.get(kind) ?? { gold: 0, found: 0 };
    counts.gold++;
    if (hit) counts.found++;
    byKind.set(kind, counts);
    if (!hit) {
      const there = linked.filter((m) => overlaps(g, m)).map((m) => m.entity);
      linkingFalseNegatives.push({ ...g, note: there.length > 0 ? `linked to ${there.join(', ')}` : 'not linked' });
    }
  }
  const found = gold.mentions.length - linkingFalseNegatives.length;
  return {
    linking: score(predicted, correct, gold.mentions.length, found),
    linkingByKind: Object.fromEntries([...byKind].sort().map(([k, c]) => [k, score(0, 0, c.gold, c.found)])),
    linkingFalsePositives,
    linkingFalseNegatives,
  };
}

/** Candidates by confidence bucket, with the fraction that were right. */
export function calibrate(candidates: Array<{ confidence: number; correct: boolean }>): CalibrationBucket[] {
  const buckets: CalibrationBucket[] = [];
  for (let i = 0; i < BUCKET_EDGES.length - 1; i++) {
    const from = BUCKET_EDGES[i]!;
    const to = BUCKET_EDGES[i + 1]!;
    const last = i === BUCKET_EDGES.length - 2;
    const inside = candidates.filter((c) => c.confidence >= from && (c.confidence < to || (last && c.confidence <= to)));
    const correct = inside.filter((c) => c.correct).length;
    buckets.push({ from, to, count: inside.length, correct, fraction: inside.length > 0 ? correct / inside.length : null });
  }
  return buckets;
}
