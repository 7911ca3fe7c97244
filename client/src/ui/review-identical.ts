import type { RelationEnd } from '../api/generated/graphql.js';
import { h, replace } from './dom.js';

/** What the server says about one end: how the quote writes it, and the other candidates that write it so. */
export interface IdenticalFound {
  surfaces: string[];
  relations: Array<{ id: string; fromId: string; toId: string }>;
}

export interface IdenticalContext {
  /** The identical mentions of this end of the candidate (asked once, when the end is first re-pointed). */
  find: (end: RelationEnd) => Promise<IdenticalFound>;
  onError: (e: unknown) => void;
}

/**
 * "Also re-point the other candidates of this source where “Europe” was linked to European Union (3)"
 * for one end of the candidate under edit: a checkbox, unchecked, shown only while that end is
 * re-pointed to another entity (not swapped with the other end) and some other candidate names the
 * old entity the same way. The count leaves out candidates the re-point would turn into self-loops,
 * as the server does. Nothing is re-pointed unless the reviewer ticks it.
 */
export class IdenticalOption {
  readonly el = h('div', { class: 'identical-option', 'aria-live': 'polite' });
  private box: HTMLInputElement | null = null;
  private found: Promise<IdenticalFound> | null = null;
  /** Counts the targets asked about, so only the answer for the latest one is shown. */
  private requests = 0;
  private target: string;

  constructor(
    readonly end: RelationEnd,
    private readonly old: { id: string; label: string },
    private readonly otherOld: string,
    private readonly ctx: IdenticalContext,
  ) {
    this.target = old.id;
  }

  /** The end now points at `target`: offer the option (unchecked) when it is a re-point and there is something to re-point. */
  async pointsAt(target: string): Promise<void> {
    if (target === this.target) return;
    this.target = target;
    const request = ++this.requests;
    this.box = null;
    replace(this.el);
    if (target === this.old.id || target === this.otherOld) return;
    let found: IdenticalFound;
    try {
      found = await (this.found ??= this.ctx.find(this.end));
    } catch (e) {
      this.found = null;
      return this.ctx.onError(e);
    }
    if (request !== this.requests) return;
    const count = found.relations.filter((r) => (r.fromId === this.old.id ? r.toId : r.fromId) !== target).length;
    if (count === 0 || found.surfaces.length === 0) return;
    this.box = h('input', { type: 'checkbox' });
    const written = found.surfaces.map((s) => `“${s}”`).join(' or ');
    replace(this.el, h('label', { class: 'identical-label' }, this.box, `Also re-point the other candidates of this source where ${written} was linked to ${this.old.label} (${count})`));
  }

  /** Whether the reviewer asked for it (only while it is offered). */
  get checked(): boolean {
    return this.box?.checked ?? false;
  }
}
