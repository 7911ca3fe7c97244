import type { Relation } from '../model/records.js';
import type { RelationTable } from './relation-table.js';
import type { CorridorGraph } from './types.js';

/**
 * A relation read field by field from the relation table's columns, for answers that list many
 * relations (a 20,000-entity graph answer lists hundreds of thousands): building each full record —
 * evidence quotes sliced from source texts, time and extras decoded — costs the request thread about a
 * microsecond per relation, mostly for fields the query did not select. Type, ends, status and
 * confidence come straight from the columns; any other field builds the full record once. Read-only
 * and short-lived: made while an answer is resolved (synchronously), never stored.
 */
class RelationView {
  private full: Relation | undefined;
  constructor(
    readonly id: string,
    private readonly row: number,
    private readonly table: RelationTable,
    private readonly graph: CorridorGraph,
  ) {}
  private record(): Relation {
    return (this.full ??= this.table.get(this.id)!);
  }
  get type(): string {
    return this.table.typeAt(this.row);
  }
  get from(): string {
    return this.graph.source(this.id);
  }
  get to(): string {
    return this.graph.target(this.id);
  }
  get status(): Relation['status'] {
    return this.table.statusAt(this.row);
  }
  get confidence(): number {
    return this.table.confidenceAt(this.row);
  }
  get hedge(): string | undefined {
    return this.table.hedgeAt(this.row);
  }
  get pointInTime(): string | undefined {
    return this.table.timeAt(this.row).pointInTime;
  }
  get start(): string | undefined {
    return this.table.timeAt(this.row).start;
  }
  get end(): string | undefined {
    return this.table.timeAt(this.row).end;
  }
  get evidence(): Relation['evidence'] {
    return this.record().evidence;
  }
  get note(): string | undefined {
    return this.record().note;
  }
  get review(): Relation['review'] {
    return this.record().review;
  }
  get properties(): Relation['properties'] {
    return this.record().properties;
  }
  get created(): Relation['created'] {
    return this.record().created;
  }
  get updated(): Relation['updated'] {
    return this.record().updated;
  }
}

/** A read-only view of a relation for an answer, or undefined when it no longer exists. */
export function relationView(table: RelationTable, graph: CorridorGraph, id: string): Relation | undefined {
  const row = table.row(id);
  return row === undefined ? undefined : (new RelationView(id, row, table, graph) as unknown as Relation);
}
