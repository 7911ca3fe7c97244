import { createHash } from 'node:crypto';
import { compilePattern } from '../model/relation-patterns.js';
import type { Vocabulary } from '../model/vocabulary.js';

/** A vocabulary pattern ready to run: its regex, slot groups and the type facts candidates need. */
export interface CompiledPattern {
  id: string;
  type: string;
  symmetric: boolean;
  regex: RegExp;
  slots: { A: string[]; B: string[] };
  /** The {term:…} groups and the whole text a mention needs to stand for each. */
  terms: Array<{ group: string; text: RegExp }>;
  direction: 'A->B' | 'B->A';
  fromKinds?: ReadonlySet<string>;
  toKinds?: ReadonlySet<string>;
  precision: number;
}

export interface PatternSet {
  patterns: CompiledPattern[];
  /** Digest of every pattern: the extractor version, which changes whenever a rule does. */
  version: string;
}

/** Thrown for a pattern that does not compile: names the relation type and the pattern. */
export class PatternError extends Error {
  constructor(readonly type: string, readonly pattern: string, reason: string) {
    super(`relation type "${type}", pattern "${pattern}": ${reason}`);
    this.name = 'PatternError';
  }
}

const cache = new WeakMap<Vocabulary, PatternSet>();

/** Compiles the trigger patterns of every relation type of a vocabulary (once per vocabulary object). */
export function compilePatterns(vocabulary: Vocabulary): PatternSet {
  let set = cache.get(vocabulary);
  if (set) return set;
  const patterns: CompiledPattern[] = [];
  for (const type of vocabulary.relationTypes) {
    for (const p of type.patterns ?? []) {
      let compiled: ReturnType<typeof compilePattern>;
      try {
        compiled = compilePattern(p.match);
      } catch (e) {
        throw new PatternError(type.id, p.id, (e as Error).message);
      }
      patterns.push({
        id: p.id,
        type: type.id,
        symmetric: type.symmetric,
        ...compiled,
        direction: p.direction,
        ...(p.fromKinds ? { fromKinds: new Set(p.fromKinds) } : {}),
        ...(p.toKinds ? { toKinds: new Set(p.toKinds) } : {}),
        precision: p.precision,
      });
    }
  }
  const digest = createHash('sha256')
    .update(JSON.stringify(vocabulary.relationTypes.map((t) => [t.id, t.patterns ?? []])))
    .digest('hex')
    .slice(0, 12);
  set = { patterns, version: `patterns-${digest}` };
  cache.set(vocabulary, set);
  return set;
}
