import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';

/**
 * Maps JSON paths of a parsed file back to line and column, so that every validation message can
 * point an editor at the exact place. The tree is built lazily: only files with issues pay for it.
 */
export class JsonLocator {
  private root: Node | undefined | null = null;
  private lineStarts: number[] | null = null;

  private textOf: string | (() => string);

  /** `text` may be a function: a file built from database rows is only printed when an issue is located in it. */
  constructor(text: string | (() => string)) {
    this.textOf = text;
  }

  private get text(): string {
    if (typeof this.textOf === 'function') this.textOf = this.textOf();
    return this.textOf;
  }

  locate(segments: ReadonlyArray<string | number>): { line: number; column: number } {
    if (this.root === null) this.root = parseTree(this.text) ?? undefined;
    let node: Node | undefined;
    // Walk up the path until a node exists (a missing field is reported at its parent object).
    for (let n = segments.length; n >= 0 && !node; n--) {
      node = this.root ? findNodeAtLocation(this.root, segments.slice(0, n) as (string | number)[]) : undefined;
    }
    const offset = node?.parent?.type === 'property' ? node.parent.offset : (node?.offset ?? 0);
    return this.position(offset);
  }

  position(offset: number): { line: number; column: number } {
    if (!this.lineStarts) {
      this.lineStarts = [0];
      for (let i = 0; i < this.text.length; i++) if (this.text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    }
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.lineStarts[lo]! + 1 };
  }
}
