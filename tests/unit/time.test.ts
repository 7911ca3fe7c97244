import { describe, expect, it } from 'vitest';
import { firstDay, lastDay, parsePartialDate, precisionOf } from '../../server/model/dates.js';
import { CompiledFilter } from '../../server/graph/filter.js';
import { isValidAt, dayOf } from '../../server/graph/time.js';
import { tinyGraph } from '../helpers/tiny-graph.js';

describe('dates and validity', () => {
  it('reads precision from the form and rejects impossible dates', () => {
    expect(precisionOf('2024')).toBe('year');
    expect(precisionOf('2024-02')).toBe('month');
    expect(precisionOf('2024-02-29')).toBe('day');
    expect(parsePartialDate('2023-02-29')).toBeNull();
    expect(parsePartialDate('2024-13')).toBeNull();
    expect(lastDay('2024-02') - firstDay('2024-02')).toBe(28);
  });

  it('a relation holds from its start to the end of its end, inclusive of their precision', () => {
    const r = { start: '2020', end: '2022-06' };
    expect(isValidAt(r, dayOf('2019-12-31'))).toBe(false);
    expect(isValidAt(r, dayOf('2020-01-01'))).toBe(true);
    expect(isValidAt(r, dayOf('2022-06-30'))).toBe(true);
    expect(isValidAt(r, dayOf('2022-07-01'))).toBe(false);
  });

  it('an event holds from when it happened on ("as of"); an undated relation always holds', () => {
    expect(isValidAt({ pointInTime: '2024' }, dayOf('2023'))).toBe(false);
    expect(isValidAt({ pointInTime: '2024' }, dayOf('2026-11-28'))).toBe(true);
    expect(isValidAt({}, dayOf('1900'))).toBe(true);
  });

  it('filters a graph to the relations valid at a date', () => {
    const kg = tinyGraph(['a', 'b', 'c', 'd'], [
      { id: 'old', from: 'a', to: 'b', start: '2000', end: '2010' },
      { id: 'new', from: 'a', to: 'c', pointInTime: '2024' },
      { id: 'always', from: 'a', to: 'd' },
    ]);
    const valid = (date: string) => {
      const f = new CompiledFilter(kg.index, kg.relations, { validAt: date });
      return kg.index.edgeIds.filter((_, e) => f.edge(e));
    };
    expect(valid('2005')).toEqual(['old', 'always']);
    expect(valid('2024-05')).toEqual(['new', 'always']);
    expect(valid('2015')).toEqual(['always']);
  });
});
