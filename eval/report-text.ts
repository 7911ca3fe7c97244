import type { SetResult } from './run-eval.js';
import type { CalibrationBucket, ErrorItem, Score } from './metrics.js';

const pct = (x: number | null) => (x === null ? '  –  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const prf = (s: Score) => `P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  (${s.correct}/${s.predicted} predicted right, ${s.found}/${s.gold} gold found)`;
const cut = (s: string, n = 160) => (s.length > n ? s.slice(0, n - 1) + '…' : s);

function errorLine(e: ErrorItem): string {
  const extra = [e.confidence !== undefined ? `conf ${e.confidence.toFixed(2)}` : '', e.rule ? `rule ${e.rule}` : '', e.note ?? ''].filter(Boolean).join('; ');
  return `  - ${e.from} ${e.type} ${e.to}${extra ? `  [${extra}]` : ''}\n      "${cut(e.quote)}" @${e.start}`;
}

/** The calibration table as aligned text rows. */
export function calibrationRows(buckets: CalibrationBucket[]): string[] {
  return buckets.map((b) => `  ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.count).padStart(4)} candidates  ${String(b.correct).padStart(4)} right  ${pct(b.fraction)}`);
}

/** A human-readable report of one or more evaluated gold sets. */
export function formatText(results: SetResult[]): string {
  const out: string[] = [];
  for (const { set, title, heldOut, score: s } of results) {
    out.push(`== ${set}${heldOut ? ' (held out: never tuned on)' : ''}: ${title}`, '');
    out.push(`relations            ${prf(s.relations)}`);
    out.push(`confidence >= 0.9    P ${pct(s.highConfidence.precision)}  (${s.highConfidence.correct}/${s.highConfidence.predicted})`);
    out.push(`entity linking       ${prf(s.linking)}`);
    out.push(`evidence at offsets  ${pct(s.evidence.fraction)}  (${s.evidence.atOffsets}/${s.evidence.total})`);
    out.push(`hedges agreeing      ${s.hedges.agree}/${s.hedges.compared} of the correct candidates with a hedge on either side`, '');
    out.push('by relation type:');
    for (const [type, t] of Object.entries(s.byType)) out.push(`  ${type.padEnd(34)} ${prf(t)}`);
    out.push('', 'linking recall by gold entity kind:');
    for (const [kind, k] of Object.entries(s.linkingByKind)) out.push(`  ${kind.padEnd(26)} ${pct(k.recall)}  (${k.found}/${k.gold})`);
    out.push('', 'calibration (confidence bucket, candidates, right):', ...calibrationRows(s.calibration));
    out.push('', `false positives (${s.falsePositives.length}):`, ...s.falsePositives.map(errorLine));
    out.push('', `false negatives (${s.falseNegatives.length}):`, ...s.falseNegatives.map(errorLine));
    out.push('', `linking false positives (${s.linkingFalsePositives.length}):`);
    out.push(...s.linkingFalsePositives.map((m) => `  - "${m.text}" @${m.start} -> ${m.entity}  [${m.note}]`));
    out.push('', `linking false negatives (${s.linkingFalseNegatives.length}):`);
    out.push(...s.linkingFalseNegatives.map((m) => `  - "${m.text}" @${m.start} should be ${m.entity}  [${m.note}]`), '');
  }
  return out.join('\n');
}
