/**
 * Where things are: paragraphs, quoted spans and sentence bounds. Sentences are only ever
 * looked for near a given offset (bounded windows), and a sentence never ends inside a
 * quotation. The places where a sentence can end are found once per paragraph, the first
 * time one of its sentences is asked for; each question is then a few binary searches
 * instead of a walk over up to SENTENCE_REACH characters.
 */
import type { Span } from '../types.ts';
import type { MarkedSpan } from './marks.ts';
import { isSpace } from './tokens.ts';
import { firstNotBefore } from '../text/search.ts';

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟']);
// "Mr. Rama", "U.S. officials": a full stop after these does not end the sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt',
  'jr', 'sr', 'inc', 'ltd', 'co', 'no', 'vs', 'etc', 'mme', 'mlle', 'nr', 'z', 'zv']);
const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{N}]/u;
const LOWER = /\p{Ll}/u;
/** How far back or forward a sentence bound is looked for. */
const SENTENCE_REACH = 800;

/** Index of the last item whose start is <= pos, or -1. */
function binarySearch<T>(items: readonly T[], pos: number, startOf: (item: T) => number): number {
  return firstNotBefore(items.length, (i) => startOf(items[i]!) <= pos) - 1;
}

/** Index of the first value >= `pos` in sorted `values` (`values.length` when none). */
function firstAtLeast(values: Int32Array, pos: number): number {
  return firstNotBefore(values.length, (i) => values[i]! < pos);
}

/** The largest value <= `pos` in sorted `values`, or -1. */
function lastAtMost(values: Int32Array, pos: number): number {
  return values[firstAtLeast(values, pos + 1) - 1] ?? -1;
}

/** The smallest value >= `pos` in sorted `values`, or Infinity. */
function nextAtLeast(values: Int32Array, pos: number): number {
  return values[firstAtLeast(values, pos)] ?? Infinity;
}

// A line break or a terminator: the characters a sentence can end on.
const BOUNDARY_CHAR = /[\n.!?…。！？؟]/gu;

export class Layout {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** Every quoted span (including ones not reported as quotations), in order. */
  readonly spans: readonly MarkedSpan[];
  /** Opening marks of the spans, and closing marks of the closed ones (offsets, in order). */
  private readonly openings: Int32Array;
  private readonly closings: Int32Array;
  private readonly byClosingMark = new Map<number, MarkedSpan>();
  private readonly byOpeningMark = new Map<number, MarkedSpan>();
  /** Paragraph index → offsets where a sentence ends there (see `boundariesOf`). */
  private readonly boundaries = new Map<number, Int32Array>();

  constructor(text: string, paragraphs: readonly Span[], spans: readonly MarkedSpan[]) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.spans = spans;
    const closings: number[] = [];
    for (const span of spans) {
      this.byOpeningMark.set(span.open, span);
      if (!span.closed) continue;
      this.byClosingMark.set(span.after - 1, span);
      closings.push(span.after - 1);
    }
    this.openings = Int32Array.from(spans, (span) => span.open);
    this.closings = Int32Array.from(closings);
  }

  private paragraphIndex(pos: number): number {
    return binarySearch(this.paragraphs, pos, (p) => p.start);
  }

  paragraphAt(pos: number): Span {
    return this.paragraphs[this.paragraphIndex(pos)] ?? { start: 0, end: this.text.length };
  }

  /** The quoted span containing `pos` (marks included), if any. */
  spanAt(pos: number): MarkedSpan | null {
    const i = binarySearch(this.spans, pos, (s) => s.open);
    const span = this.spans[i];
    return span !== undefined && pos < span.after ? span : null;
  }

  /** Index in `spans` of the first span that opens at or after `pos`. */
  spanIndexFrom(pos: number): number {
    return binarySearch(this.spans, pos - 1, (s) => s.open) + 1;
  }

  private endsSentenceAt(k: number): boolean {
    // A terminator at k ends a sentence when white space and then a capital follow.
    const text = this.text;
    const next = text[k + 1];
    if (next !== undefined && !isSpace(next)) return false;
    if (text[k] === '.') {
      let w = k;
      while (w > 0 && /[\p{L}]/u.test(text[w - 1] ?? '')) w--;
      const word = text.slice(w, k).toLowerCase();
      if (word.length === 1 || ABBREVIATIONS.has(word)) return false;
    }
    let n = k + 1;
    while (n < text.length && isSpace(text[n]) && text[n] !== '\n') n++;
    const first = text[n];
    return first === undefined || first === '\n' || !LOWER.test(first);
  }

  /**
   * Offsets in paragraph `p`'s reach where a sentence ends: every line break, and every
   * terminator that `endsSentenceAt`. The reach runs to the next paragraph's start, since an
   * offset between paragraphs belongs to the one before (`paragraphAt`), or further if the
   * paragraph itself does; before the first paragraph (index -1) it is the whole text, like
   * the span `paragraphAt` gives there.
   */
  private boundariesOf(p: number): Int32Array {
    let found = this.boundaries.get(p);
    if (found !== undefined) return found;
    const para = this.paragraphs[p];
    const from = para?.start ?? 0;
    const to = para === undefined ? this.text.length : Math.max(para.end, this.paragraphs[p + 1]?.start ?? this.text.length);
    const offsets: number[] = [];
    BOUNDARY_CHAR.lastIndex = from;
    for (let m = BOUNDARY_CHAR.exec(this.text); m !== null && m.index < to; m = BOUNDARY_CHAR.exec(this.text)) {
      if (m[0] === '\n' || this.endsSentenceAt(m.index)) offsets.push(m.index);
    }
    found = Int32Array.from(offsets);
    this.boundaries.set(p, found);
    return found;
  }

  /** A closed quotation ending with a terminator, followed by a new sentence: “…Iran.” The… */
  private quoteEndsSentence(span: MarkedSpan): boolean {
    const last = this.text[span.end - 1];
    if (last === undefined || !TERMINATORS.has(last)) return false;
    let n = span.after;
    while (n < this.text.length && isSpace(this.text[n]) && this.text[n] !== '\n') n++;
    const first = this.text[n];
    return first === undefined || first === '\n' || UPPER_OR_DIGIT.test(first);
  }

  private skipSpace(pos: number, limit: number): number {
    while (pos < limit && isSpace(this.text[pos])) pos++;
    return pos;
  }

  /**
   * Start of the sentence that contains `pos` (quotations are crossed, not entered): reading
   * back from `pos`, the first sentence end, or closing mark of a quotation that ends its
   * sentence. Any other quotation met on the way is stepped over whole.
   */
  sentenceStart(pos: number): number {
    const p = this.paragraphIndex(pos);
    const para = this.paragraphs[p] ?? { start: 0, end: this.text.length };
    const floor = Math.max(para.start, pos - SENTENCE_REACH);
    const boundaries = this.boundariesOf(p);
    let k = pos - 1;
    while (k >= floor) {
      const closing = lastAtMost(this.closings, k);
      const boundary = lastAtMost(boundaries, k);
      if (closing < floor && boundary < floor) break;
      if (closing > boundary) {
        const span = this.byClosingMark.get(closing);
        if (span === undefined) break;
        if (this.quoteEndsSentence(span) && span.after < pos) return this.skipSpace(span.after, pos);
        k = span.open - 1;
        continue;
      }
      return this.skipSpace(boundary + 1, pos);
    }
    return this.skipSpace(floor, pos);
  }

  /** End (exclusive) of the sentence that contains `pos`: the same reading, forwards. */
  sentenceEnd(pos: number): number {
    const p = this.paragraphIndex(pos);
    const para = this.paragraphs[p] ?? { start: 0, end: this.text.length };
    const ceiling = Math.min(para.end, pos + SENTENCE_REACH);
    if (pos >= ceiling) return ceiling;
    const boundaries = this.boundariesOf(p);
    let k = pos;
    while (k < ceiling) {
      const opening = nextAtLeast(this.openings, k);
      const boundary = nextAtLeast(boundaries, k);
      if (opening >= ceiling && boundary >= ceiling) break;
      if (opening < boundary) {
        const span = this.byOpeningMark.get(opening);
        if (span === undefined) break;
        if (span.closed && this.quoteEndsSentence(span)) return span.after;
        k = span.after;
        continue;
      }
      return this.text[boundary] === '\n' ? boundary : boundary + 1;
    }
    return ceiling;
  }

  /** Start of the sentence before the one starting at `sentenceStart` (may be in the previous paragraph). */
  previousSentenceStart(sentenceStart: number): number {
    let k = sentenceStart - 1;
    while (k > 0 && isSpace(this.text[k])) k--;
    if (k < 0 || k >= sentenceStart) return sentenceStart;
    return this.sentenceStart(k);
  }
}
