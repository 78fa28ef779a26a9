/**
 * Offsets → text nodes (src/content/ranges.ts). Lookups remember where the previous one
 * ended, to walk a page's mentions in order cheaply: whatever the order of the lookups,
 * the answer must be the one a plain scan of the segments gives.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/parse-html.ts';
import { rangePieces, segmentAt, spanToRange, type NodePiece } from '../../src/content/ranges.ts';
import { extractArticle, type TextSegment } from '../../src/extract/index.ts';

const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>Item ${i} by Edi <i>Rama</i> and <a href="/x">Ilir Meta</a>.</p>`).join('\n');
const doc = parseHtml(`<html><body><article>${paragraphs}</article></body></html>`, null).document;
const { article, segments } = extractArticle(doc);

function scanSegmentAt(segs: readonly TextSegment[], pos: number): number {
  return segs.findIndex((s) => pos >= s.start && pos < s.end);
}

/** Every offset of the text (the "\n\n" between blocks included), in the order given. */
function offsetsIn(order: 'forward' | 'backward' | 'scattered'): number[] {
  const all = Array.from({ length: article.text.length + 2 }, (_, i) => i);
  if (order === 'backward') return all.reverse();
  if (order === 'scattered') return all.map((_, i) => (i * 7919) % all.length);
  return all;
}

describe('segmentAt', () => {
  for (const order of ['forward', 'backward', 'scattered'] as const) {
    it(`agrees with a scan when looked up ${order}`, () => {
      for (const pos of offsetsIn(order)) expect(segmentAt(segments, pos)).toBe(scanSegmentAt(segments, pos));
    });
  }

  it('keeps separate lists apart', () => {
    const other = extractArticle(parseHtml('<html><body><article><p>Short one.</p></article></body></html>', null).document).segments;
    const far = segments.length - 1;
    expect(segmentAt(segments, segments[far]!.start)).toBe(far);
    expect(segmentAt(other, 0)).toBe(0);
    expect(segmentAt(other, segments[far]!.start)).toBe(-1);
  });
});

/**
 * The test's oracle: the text-node pieces of span [start, end): one per segment it crosses, so a name
 * split across elements (`Edi <i>Rama</i>`) yields two pieces.
 */
function spanPieces(segments: readonly TextSegment[], start: number, end: number): NodePiece[] {
  const pieces: NodePiece[] = [];
  let i = segmentAt(segments, start);
  if (i < 0) return pieces;
  for (; i < segments.length; i++) {
    const seg = segments[i]!;
    if (seg.start >= end) break;
    const a = Math.max(start, seg.start);
    const b = Math.min(end, seg.end);
    if (b > a) pieces.push({ node: seg.node, from: seg.nodeOffset + (a - seg.start), to: seg.nodeOffset + (b - seg.start) });
  }
  return pieces;
}

describe('spans', () => {
  it('map a name across elements to a piece per text node', () => {
    const start = article.text.indexOf('Edi Rama');
    const pieces = spanPieces(segments, start, start + 'Edi Rama'.length);
    expect(pieces.map((p) => p.node.data.slice(p.from, p.to))).toEqual(['Edi ', 'Rama']);
  });

  it('give a range from the first piece to the last, for every mention in order', () => {
    // The boundaries are read off the calls: happy-dom's Range mis-orders points within one node.
    const set: { start?: [Node, number]; end?: [Node, number] } = {};
    const recorder = {
      createRange: () => ({
        setStart: (node: Node, offset: number) => (set.start = [node, offset]),
        setEnd: (node: Node, offset: number) => (set.end = [node, offset]),
      }),
    } as unknown as Document;
    for (const name of ['Edi Rama', 'Ilir Meta', 'Item']) {
      for (let at = article.text.indexOf(name); at >= 0; at = article.text.indexOf(name, at + 1)) {
        const pieces = spanPieces(segments, at, at + name.length);
        expect(spanToRange(recorder, segments, at, at + name.length)).not.toBeNull();
        expect(set.start?.[0]).toBe(pieces[0]!.node);
        expect(set.start?.[1]).toBe(pieces[0]!.from);
        expect(set.end?.[0]).toBe(pieces.at(-1)!.node);
        expect(set.end?.[1]).toBe(pieces.at(-1)!.to);
      }
    }
  });

  it('give no range for an empty span, a span between blocks, or text no longer in the page', () => {
    expect(spanToRange(doc, segments, 5, 5)).toBeNull();
    const gap = article.blocks[0]!.end;
    expect(spanToRange(doc, segments, gap, gap + 2)).toBeNull();
    const detached = parseHtml('<html><body><article><p>Gone soon.</p></article></body></html>', null).document;
    const gone = extractArticle(detached);
    detached.querySelector('p')!.remove();
    expect(spanToRange(detached, gone.segments, 0, 4)).toBeNull();
    const shrunk = parseHtml('<html><body><article><p>Shorter soon.</p></article></body></html>', null).document;
    const short = extractArticle(shrunk);
    (shrunk.querySelector('p')!.firstChild as Text).data = 'Short';
    expect(spanToRange(shrunk, short.segments, 0, 5)).not.toBeNull();
    expect(spanToRange(shrunk, short.segments, 7, 12)).toBeNull();
  });
});

describe('rangePieces', () => {
  // A stand-in Range: happy-dom's setStart/setEnd misplace the start. Names across
  // elements (the TreeWalker path) are covered in a real browser by tests/e2e.
  const rangeIn = (node: Node, from: number, to: number) =>
    ({ startContainer: node, endContainer: node, startOffset: from, endOffset: to }) as Range;

  it('give one piece for a range in one text node, none for a collapsed one or an element', () => {
    const text = segments[0]!.node;
    expect(rangePieces(rangeIn(text, 1, 3))).toEqual([{ node: text, from: 1, to: 3 }]);
    expect(rangePieces(rangeIn(text, 2, 2))).toEqual([]);
    expect(rangePieces(rangeIn(text.parentNode!, 0, 1))).toEqual([]);
  });
});
