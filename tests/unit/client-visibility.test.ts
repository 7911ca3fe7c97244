import { describe, expect, it } from 'vitest';
import { holdsAt, lastDay } from '../../client/src/state/dates.js';
import { DEFAULT_FILTERS, type Filters } from '../../client/src/state/view-state.js';
import { computeVisibility, eachOf, type EntityFacts, type RelationFacts } from '../../client/src/state/visibility.js';

const entities: Array<[string, EntityFacts]> = [
  ['eu', { kind: 'SupranationalOrganization' }],
  ['ca', { kind: 'Region' }],
  ['kz', { kind: 'Country' }],
  ['af', { kind: 'Country' }],
  ['crm', { kind: 'Resource' }],
];
const rel = (source: string, target: string, more: Partial<RelationFacts> = {}): RelationFacts => ({
  type: 'supports',
  source,
  target,
  status: 'reviewed',
  confidence: 1,
  pointInTime: null,
  start: null,
  end: null,
  ...more,
});
const relations: Array<[string, RelationFacts]> = [
  ['eu-ca', rel('eu', 'ca')],
  ['eu-ca-2', rel('eu', 'ca', { type: 'trades_with', status: 'extracted', confidence: 0.75 })],
  ['kz-ca', rel('kz', 'ca', { type: 'part_of' })],
  ['af-ca', rel('af', 'ca', { type: 'shares_border_with' })],
  ['eu-crm', rel('eu', 'crm', { type: 'needs', confidence: 0.6, pointInTime: '2024' })],
  ['kz-crm', rel('kz', 'crm', { status: 'rejected', start: '2019', end: '2021-06' })],
];
const run = (f: Partial<Filters>, focus: { center: string; depth: number } | null = null) =>
  computeVisibility(eachOf(entities), eachOf(relations), { ...DEFAULT_FILTERS, ...f }, focus);
const sorted = (s: Set<string>) => [...s].sort();

describe('client filter logic', () => {
  it('shows everything but rejected relations by default, with counts', () => {
    const v = run({});
    expect(v.nodes.size).toBe(5);
    expect(sorted(v.edges)).toEqual(['af-ca', 'eu-ca', 'eu-ca-2', 'eu-crm', 'kz-ca']);
    expect(v.statuses.get('rejected')).toEqual({ visible: 0, total: 1 });
    expect(v.kinds.get('Country')).toEqual({ visible: 2, total: 2 });
  });

  it('hiding a kind hides its entities and every relation touching them', () => {
    const v = run({ hiddenKinds: ['Country'] });
    expect(sorted(v.nodes)).toEqual(['ca', 'crm', 'eu']);
    expect(sorted(v.edges)).toEqual(['eu-ca', 'eu-ca-2', 'eu-crm']);
    expect(v.kinds.get('Country')).toEqual({ visible: 0, total: 2 });
    expect(v.types.get('part_of')).toEqual({ visible: 0, total: 1 });
  });

  it('filters by type, status and minimum confidence', () => {
    expect(sorted(run({ hiddenTypes: ['supports'] }).edges)).toEqual(['af-ca', 'eu-ca-2', 'eu-crm', 'kz-ca']);
    expect(sorted(run({ statuses: ['extracted'] }).edges)).toEqual(['eu-ca-2']);
    expect(sorted(run({ statuses: ['rejected'] }).edges)).toEqual(['kz-crm']);
    expect(sorted(run({ minConfidence: 0.7 }).edges)).toEqual(['af-ca', 'eu-ca', 'eu-ca-2', 'kz-ca']);
  });

  it('"as of" keeps relations holding at the date; undated ones always hold', () => {
    const all = { statuses: ['reviewed', 'extracted', 'rejected'] as Filters['statuses'] };
    expect(run({ ...all, asOf: '2020' }).edges.has('kz-crm')).toBe(true);
    expect(run({ ...all, asOf: '2020' }).edges.has('eu-crm')).toBe(false);
    expect(run({ ...all, asOf: '2023' }).edges.has('kz-crm')).toBe(false);
    expect(run({ ...all, asOf: '2024-01' }).edges.has('eu-crm')).toBe(true);
    expect(run({ ...all, asOf: '2030' }).edges.has('eu-ca')).toBe(true);
  });

  it('focus mode keeps the k-hop neighbourhood of the selection, over visible relations', () => {
    expect(sorted(run({}, { center: 'af', depth: 1 }).nodes)).toEqual(['af', 'ca']);
    expect(sorted(run({}, { center: 'af', depth: 2 }).nodes)).toEqual(['af', 'ca', 'eu', 'kz']);
    expect(sorted(run({}, { center: 'af', depth: 2 }).edges)).toEqual(['af-ca', 'eu-ca', 'eu-ca-2', 'kz-ca']);
    expect(sorted(run({}, { center: 'af', depth: 3 }).nodes)).toEqual(['af', 'ca', 'crm', 'eu', 'kz']);
    // Filters apply first: without "supports" and "trades_with", the EU is not two hops away.
    expect(sorted(run({ hiddenTypes: ['supports', 'trades_with'] }, { center: 'af', depth: 2 }).nodes)).toEqual(['af', 'ca', 'kz']);
    // An unknown centre leaves the graph as it is.
    expect(run({}, { center: 'nowhere', depth: 1 }).nodes.size).toBe(5);
  });

  it('reads partial dates as the server does', () => {
    expect(lastDay('2024')).toBe('2024-12-31');
    expect(lastDay('2024-02')).toBe('2024-02-29');
    expect(lastDay('2023-02')).toBe('2023-02-28');
    expect(holdsAt({ pointInTime: '2024-05', start: null, end: null }, '2024-05-31')).toBe(true);
    expect(holdsAt({ pointInTime: '2024-05', start: null, end: null }, '2024-04-30')).toBe(false);
    expect(holdsAt({ pointInTime: null, start: null, end: '2021' }, '2021-12-31')).toBe(true);
  });
});
