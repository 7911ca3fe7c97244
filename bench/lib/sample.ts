/** How entities are picked, the same way in the parent (from the API) and in the in-process child (from the index). */
export interface Degree {
  id: string;
  degree: number;
}

const byDegree = (a: Degree, b: Degree) => a.degree - b.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The entity of median degree (ties broken by id), so the choice is deterministic. */
export function medianEntity(all: Degree[]): Degree {
  const sorted = [...all].sort(byDegree);
  return sorted[sorted.length >> 1]!;
}

/** The highest-degree entity. */
export function hubEntity(all: Degree[]): Degree {
  let best = all[0]!;
  for (const d of all) if (byDegree(d, best) > 0) best = d;
  return best;
}

/** A deterministic pseudo-random stream (mulberry32) for picking pairs and inputs: the generator's own. */
export { seededRandom as rng } from '../../server/graph/derived.js';
