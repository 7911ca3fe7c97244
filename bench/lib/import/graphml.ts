import { rng as createRng } from '../sample.js';

const WORDS = ['north', 'river', 'green', 'stone', 'valley', 'port', 'grand', 'silk', 'steppe', 'lake', 'upper', 'lower', 'new', 'old', 'east', 'west'];

/**
 * A GraphML file of `nodes` nodes (label of two words and a number, kind, a numeric attribute) and
 * `edges` directed edges between random nodes (types LINKS or FUNDS, parallel edges as they fall, no
 * self-loops). A `suffix` appended to each label gives near-duplicates of the file with the same seed.
 */
export function syntheticGraphml(nodes: number, edges: number, seed: number, suffix: string): string {
  const rng = createRng(seed);
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>\n  <key id="weight" for="node" attr.name="weight" attr.type="double"/>\n',
    '  <key id="type" for="edge" attr.name="relationType" attr.type="string"/>\n  <graph edgedefault="directed">\n',
  ];
  for (let n = 0; n < nodes; n++) {
    const label = `${WORDS[n % WORDS.length]} ${WORDS[Math.floor(n / WORDS.length) % WORDS.length]} ${n}${suffix}`;
    parts.push(`    <node id="n${n}"><data key="label">${label}</data><data key="weight">${(n % 97) / 7}</data></node>\n`);
  }
  for (let e = 0; e < edges; e++) {
    const a = Math.floor(rng() * nodes);
    let b = Math.floor(rng() * nodes);
    if (b === a) b = (a + 1) % nodes;
    parts.push(`    <edge id="e${e}" source="n${a}" target="n${b}"><data key="type">${e % 3 === 0 ? 'FUNDS' : 'LINKS'}</data></edge>\n`);
  }
  parts.push('  </graph>\n</graphml>\n');
  return parts.join('');
}
