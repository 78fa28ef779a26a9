/**
 * Sentence spans of a text: enough for "this sentence mentions that claim", not a
 * linguistic parser. A sentence ends at a line break, at CJK full stops, or at
 * . ! ? … ؟ ۔ । (plus closing quotes and brackets) followed by a space and
 * something that is not a lower-case letter — except after an abbreviation or an
 * initial ("U.S.", "Mr.", "Dr.", "J."), and "No."/"Art." before a number.
 */
import type { Span } from '../types.ts';
import { firstNotBefore } from './search.ts';

const ENDS = new Set(['.', '!', '?', '…', '؟', '۔', '।', '‼', '⁇']);
/** Full stops of scripts without spaces: no space needs to follow. */
const CJK_ENDS = new Set(['。', '！', '？', '｡']);
const CANDIDATES = /[\n.!?…؟۔।‼⁇。！？｡]/;
const CLOSERS = new Set(['"', "'", '”', '’', '»', '›', ')', ']', '」', '』', '）']);

/** Lower-case, folded abbreviations that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'mt', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr',
  'gov', 'sen', 'rep', 'pres', 'amb', 'hon', 'rev', 'vs', 'etc', 'approx', 'dept', 'est', 'inc',
  'ltd', 'co', 'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'e.g', 'i.e', 'cf', 'fig', 'ca', 'nr', 'hr', 'bzw', 'usw', 'z.b', 'sig', 'sra', 'mme', 'mlle',
]);
/** Abbreviations only before a number ("No. 5"), ordinary words otherwise ("I said no."). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'art', 'p', 'pp', 'vol', 'ch', 'nos']);

/**
 * A one-character class as a test of the code unit at `i` (false past the end),
 * cached per code unit: the splitter asks for every character it trims or steps
 * over, and a regex call per character cost more than the rest of the split.
 */
function unitTest(pattern: RegExp): (text: string, i: number) => boolean {
  const YES = 2;
  const NO = 1;
  const cache = new Uint8Array(0x10000);
  return (text, i) => {
    if (i < 0 || i >= text.length) return false;
    const code = text.charCodeAt(i);
    let known = cache[code] ?? NO;
    if (known === 0) cache[code] = known = pattern.test(String.fromCharCode(code)) ? YES : NO;
    return known === YES;
  };
}

const isLetter = unitTest(/\p{L}/u);
const isLower = unitTest(/\p{Ll}/u);
const isDigit = unitTest(/\p{Nd}/u);
const isSpace = unitTest(/\s/);
/** An initial or a dotted acronym: "J.", "U.S.", "U.N." */
const INITIALS = /^(\p{Lu}\.)*\p{Lu}$/u;

/** The word (letters and inner dots) that ends just before the "." at `dot`. */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && (isLetter(text, k - 1) || (text.charAt(k - 1) === '.' && k - 1 > 0 && isLetter(text, k - 2)))) k--;
  return text.slice(k, dot);
}

function isAbbreviation(word: string, text: string, next: number): boolean {
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower)) return isDigit(text, next);
  return INITIALS.test(word);
}

/** Split `text` into trimmed sentence spans, in order. Sentences never cross a line break. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text, s)) s++;
    while (e > s && isSpace(text, e - 1)) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = end;
  };
  // Jump from one possible end to the next: most characters cannot end anything.
  const candidates = new RegExp(CANDIDATES.source, 'g');
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    const i = match.index;
    const ch = match[0];
    if (ch === '\n') {
      push(i);
      continue;
    }
    let j = i + 1;
    if (CJK_ENDS.has(ch)) {
      while (j < text.length && CLOSERS.has(text.charAt(j))) j++;
      push(j);
      candidates.lastIndex = j;
      continue;
    }
    while (j < text.length && ENDS.has(text.charAt(j))) j++;
    while (j < text.length && CLOSERS.has(text.charAt(j))) j++;
    candidates.lastIndex = j;
    if (j < text.length && !isSpace(text, j)) continue;
    let k = j;
    while (k < text.length && text.charAt(k) !== '\n' && isSpace(text, k)) k++;
    const next = text.charAt(k);
    const ends =
      k >= text.length ||
      next === '\n' ||
      (!isLower(text, k) && !(ch === '.' && j === i + 1 && isAbbreviation(wordBefore(text, i), text, k)));
    if (ends) push(j);
  }
  push(text.length);
  return spans;
}

/** Index of the span (sorted, disjoint) that contains `offset`, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  const i = firstNotBefore(spans.length, (k) => spans[k]!.end <= offset);
  return (spans[i]?.start ?? Infinity) <= offset ? i : -1;
}

/**
 * Index of the sentence (span) holding each offset, for offsets that mostly come in
 * text order (the matchers report them so): the cursor steps forward instead of
 * searching, and searches only when an offset goes back.
 */
export class SpanCursor {
  readonly #spans: readonly Span[];
  #index = 0;

  constructor(spans: readonly Span[]) {
    this.#spans = spans;
  }

  /** Index of the span that contains `offset`, or -1. */
  indexAt(offset: number): number {
    const spans = this.#spans;
    const current = spans[this.#index];
    if (current === undefined || offset < current.start) {
      const found = spanIndexAt(spans, offset);
      if (found >= 0) this.#index = found;
      return found;
    }
    let span: Span | undefined = current;
    while (span !== undefined && span.end <= offset) span = spans[++this.#index];
    return span !== undefined && offset >= span.start ? this.#index : -1;
  }
}

/** Indexes of the spans that hold the starts of `items` (in any order), ascending, each once. */
export function spanIndexesOf(spans: readonly Span[], items: readonly { start: number }[]): number[] {
  const cursor = new SpanCursor(spans);
  const indexes: number[] = [];
  let ordered = true;
  for (const { start } of items) {
    const index = cursor.indexAt(start);
    if (index < 0) continue;
    const last = indexes.at(-1);
    if (last !== undefined && index <= last) {
      if (index === last) continue;
      ordered = false;
    }
    indexes.push(index);
  }
  return ordered ? indexes : [...new Set(indexes)].sort((a, b) => a - b);
}
