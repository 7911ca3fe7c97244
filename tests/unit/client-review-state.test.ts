import { describe, expect, it } from 'vitest';
import { actionForKey, type ReviewAction } from '../../client/src/state/review-keys.js';
import * as rs from '../../client/src/state/review-state.js';
import { sentenceSpans, withNeighbours } from '../../client/src/state/sentences.js';

const queue = (ids = ['a', 'b', 'c', 'd']) => rs.withQueue(rs.emptyReview, ids);
const keys = (...pressed: string[]): Array<ReviewAction | null> => pressed.map((key) => actionForKey({ key, targetTag: 'OL' }));

describe('review keyboard map', () => {
  it('maps the review keys to their actions', () => {
    expect(keys('Enter', 'a', 'r', 's', 'e', 'u', 'j', 'k')).toEqual(['accept', 'accept', 'reject', 'skip', 'edit', 'undo', 'next', 'prev']);
    expect(keys('x', 'A', 'Escape')).toEqual([null, null, null]);
  });

  it('leaves keys typed into form fields, Enter on a button, and browser shortcuts alone', () => {
    expect(actionForKey({ key: 'a', targetTag: 'INPUT' })).toBeNull();
    expect(actionForKey({ key: 'r', targetTag: 'textarea' })).toBeNull();
    expect(actionForKey({ key: 'j', targetTag: 'SELECT' })).toBeNull();
    expect(actionForKey({ key: 'a', targetTag: 'DIV', targetEditable: true })).toBeNull();
    expect(actionForKey({ key: 'Enter', targetTag: 'BUTTON' })).toBeNull();
    expect(actionForKey({ key: 'a', targetTag: 'BUTTON' })).toBe('accept');
    expect(actionForKey({ key: 'r', ctrlKey: true })).toBeNull();
    expect(actionForKey({ key: 'u', metaKey: true })).toBeNull();
  });
});

describe('review state', () => {
  it('starts at the first candidate, everything waiting', () => {
    const s = queue();
    expect(rs.currentId(s)).toBe('a');
    expect(rs.decisionCounts(s).pending).toBe(4);
    expect(rs.currentId(rs.emptyReview)).toBeNull();
  });

  it('a decision marks the candidate and moves on to the next waiting one', () => {
    let s = rs.decided(queue(), ['a'], 'accepted', ['log1']);
    expect(s.decisions.a).toBe('accepted');
    expect(rs.currentId(s)).toBe('b');
    s = rs.decided(s, ['b'], 'rejected', ['log2']);
    expect(rs.currentId(s)).toBe('c');
    expect(rs.decisionCounts(s)).toEqual({ pending: 2, accepted: 1, rejected: 1 });
  });

  it('moving on passes over decided candidates and wraps round to the first waiting one', () => {
    let s = rs.decided(queue(), ['b'], 'accepted', ['log1']);
    expect(rs.currentId(s)).toBe('a');
    s = rs.skipped(s);
    expect(rs.currentId(s)).toBe('c');
    s = rs.decided(s, ['c'], 'accepted', ['log2']);
    s = rs.decided(s, ['d'], 'accepted', ['log3']);
    expect(rs.currentId(s)).toBe('a');
  });

  it('j and k move one at a time, decided or not, and stop at the ends', () => {
    let s = rs.decided(queue(), ['a'], 'accepted', ['log1']);
    s = rs.moved(s, -1);
    expect(rs.currentId(s)).toBe('a');
    s = rs.moved(s, -1);
    expect(rs.currentId(s)).toBe('a');
    s = rs.moved(rs.moved(rs.moved(rs.moved(s, 1), 1), 1), 1);
    expect(rs.currentId(s)).toBe('d');
  });

  it('undo takes back the last decision, returns to it, and pops the stack in order', () => {
    let s = rs.decided(queue(), ['a'], 'accepted', ['log1']);
    s = rs.decided(s, ['b'], 'rejected', ['log2']);
    expect(rs.lastDecision(s)).toEqual({ logIds: ['log2'], relationIds: ['b'], before: ['pending'] });
    s = rs.undone(s);
    expect(s.decisions.b).toBe('pending');
    expect(rs.currentId(s)).toBe('b');
    expect(rs.lastDecision(s)?.logIds).toEqual(['log1']);
    s = rs.undone(rs.undone(s));
    expect(s.decisions.a).toBe('pending');
    expect(rs.lastDecision(s)).toBeNull();
  });

  it('a bulk accept is one decision, undone as one', () => {
    let s = rs.decided(queue(), ['b', 'c', 'd'], 'accepted', ['l1', 'l2', 'l3']);
    expect(rs.decisionCounts(s).pending).toBe(1);
    expect(rs.currentId(s)).toBe('a');
    s = rs.undone(s);
    expect(rs.decisionCounts(s).pending).toBe(4);
    expect(rs.currentId(s)).toBe('b');
  });

  it('an edit keeps the candidate waiting where it is, and can be undone', () => {
    const s = rs.decided(queue(), ['a'], 'pending', ['edit1']);
    expect(rs.currentId(s)).toBe('a');
    expect(s.decisions.a).toBe('pending');
    expect(rs.lastDecision(s)?.logIds).toEqual(['edit1']);
  });

  it('a refreshed queue adds new candidates at the end and keeps decisions and place', () => {
    let s = rs.decided(queue(['a', 'b']), ['a'], 'accepted', ['l1']);
    s = rs.withQueue(s, ['b', 'e']);
    expect(s.ids).toEqual(['a', 'b', 'e']);
    expect(s.decisions).toEqual({ a: 'accepted', b: 'pending', e: 'pending' });
    expect(rs.currentId(s)).toBe('b');
    expect(rs.currentId(rs.pointedAt(s, 'e'))).toBe('e');
  });
});

describe('sentences around a quote', () => {
  it('finds the sentence before and after a span', () => {
    const text = 'Kazakhstan signed it. The EU welcomed the deal in Astana. Uzbekistan did not comment.';
    const spans = sentenceSpans(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Kazakhstan signed it.', 'The EU welcomed the deal in Astana.', 'Uzbekistan did not comment.']);
    const quote = { start: text.indexOf('The EU'), end: text.indexOf(' Uzbekistan') };
    const { before, after } = withNeighbours(spans, quote);
    expect(text.slice(before!.start, before!.end)).toBe('Kazakhstan signed it.');
    expect(text.slice(after!.start, after!.end)).toBe('Uzbekistan did not comment.');
  });
});
