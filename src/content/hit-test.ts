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

/**
 * Painting adds every mention of a huge page, most of which are never clicked: `add` only
 * records the piece in flat lists, and the per-node map is built on the first lookup.
 */
export class HitIndex {
  readonly #byNode = new Map<Node, NodeHit[]>();
  readonly #nodes: Text[] = [];
  readonly #froms: number[] = [];
  readonly #tos: number[] = [];
  readonly #marks: Mark[] = [];

  add(node: Text, from: number, to: number, mark: Mark): void {
    this.#nodes.push(node);
    this.#froms.push(from);
    this.#tos.push(to);
    this.#marks.push(mark);
  }

  at(doc: Document, x: number, y: number): Mark | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    this.#index();
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

  /** Moves the pieces added since the last lookup into the per-node map. */
  #index(): void {
    const nodes = this.#nodes;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const hit = { from: this.#froms[i]!, to: this.#tos[i]!, mark: this.#marks[i]! };
      const list = this.#byNode.get(node);
      if (list === undefined) this.#byNode.set(node, [hit]);
      else list.push(hit);
    }
    nodes.length = this.#froms.length = this.#tos.length = this.#marks.length = 0;
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
