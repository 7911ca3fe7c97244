import type { CorridorGraph } from './graph-model.js';
import type { CorridorSigma } from './renderer.js';

/**
 * The interactive highlights, as sigma item states (styles.ts draws them): the selected node, the
 * hovered node's neighbourhood, and the nodes and relations of found paths. Each setter clears what
 * it set before.
 */
export class Highlights {
  private selected: string | null = null;
  private hoverNodes: string[] = [];
  private hoverEdges: string[] = [];
  private pathNodes: string[] = [];
  private pathEdges: string[] = [];

  constructor(
    private readonly sigma: CorridorSigma,
    private readonly graph: CorridorGraph,
  ) {}

  select(node: string | null): void {
    if (this.selected && this.graph.hasNode(this.selected)) this.sigma.setNodeState(this.selected, { isSelected: false });
    this.selected = node && this.graph.hasNode(node) ? node : null;
    if (this.selected) this.sigma.setNodeState(this.selected, { isSelected: true });
  }

  hover(node: string | null): void {
    this.sigma.setNodesState(this.hoverNodes.filter((n) => this.graph.hasNode(n)), { isNeighbor: false });
    this.sigma.setEdgesState(this.hoverEdges.filter((e) => this.graph.hasEdge(e)), { isNeighbor: false });
    this.hoverNodes = [];
    this.hoverEdges = [];
    if (node && this.graph.hasNode(node)) {
      this.hoverEdges = this.graph.edges(node).filter((e) => !this.graph.getEdgeAttribute(e, 'hidden'));
      this.hoverNodes = [...new Set(this.hoverEdges.map((e) => this.graph.opposite(node, e)))];
      this.sigma.setNodesState(this.hoverNodes, { isNeighbor: true });
      this.sigma.setEdgesState(this.hoverEdges, { isNeighbor: true });
    }
    this.sigma.setGraphState({ hasHoverFocus: this.hoverNodes.length > 0 || node !== null });
  }

  showPaths(nodes: string[], edges: string[]): void {
    this.sigma.setNodesState(this.pathNodes.filter((n) => this.graph.hasNode(n)), { isOnPath: false });
    this.sigma.setEdgesState(this.pathEdges.filter((e) => this.graph.hasEdge(e)), { isOnPath: false });
    this.pathNodes = nodes.filter((n) => this.graph.hasNode(n));
    this.pathEdges = edges.filter((e) => this.graph.hasEdge(e));
    this.sigma.setNodesState(this.pathNodes, { isOnPath: true });
    this.sigma.setEdgesState(this.pathEdges, { isOnPath: true });
    this.sigma.setGraphState({ hasPath: this.pathNodes.length > 0 });
  }

  /** After the graph was reloaded: re-applies the highlights to the items that still exist. */
  reapply(): void {
    const [sel, pn, pe] = [this.selected, this.pathNodes, this.pathEdges];
    this.selected = null;
    this.select(sel);
    this.showPaths(pn, pe);
  }
}
