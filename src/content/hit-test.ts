/**
 * Which highlighted mention is under a point? Highlights are not elements, so a click
 * is mapped to a caret position (text node + offset) and looked up in an index of the
 * mentions per text node, then confirmed against the range's boxes (a caret snaps to
 * the nearest character even when the click is beside the text).
 */
import type { Mark } from './highlights.ts';

interface NodeHit {
  from: number;
  to: number;
  mark: Mark;
}

export class HitIndex {
  readonly #byNode = new Map<Node, NodeHit[]>();

  add(node: Text, from: number, to: number, mark: Mark): void {
    const list = this.#byNode.get(node) ?? [];
    list.push({ from, to, mark });
    this.#byNode.set(node, list);
  }

  at(doc: Document, x: number, y: number): Mark | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    const hits = this.#byNode.get(caret.node);
    if (!hits) return null;
    for (const hit of hits) {
      // The caret lands before the character under the point, or after it when the
      // point is on the character's right half: accept both ends of the mention.
      if (caret.offset < hit.from || caret.offset > hit.to) continue;
      if (contains(hit.mark.range, x, y)) return hit.mark;
    }
    return null;
  }
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  // Older Chromium: the non-standard equivalent.
  const legacy = doc as Document & { caretRangeFromPoint?(x: number, y: number): Range | null };
  const range = legacy.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function contains(range: Range, x: number, y: number): boolean {
  for (const r of range.getClientRects()) {
    if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return true;
  }
  return false;
}
