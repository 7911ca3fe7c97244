import { CREATE_RELATION, REVIEW_RELATION, UPDATE_RELATION, type GraphQLBody } from '../queries.js';
import { rng } from '../sample.js';
import type { Corpus } from './corpus.js';

export type WriteOp = 'createRelation' | 'updateRelation' | 'reviewRelation';

/**
 * Bodies of valid write requests: new relations between random entities with a quote of a sentence of
 * a source (no offsets: each quoted sentence occurs once), confidence/note updates and reviews of
 * random existing relations. Ids of created relations are unique per run (`tag`).
 */
export function writeBodies(corpus: Corpus, tag: string, seed: number): (op: WriteOp) => GraphQLBody {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let n = 0;
  return (op) => {
    n++;
    if (op === 'createRelation') {
      const from = pick(corpus.entityIds);
      let to = pick(corpus.entityIds);
      while (to === from) to = pick(corpus.entityIds);
      const q = pick(corpus.quotes);
      const input = {
        id: `bench-${tag}-${n}`,
        type: pick(corpus.types),
        from,
        to,
        status: 'extracted',
        confidence: 0.75,
        evidence: [{ source: q.source, quote: pick(q.sentences) }],
      };
      return { query: CREATE_RELATION, operationName: 'Create', variables: { input } };
    }
    const id = pick(corpus.relationIds);
    if (op === 'updateRelation') {
      return { query: UPDATE_RELATION, operationName: 'Update', variables: { id, patch: { confidence: Math.round((0.5 + random() * 0.5) * 100) / 100, note: `bench update ${tag}-${n}` } } };
    }
    return { query: REVIEW_RELATION, operationName: 'Review', variables: { id, note: `bench review ${tag}-${n}` } };
  };
}
