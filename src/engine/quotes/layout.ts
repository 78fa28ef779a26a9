/**
 * Where things are: paragraphs, quoted spans and sentence bounds. Sentences are only ever
 * looked for near a given offset (bounded windows), never for the whole text, and a
 * sentence never ends inside a quotation.
 */
import type { Span } from '../types.ts';
import type { MarkedSpan } from './marks.ts';
import { isSpace } from './tokens.ts';

const TERMINATORS = new Set(['.', '!', '?', '…', '。', '！', '？', '؟']);
// "Mr. Rama", "U.S. officials": a full stop after these does not end the sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt',
  'jr', 'sr', 'inc', 'ltd', 'co', 'no', 'vs', 'etc', 'mme', 'nr', 'z', 'zv']);
const UPPER_OR_DIGIT = /[\p{Lu}\p{Lt}\p{N}]/u;
const LOWER = /\p{Ll}/u;
/** How far back or forward a sentence bound is looked for. */
const SENTENCE_REACH = 800;

function binarySearch<T>(items: readonly T[], pos: number, startOf: (item: T) => number): number {
  // Index of the last item whose start is <= pos, or -1.
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item !== undefined && startOf(item) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

export class Layout {
  readonly text: string;
  readonly paragraphs: readonly Span[];
  /** Every quoted span (including ones not reported as quotations), in order. */
  readonly spans: readonly MarkedSpan[];
  private readonly byClosingMark = new Map<number, MarkedSpan>();
  private readonly byOpeningMark = new Map<number, MarkedSpan>();

  constructor(text: string, paragraphs: readonly Span[], spans: readonly MarkedSpan[]) {
    this.text = text;
    this.paragraphs = paragraphs;
    this.spans = spans;
    for (const span of spans) {
      this.byOpeningMark.set(span.open, span);
      if (span.closed) this.byClosingMark.set(span.after - 1, span);
    }
  }

  paragraphAt(pos: number): Span {
    const i = binarySearch(this.paragraphs, pos, (p) => p.start);
    return this.paragraphs[i] ?? { start: 0, end: this.text.length };
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

  /** Start of the sentence that contains `pos` (quotations are crossed, not entered). */
  sentenceStart(pos: number): number {
    const para = this.paragraphAt(pos);
    const floor = Math.max(para.start, pos - SENTENCE_REACH);
    let k = pos - 1;
    while (k >= floor) {
      const span = this.byClosingMark.get(k);
      if (span !== undefined) {
        if (this.quoteEndsSentence(span) && span.after < pos) return this.skipSpace(span.after, pos);
        k = span.open - 1;
        continue;
      }
      const ch = this.text[k] ?? '';
      if (ch === '\n' || (TERMINATORS.has(ch) && this.endsSentenceAt(k))) return this.skipSpace(k + 1, pos);
      k--;
    }
    return this.skipSpace(floor, pos);
  }

  /** End (exclusive) of the sentence that contains `pos`. */
  sentenceEnd(pos: number): number {
    const para = this.paragraphAt(pos);
    const ceiling = Math.min(para.end, pos + SENTENCE_REACH);
    let k = pos;
    while (k < ceiling) {
      const span = this.byOpeningMark.get(k);
      if (span !== undefined && span.after > k) {
        if (span.closed && this.quoteEndsSentence(span)) return span.after;
        k = span.after;
        continue;
      }
      const ch = this.text[k] ?? '';
      if (ch === '\n') return k;
      if (TERMINATORS.has(ch) && this.endsSentenceAt(k)) return k + 1;
      k++;
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
