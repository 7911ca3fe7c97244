import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeGraph } from '../../server/graph/knowledge-graph.js';
import { articleGraph, exportText, scratch, trickyGraph } from './export-fixtures.js';

const PYTHON = '/usr/bin/python3';
const hasModule = (m: string) => spawnSync(PYTHON, ['-c', `import ${m}`]).status === 0;
const NETWORKX = hasModule('networkx');
const IGRAPH = hasModule('igraph');

/** Runs Python on a script and returns what it prints as JSON. */
function python(script: string, ...args: string[]): unknown {
  const r = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`python failed: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

// networkx (through 3.x) knows GEXF 1.1draft and 1.2draft only; 1.3 differs from 1.2 by its namespaces,
// so the reader is told them. Everything else is networkx's own parsing.
const NX_SUMMARY = `
import json, sys, networkx as nx
from networkx.readwrite.gexf import GEXF
GEXF.versions['1.3'] = dict(GEXF.versions['1.2draft'], NS_GEXF='http://gexf.net/1.3', NS_VIZ='http://gexf.net/1.3/viz', VERSION='1.3')
path = sys.argv[1]
g = nx.read_gexf(path, version='1.3') if path.endswith('.gexf') else nx.read_graphml(path)
edges = list(g.edges(keys=True, data=True))
nodes = dict(g.nodes(data=True))
print(json.dumps({
  'multi': g.is_multigraph(), 'directed': g.is_directed(),
  'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
  'kzToChina': g.number_of_edges('kazakhstan', 'china') if g.has_node('kazakhstan') else None,
  'edgeTypes': sorted({k: type(v).__name__ for (_, _, _, d) in edges for k, v in d.items()}.items()),
  'nodeTypes': sorted({k: type(v).__name__ for d in nodes.values() for k, v in d.items()}.items()),
  'spells': {(d.get('id') or k): d.get('spells') for (_, _, k, d) in edges if d.get('spells')},
}))
`;

const IGRAPH_SUMMARY = `
import json, sys, igraph
g = igraph.Graph.Read_GraphML(sys.argv[1])
print(json.dumps({'nodes': g.vcount(), 'edges': g.ecount(), 'directed': g.is_directed(),
  'confidence': sorted({type(c).__name__ for c in g.es['confidence']}), 'ids': sorted(g.es['id'])[:3]}))
`;

let article: KnowledgeGraph;
let tricky: KnowledgeGraph;
const tmp = scratch();
const ALL = { status: ['reviewed', 'extracted', 'rejected'] };
beforeAll(async () => {
  article = await articleGraph();
  tricky = trickyGraph();
});
afterAll(() => tmp.cleanup());

describe.skipIf(!NETWORKX)('networkx reads the exports', () => {
  it.each(['gexf', 'graphml'])('%s of the article graph: every entity and relation, a directed multigraph', (format) => {
    const file = tmp.write(`article.${format}`, exportText(article, format));
    const s = python(NX_SUMMARY, file) as Record<string, unknown>;
    expect(s).toMatchObject({ multi: true, directed: true, nodes: 31, edges: 88 });
  });

  it.each(['gexf', 'graphml'])('%s keeps parallel edges and types every attribute', (format) => {
    const file = tmp.write(`tricky.${format}`, exportText(tricky, format, ALL));
    const s = python(NX_SUMMARY, file) as { nodes: number; edges: number; kzToChina: number; edgeTypes: [string, string][]; nodeTypes: [string, string][]; spells: Record<string, unknown> };
    expect(s.nodes).toBe(4);
    expect(s.edges).toBe(5);
    expect(s.kzToChina).toBe(3);
    const edgeTypes = Object.fromEntries(s.edgeTypes);
    const nodeTypes = Object.fromEntries(s.nodeTypes);
    expect(edgeTypes).toMatchObject({ confidence: 'float', evidenceCount: 'int', relationType: 'str', status: 'str', weight: 'float', flag: 'bool' });
    expect(nodeTypes).toMatchObject({ population: 'int', area: 'float', landlocked: 'bool', degree: 'int', aliases: 'str' });
    if (format === 'gexf') expect(s.spells['r-trade-1']).toEqual([['2020-02-01', '2021-12-31']]);
    else expect(nodeTypes).toMatchObject({ x: 'float', y: 'float', size: 'float', color: 'str' });
  });
});

describe.skipIf(!IGRAPH)('igraph reads the GraphML export', () => {
  it('with every node and edge, directed, confidence a float', () => {
    const file = tmp.write('article-igraph.graphml', exportText(article, 'graphml'));
    expect(python(IGRAPH_SUMMARY, file)).toMatchObject({ nodes: 31, edges: 88, directed: true, confidence: ['float'] });
  });
});

it.runIf(!NETWORKX || !IGRAPH)('python readers are missing', () => {
  console.warn(`skipped: ${PYTHON} lacks ${[!NETWORKX && 'networkx', !IGRAPH && 'igraph'].filter(Boolean).join(' and ')} (apt install python3-networkx python3-igraph)`);
});
