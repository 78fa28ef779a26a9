/**
 * Finding quoted passages: one left-to-right pass over each paragraph.
 *
 * - Every opening mark knows its closing marks (“…”, „…“, „…”, «…», »…«, ‹…›, 「…」, "…", ‘…’,
 *   and the British typewriter '…', told from apostrophes by where it stands).
 * - Nested quotes are part of the outer one: only the outer pair is looked for, and the same
 *   opening mark met again in an opening position counts one level deeper.
 * - A quote never crosses a paragraph end, except the news convention for long quotes: the
 *   paragraph has no closing mark and the next paragraph opens with the same mark again.
 * - An unbalanced mark never runs away: it is dropped unless it opens its paragraph (then the
 *   paragraph is the quote), and a failed search is remembered so the same paragraph is never
 *   scanned twice for the same mark — that keeps the pass linear.
 */
import type { Span } from '../types.ts';
import { isSpace } from './tokens.ts';

export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end for a quote left open. */
  after: number;
  closed: boolean;
  /** The quoted words, trimmed, without marks. */
  start: number;
  end: number;
  /** The words; for a quote over several paragraphs, without the marks that reopen them. */
  text: string;
}

/** Opening mark → the marks that close it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['"', '"'], ["'", "'"], ['“', '”“'], ['”', '”'], ['„', '“”'], ['‘', '’'], ['‚', '‘’'],
  ['«', '»'], ['»', '«»'], ['‹', '›'], ['›', '‹›'], ['「', '」'], ['『', '』'],
]);

/**
 * Marks that are also closing marks, apostrophes or separators ("Home » Albania »"): they open a
 * quote only where an opening mark stands — after a space or bracket and before a word.
 */
const AMBIGUOUS = new Set(['"', '”', '»', '›', '‘', '‚']);
/** French and Swiss typography puts a space inside guillemets: « Nous… ». */
const SPACED_INSIDE = new Set(['«', '‹', '»', '›', '「', '『']);
const OPEN_CONTEXT = new Set(['(', '[', '{', '—', '–', '-', '/', ':', '\u00a0']);
const PUNCT_AFTER = new Set([',', '.', ';', ':', '!', '?', ')', ']']);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** A quote longer than this inside one paragraph is a stray mark, not a quotation. */
const MAX_SEGMENT = 6000;
/** Long quotes continue over a few paragraphs, not a whole page. */
const MAX_PARAGRAPHS = 12;

function isOpening(text: string, k: number): boolean {
  const mark = text[k] ?? '';
  const prev = text[k - 1];
  const next = text[k + 1];
  if (next === undefined || next === '\n') return false;
  if (mark === '‘' || mark === "'") {
    // An opening single quote, never an apostrophe: a word starts after it, none ends before it,
    // and it does not shorten a decade (‘90s, '90s).
    if (/^\d\ds/u.test(text.slice(k + 1, k + 4))) return false;
    // The typewriter mark is also every apostrophe (U.S.'s, rock 'n'): only after a space.
    if (mark === "'" && prev !== undefined && !isSpace(prev) && !OPEN_CONTEXT.has(prev)) return false;
    return (prev === undefined || !LETTER_OR_DIGIT.test(prev)) && (LETTER_OR_DIGIT.test(next) || PAIRS.has(next));
  }
  if (isSpace(next) && !SPACED_INSIDE.has(mark)) return false;
  if (!AMBIGUOUS.has(mark)) return true;
  const afterSpaceOrBracket = prev === undefined || isSpace(prev) || OPEN_CONTEXT.has(prev) || PAIRS.has(prev);
  // Chinese and Japanese put no space before a mark: after one of their characters it opens
  // when a word follows.
  if (!afterSpaceOrBracket && UNSPACED_CHAR.test(prev)) return LETTER_OR_DIGIT.test(next);
  return afterSpaceOrBracket && !isSpace(next) && !PUNCT_AFTER.has(next);
}

function isClosing(text: string, k: number, opener: string): boolean {
  const mark = text[k];
  const prev = text[k - 1];
  const next = text[k + 1];
  if (mark === '’' || mark === "'") {
    // Not an apostrophe (don’t, Et’hemaj, Albania’s): no letter may follow it.
    return prev !== undefined && !isSpace(prev) && (next === undefined || !LETTER_OR_DIGIT.test(next));
  }
  if (mark === opener || (mark === '“' && opener === '“') || mark === '‘') {
    // A symmetric or mistyped mark closes only where a word has just ended.
    return prev !== undefined && !isSpace(prev);
  }
  return true;
}

const SENTENCE_END = /[.!?…。！？؟:;)\]"”»’']$/u;

function endsMidSentence(text: string, from: number, to: number): boolean {
  return !SENTENCE_END.test(text.slice(from, to).trimEnd());
}

function firstNonSpace(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (!isSpace(text[k])) return k;
  return -1;
}

function trimmed(text: string, segment: Span): Span {
  let { start, end } = segment;
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  // “…impenetrable,” Rama wrote: the comma stands for the speaker's full stop; a reader
  // does not need it at the end of the quotation.
  if (end > start && text[end - 1] === ',') end--;
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}

function makeSpan(text: string, open: number, after: number, closed: boolean, segments: Span[]): MarkedSpan {
  const parts = segments.map((s) => trimmed(text, s)).filter((s) => s.end > s.start);
  const first = parts[0] ?? { start: open + 1, end: open + 1 };
  const last = parts[parts.length - 1] ?? first;
  return {
    open, after, closed,
    start: first.start,
    end: last.end,
    text: parts.map((s) => text.slice(s.start, s.end)).join('\n\n'),
  };
}

interface ScanResult {
  span: MarkedSpan | null;
  /** Paragraph where scanning stopped and where to resume. */
  paragraph: number;
  resume: number;
}

function scanQuote(text: string, paragraphs: readonly Span[], p: number, open: number): ScanResult {
  const opener = text[open] ?? '';
  const closers = PAIRS.get(opener) ?? '';
  const segments: Span[] = [];
  let q = p;
  let from = open + 1;
  let depth = 1;
  for (;;) {
    const para = paragraphs[q];
    if (para === undefined) break;
    const limit = Math.min(para.end, from + MAX_SEGMENT);
    for (let k = from; k < limit; k++) {
      const ch = text[k] ?? '';
      if (ch === opener && isOpening(text, k)) {
        depth++;
      } else if (closers.includes(ch) && isClosing(text, k, opener) && --depth === 0) {
        segments.push({ start: from, end: k });
        return { span: makeSpan(text, open, k + 1, true, segments), paragraph: q, resume: k + 1 };
      }
    }
    // No closing mark within a sensible length: a stray mark in a run-on block of text.
    if (limit < para.end) return { span: null, paragraph: p, resume: limit };
    const next = paragraphs[q + 1];
    const reopen = next ? firstNonSpace(text, next.start, next.end) : -1;
    if (next && reopen >= 0 && text[reopen] === opener && segments.length < MAX_PARAGRAPHS) {
      // A long quote: the paragraph is left open and the next one reopens with the same mark.
      segments.push({ start: from, end: limit });
      q++;
      from = reopen + 1;
      depth = 1;
      continue;
    }
    const opensParagraph = firstNonSpace(text, paragraphs[p]?.start ?? open, open + 1) === open;
    // A paragraph that stops mid-sentence ("…which has forci") is text cut off by the page or
    // the excerpt, not the open end of a long quotation.
    if ((segments.length > 0 || opensParagraph) && !endsMidSentence(text, from, limit)) {
      // The last paragraph of a long quote, or a quote paragraph whose closing mark is missing.
      segments.push({ start: from, end: limit });
      return { span: makeSpan(text, open, limit, false, segments), paragraph: q, resume: limit };
    }
    return { span: null, paragraph: p, resume: limit };
  }
  return { span: null, paragraph: p, resume: open + 1 };
}

// Every opening mark of PAIRS: the scan jumps from one to the next instead of visiting each
// character, which keeps a page without quotations close to the cost of a regex search.
const ANY_OPENER = new RegExp(`[${[...PAIRS.keys()].join('')}]`, 'gu');

/**
 * Offsets of the next possible opening mark, asked for in increasing order. The last answer is
 * kept: a paragraph without marks must not search the rest of the page again.
 */
function markFinder(text: string): (from: number, to: number) => number {
  let found = -1;
  return (from, to) => {
    if (found < from) {
      ANY_OPENER.lastIndex = from;
      found = ANY_OPENER.exec(text)?.index ?? text.length;
    }
    return Math.min(found, to);
  };
}

/** Every quoted passage, in document order, nested ones inside the outer one. */
export function findMarkedSpans(text: string, paragraphs: readonly Span[]): MarkedSpan[] {
  const spans: MarkedSpan[] = [];
  let p = 0;
  let pos = paragraphs[0]?.start ?? 0;
  const nextMark = markFinder(text);
  while (p < paragraphs.length) {
    const para = paragraphs[p];
    if (para === undefined) break;
    // A mark that found no partner is not looked at again before this offset (linear time).
    const failedUntil = new Map<string, number>();
    let moved = false;
    for (pos = nextMark(Math.max(pos, para.start), para.end); pos < para.end; pos = nextMark(pos + 1, para.end)) {
      const ch = text[pos] ?? '';
      if ((failedUntil.get(ch) ?? -1) > pos || !isOpening(text, pos)) continue;
      const found = scanQuote(text, paragraphs, p, pos);
      if (found.span === null) {
        failedUntil.set(ch, found.resume);
        continue;
      }
      spans.push(found.span);
      if (found.paragraph !== p) {
        p = found.paragraph;
        pos = found.resume;
        moved = true;
        break;
      }
      pos = found.resume - 1;
    }
    if (!moved) {
      p++;
      pos = paragraphs[p]?.start ?? text.length;
    }
  }
  return spans;
}

/** Paragraph spans from the blocks, or from blank lines when there are no blocks. */
export function paragraphsOf(text: string, blocks: readonly Span[]): Span[] {
  if (blocks.length > 0) {
    return blocks.map((b) => ({ start: b.start, end: b.end })).sort((a, b) => a.start - b.start);
  }
  const paragraphs: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(/\n[ \t]*\n\s*/gu)) {
    if (match.index > start) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (text.length > start) paragraphs.push({ start, end: text.length });
  return paragraphs;
}
