import type { CommitEvent } from './graph-store.js';

/** A resume position the server does not have (too old, or from another server's history). */
export class UnknownEventError extends Error {
  constructor(id: string, why: string) {
    super(`cannot resume after event "${id}": ${why}`);
    this.name = 'UnknownEventError';
  }
}

/**
 * The last events of a data-folder server, so a `changes` subscriber that lost its connection can
 * resume after the last event it saw (`changes(after: id)`). Ids are `<version>.<n>`: a group commit
 * makes several events of one version. Kept in memory: a restart starts a new history.
 */
export class EventHistory {
  private readonly events: CommitEvent[] = [];

  constructor(private readonly keep = 1_000) {}

  /** Gives the event its id and remembers it. */
  record(e: Omit<CommitEvent, 'id'>): CommitEvent {
    const last = this.events[this.events.length - 1];
    const n = last && last.version === e.version ? Number(last.id.split('.')[1]) + 1 : 0;
    const event = { ...e, id: `${e.version}.${n}` };
    this.events.push(event);
    if (this.events.length > this.keep) this.events.shift();
    return event;
  }

  /** The events after `id`, oldest first; UnknownEventError when `id` is not in the history. */
  since(id: string): CommitEvent[] {
    const i = this.events.findIndex((e) => e.id === id);
    if (i >= 0) return this.events.slice(i + 1);
    const oldest = this.events[0];
    throw new UnknownEventError(id, oldest ? `this server keeps its last ${this.keep} events, from "${oldest.id}"; reload the data and subscribe afresh` : 'this server has announced no change since it started; reload and subscribe afresh');
  }
}
