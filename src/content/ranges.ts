/**
 * Engine offsets → DOM Ranges. Extraction records, for every run of article text,
 * the text node and offset it came from (TextSegment); a span maps back through them.
 * Segments are in text order, so lookups are binary searches — after a check of where
 * the previous lookup ended, since callers map a page's mentions in text order.
 */
import type { TextSegment } from '../extract/index.ts';

/** How far past the previous lookup a forward scan looks before falling back to bisection. */
const NEARBY = 16;
/** Where the previous lookup in each segment list ended (weakly: lists die with their session). */
const lastIndexOf = new WeakMap<readonly TextSegment[], number>();

/** Index of the segment containing text offset `pos` (or -1). */
export function segmentAt(segments: readonly TextSegment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  const last = lastIndexOf.get(segments) ?? 0;
  if (last <= hi && pos >= segments[last]!.start) {
    // Mentions come in text order: the next one is usually a few segments further on.
    const stop = Math.min(hi, last + NEARBY);
    for (let i = last; i <= stop; i++) {
      const seg = segments[i]!;
      if (pos < seg.start) return -1;
      if (pos < seg.end) {
        lastIndexOf.set(segments, i);
        return i;
      }
    }
    lo = stop + 1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (pos < seg.start) hi = mid - 1;
    else if (pos >= seg.end) lo = mid + 1;
    else {
      lastIndexOf.set(segments, mid);
      return mid;
    }
  }
  return -1;
}

export interface NodePiece {
  node: Text;
  from: number;
  to: number;
}

/**
 * A live Range over span [start, end), or null when the text is no longer in the page.
 * Only the first and last segments matter (segments are never empty), so no pieces are built.
 */
export function spanToRange(doc: Document, segments: readonly TextSegment[], start: number, end: number): Range | null {
  if (end <= start) return null;
  const i = segmentAt(segments, start);
  if (i < 0) return null;
  let j = i;
  while (j + 1 < segments.length && segments[j + 1]!.start < end) j++;
  const first = segments[i]!;
  const last = segments[j]!;
  const from = first.nodeOffset + (start - first.start);
  const to = last.nodeOffset + (Math.min(end, last.end) - last.start);
  // Most mentions sit in one text node: ask the DOM about it once, not twice.
  if (first.node === last.node) {
    if (!first.node.isConnected || to > first.node.length) return null;
  } else {
    if (!first.node.isConnected || !last.node.isConnected) return null;
    if (from > first.node.length || to > last.node.length) return null;
  }
  const range = doc.createRange();
  range.setStart(first.node, from);
  range.setEnd(last.node, to);
  return range;
}

/**
 * The text-node pieces a live Range covers, in document order (for the click index and
 * the fallback wrappers). Most mentions sit in one text node: that case is direct.
 */
export function rangePieces(range: Range): NodePiece[] {
  const { startContainer: first, endContainer: last } = range;
  if (first === last) {
    // Collapsed is an empty span of one node: no need to ask the Range for it separately.
    // nodeType rather than instanceof: the DOM may come from another realm (happy-dom in tests).
    if (!isText(first)) return [];
    const from = range.startOffset;
    const to = range.endOffset;
    return to > from ? [{ node: first, from, to }] : [];
  }
  const pieces: NodePiece[] = [];
  const doc = first.ownerDocument ?? document;
  // SHOW_TEXT without a filter callback, over the mention's common ancestor only (a paragraph).
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = first;
  for (let node: Node | null = isText(first) ? first : walker.nextNode(); node; node = walker.nextNode()) {
    if (!isText(node) || !range.intersectsNode(node)) continue;
    const from = node === first ? range.startOffset : 0;
    const to = node === last ? range.endOffset : node.length;
    if (to > from) pieces.push({ node, from, to });
    if (node === last) break;
  }
  return pieces;
}

function isText(node: Node): node is Text {
  return node.nodeType === 3;
}
