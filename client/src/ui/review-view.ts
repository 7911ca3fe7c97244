import { request } from '../api/client.js';
import type { RelationEnd, RelationPatch, ReviewItemFragment, ReviewQueueFilter } from '../api/generated/graphql.js';
import { ReviewSourceQuery } from '../api/write-operations.js';
import type { Vocabulary } from '../graph/graph-model.js';
import { actionForKey, type ReviewAction } from '../state/review-keys.js';
import * as rs from '../state/review-state.js';
import { sentenceSpans, type Span } from '../state/sentences.js';
import { h, replace } from './dom.js';
import { Modal } from './modal.js';
import { BulkAccept } from './review-bulk.js';
import { editForm } from './review-edit.js';
import { quoteIn, reviewItem } from './review-item.js';
import { keyLegend } from './review-legend.js';
import { ProposedEntities, type ProposedEntity } from './review-proposed.js';
import { reviewApi } from './review-queue-api.js';
import { ReviewText, type MarkedMention } from './review-text.js';
import type { SearchBoxOptions } from './search-box.js';

export interface ReviewContext {
  vocabulary: () => Vocabulary | null;
  search: SearchBoxOptions['search'];
  kindLabel: SearchBoxOptions['kindLabel'];
  /** An error while the view is not open (loading it). */
  onError: (e: unknown) => void;
}

/**
 * The Review view of a source: its text with mentions and candidate quotes marked (left), the queue
 * of candidates, highest confidence first (right), driven by the keyboard (see state/review-keys.ts),
 * with the proposed entities and "Accept all matching" below. Every decision is one API call,
 * in the order the keys were pressed; the graph follows through the live change feed.
 */
export class ReviewView {
  private readonly modal = new Modal('Review', 'review-view');
  private readonly textView = new ReviewText((id) => this.point(id));
  private readonly queueList = h('ol', { class: 'review-queue', tabindex: '0', 'aria-label': 'Candidates, highest confidence first' });
  private readonly status = h('p', { class: 'review-status', 'aria-live': 'polite' });
  private readonly editArea = h('div', { class: 'review-edit-area' });
  private readonly proposed: ProposedEntities;
  private readonly bulk: BulkAccept;
  private sourceId = '';
  private text = '';
  private sentences: Span[] = [];
  private mentions: MarkedMention[] = [];
  private hedges: string[] = [];
  private items = new Map<string, ReviewItemFragment>();
  private state: rs.ReviewState = rs.emptyReview;
  private editing = false;
  private chain: Promise<void> = Promise.resolve();

  constructor(private readonly ctx: ReviewContext) {
    const onError = (e: unknown) => this.modal.showError(e);
    this.proposed = new ProposedEntities({
      search: ctx.search,
      kindLabel: ctx.kindLabel,
      onError,
      accept: (id) => this.entityAction(async () => this.patchEnds(id, await reviewApi.updateEntity(id, { status: 'reviewed' }))),
      rename: (id, label) => this.entityAction(async () => this.patchEnds(id, await reviewApi.updateEntity(id, { label }))),
      merge: (keep, merge) => this.entityAction(async () => this.patchEnds(merge, { ...(await reviewApi.merge(keep, merge)), status: 'reviewed' })),
    });
    this.bulk = new BulkAccept({
      count: (filter) => reviewApi.count(this.sourceId, filter),
      accept: (filter) => this.enqueue(() => this.acceptMatching(filter)),
      onError,
    });
    this.modal.body.append(
      h('div', { class: 'review-head' }, this.status, keyLegend()),
      h(
        'div',
        { class: 'review-columns' },
        h('section', { class: 'review-source', 'aria-label': 'Source text' }, this.textView.el),
        h('section', { class: 'review-side', 'aria-label': 'Review queue' }, this.editArea, this.queueList, this.proposed.el, this.bulk.el),
      ),
    );
    this.modal.el.addEventListener('keydown', (e) => this.onKey(e));
  }

  /** Opens the review of a source; `mentions` (from a fresh ingest's report) are marked in its text. */
  async open(sourceId: string, mentions: MarkedMention[] = []): Promise<void> {
    this.sourceId = sourceId;
    this.mentions = mentions;
    this.items = new Map();
    this.state = rs.emptyReview;
    this.closeEdit();
    try {
      const data = await request(ReviewSourceQuery, { id: sourceId });
      if (!data.source) throw new Error(`no source “${sourceId}”`);
      this.modal.setTitle(`Review: ${data.source.title}`);
      this.text = data.source.text;
      this.sentences = sentenceSpans(this.text);
      this.hedges = data.vocabulary.hedges.map((x) => x.id);
      await this.loadQueue();
    } catch (e) {
      return this.ctx.onError(e);
    }
    this.modal.open();
    this.queueList.focus({ preventScroll: true });
  }

  private async loadQueue(): Promise<void> {
    const fetched = await reviewApi.queue(this.sourceId);
    for (const item of fetched) this.items.set(item.id, item);
    this.state = rs.withQueue(this.state, fetched.map((i) => i.id));
    this.renderText();
    this.render();
  }

  private onKey(e: KeyboardEvent): void {
    if (this.editing) return;
    const target = e.target as HTMLElement;
    const action = actionForKey({ key: e.key, ctrlKey: e.ctrlKey, altKey: e.altKey, metaKey: e.metaKey, targetTag: target.tagName, targetEditable: target.isContentEditable });
    if (!action) return;
    e.preventDefault();
    void this.enqueue(() => this.perform(action));
  }

  /** Actions run one after another, in the order they were asked for. */
  private enqueue(run: () => Promise<void> | void): Promise<void> {
    this.chain = this.chain.then(() => (this.modal.clearError(), run())).catch((e) => this.modal.showError(e));
    return this.chain;
  }

  private async perform(action: ReviewAction): Promise<void> {
    const id = rs.currentId(this.state);
    const pending = id !== null && this.state.decisions[id] === 'pending';
    if (action === 'accept' && pending) await this.decide([id], 'ACCEPT');
    else if (action === 'reject' && pending) await this.decide([id], 'REJECT');
    else if (action === 'skip') this.state = rs.skipped(this.state);
    else if (action === 'next' || action === 'prev') this.state = rs.moved(this.state, action === 'next' ? 1 : -1);
    else if (action === 'edit' && id) return this.openEdit(this.items.get(id)!);
    else if (action === 'undo') await this.undo();
    this.render();
  }

  /** One decision; with `applyToIdentical`, the identical mentions re-pointed too are in the same undo step. */
  private async decide(ids: string[], decision: 'ACCEPT' | 'REJECT' | 'EDIT', edit: RelationPatch | null = null, applyToIdentical: RelationEnd[] = []): Promise<void> {
    const { logIds, relations } = await reviewApi.decide(ids, decision, edit, applyToIdentical);
    for (const r of relations) this.items.set(r.id, r);
    this.state = rs.decided(this.state, ids, decision === 'ACCEPT' ? 'accepted' : decision === 'REJECT' ? 'rejected' : 'pending', logIds);
    if (edit) this.renderText();
  }

  private async undo(): Promise<void> {
    const last = rs.lastDecision(this.state);
    if (!last) return;
    for (const r of await reviewApi.undo([...last.logIds].reverse())) this.items.set(r.id, r);
    this.state = rs.undone(this.state);
    this.renderText();
  }

  private async acceptMatching(filter: ReviewQueueFilter): Promise<void> {
    const matching = await reviewApi.queue(this.sourceId, filter);
    for (const item of matching) this.items.set(item.id, item);
    this.state = rs.withQueue(this.state, matching.map((i) => i.id));
    if (matching.length) await this.decide(matching.map((i) => i.id), 'ACCEPT');
    this.render();
  }

  private point(id: string): void {
    this.state = rs.pointedAt(this.state, id);
    this.render();
  }

  private openEdit(item: ReviewItemFragment): void {
    const vocab = this.ctx.vocabulary();
    this.editing = true;
    replace(
      this.editArea,
      h('h3', { text: `Edit: ${item.from.label} → ${item.label} → ${item.to.label}` }),
      editForm(item, {
        types: vocab?.types ?? [],
        hedges: this.hedges,
        search: this.ctx.search,
        kindLabel: this.ctx.kindLabel,
        onError: (e) => this.modal.showError(e),
        identical: (end) => reviewApi.identical(item.id, end),
        onSave: (patch, accept, applyToIdentical) => void this.enqueue(async () => {
          await this.decide([item.id], accept ? 'ACCEPT' : 'EDIT', patch, applyToIdentical);
          this.closeEdit();
          this.render();
        }),
        onCancel: () => this.closeEdit(),
      }),
    );
  }

  private closeEdit(): void {
    const had = this.editing;
    this.editing = false;
    replace(this.editArea);
    if (had) this.queueList.focus({ preventScroll: true });
  }

  /** An entity was accepted, renamed or merged: the candidates show it so at once, then the queue is re-read. */
  private async entityAction(run: () => Promise<void>): Promise<void> {
    await this.enqueue(async () => {
      await run();
      await this.loadQueue();
    });
  }

  private patchEnds(oldId: string, now: { id: string; label: string; status: string }): void {
    const fix = (end: ReviewItemFragment['from']) => (end.id === oldId ? { ...end, id: now.id, label: now.label, status: now.status } : end);
    for (const [id, item] of this.items) this.items.set(id, { ...item, from: fix(item.from), to: fix(item.to), fromId: fix(item.from).id, toId: fix(item.to).id });
  }

  private renderText(): void {
    const quotes = [...this.items.values()].flatMap((item) => {
      const q = quoteIn(item, this.sourceId);
      return q ? [{ relationId: item.id, start: q.start!, end: q.end! }] : [];
    });
    this.textView.render(this.text, this.mentions, quotes);
  }

  private render(): void {
    const s = this.state;
    const current = rs.currentId(s);
    const counts = rs.decisionCounts(s);
    this.status.textContent = s.ids.length
      ? `${counts.pending} waiting, ${counts.accepted} accepted, ${counts.rejected} rejected`
      : 'Nothing in this source waits for review.';
    const ctx = { sourceId: this.sourceId, text: this.text, sentences: this.sentences };
    replace(this.queueList, ...s.ids.map((id) => reviewItem(this.items.get(id)!, s.decisions[id] ?? 'pending', { ...ctx, current: id === current, onPick: () => this.point(id) })));
    this.queueList.querySelector('.current')?.scrollIntoView({ block: 'nearest' });
    this.textView.highlight(current);
    this.proposed.render(this.proposedEntities());
    const items = [...this.items.values()];
    const vocab = this.ctx.vocabulary();
    this.bulk.setChoices(
      [...new Set(items.flatMap((i) => i.evidence.map((e) => e.extractor?.rule).filter((r): r is string => !!r)))].sort(),
      [...new Set(items.map((i) => i.type))].sort().map((t) => ({ id: t, label: vocab?.typeById.get(t)?.label ?? t })),
    );
  }

  private proposedEntities(): ProposedEntity[] {
    const seen = new Map<string, ProposedEntity>();
    for (const item of this.items.values()) for (const end of [item.from, item.to]) if (end.status === 'proposed') seen.set(end.id, end);
    return [...seen.values()].sort((a, b) => a.label.localeCompare(b.label));
  }
}
