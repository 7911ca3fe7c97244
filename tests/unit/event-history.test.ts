import { describe, expect, it } from 'vitest';
import { EventHistory, UnknownEventError } from '../../server/store/event-history.js';

const event = (version: number, by: string) => ({ kind: 'commit' as const, version, at: '2026-01-01T00:00:00Z', by, results: [] });

describe('EventHistory (resuming the changes subscription of a data-folder server)', () => {
  it('numbers the events of one group commit apart and replays what came after an id', () => {
    const h = new EventHistory();
    const ids = [h.record(event(2, 'a')), h.record(event(2, 'b')), h.record(event(3, 'c'))].map((e) => e.id);
    expect(ids).toEqual(['2.0', '2.1', '3.0']);
    expect(h.since('2.0').map((e) => e.by)).toEqual(['b', 'c']);
    expect(h.since('3.0')).toEqual([]);
  });

  it('refuses an id older than what it keeps, saying how far back it goes', () => {
    const h = new EventHistory(2);
    for (let v = 1; v <= 4; v++) h.record(event(v, 'x'));
    expect(() => h.since('1.0')).toThrow(UnknownEventError);
    expect(() => h.since('1.0')).toThrow('keeps its last 2 events, from "3.0"');
  });
});
