import { ArrivalBound } from './arrival-bound';
import { isOwn } from './rooms';

/**
 * What page scripts added and removed, from the decorator's mutation records, until its next
 * frame: the added subtrees to look in (at most ARRIVALS_TAKEN_AT_MOST a frame, ./arrival-bound.ts),
 * and whether anything of the page's went (then items that left are pruned).
 */
export class PageChanges {
  private roots = new Set<Element>();
  private pruneDue = false;
  readonly bound = new ArrivalBound();

  /** Collects the records; whether there is anything to look at. */
  collect(records: MutationRecord[]): boolean {
    for (const record of records) {
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) {
        // Beyond the bound not even looked at one by one: each look costs (issue 26).
        if (this.bound.full(this.roots.size, added.length - i)) break;
        const node = added[i]!;
        if (node.nodeType !== 1 || isOwn(node)) continue;
        this.roots.add(node as Element);
      }
      if (!this.pruneDue && record.removedNodes.length > 0) for (const node of record.removedNodes) if (!isOwn(node)) this.pruneDue = true;
    }
    return this.roots.size > 0 || this.pruneDue;
  }

  /** Whether something of the page's went since the last call. */
  takePruneDue(): boolean {
    const due = this.pruneDue;
    this.pruneDue = false;
    return due;
  }

  /** The subtrees added since the last call. */
  takeRoots(): Set<Element> {
    const roots = this.roots;
    this.roots = new Set();
    return roots;
  }
}
