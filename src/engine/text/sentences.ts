/**
 * Sentence spans of a text: enough for "this sentence mentions that claim", not a
 * linguistic parser. A sentence ends at a line break, at CJK full stops, or at
 * . ! ? … ؟ ۔ । (plus closing quotes and brackets) followed by a space and
 * something that is not a lower-case letter — except after an abbreviation or an
 * initial ("U.S.", "Mr.", "Dr.", "J."), and "No."/"Art." before a number.
 */
import type { Span } from '../types.ts';

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

const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /\s/;

/** The word (letters and inner dots) that ends just before the "." at `dot`. */
function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && (LETTER.test(text.charAt(k - 1)) || (text.charAt(k - 1) === '.' && k - 1 > 0 && LETTER.test(text.charAt(k - 2))))) k--;
  return text.slice(k, dot);
}

function isAbbreviation(word: string, next: string): boolean {
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  if (NUMBER_ABBREVIATIONS.has(lower)) return DIGIT.test(next);
  // An initial or a dotted acronym: "J.", "U.S.", "U.N."
  return /^(\p{Lu}\.)*\p{Lu}$/u.test(word);
}

/** Split `text` into trimmed sentence spans, in order. Sentences never cross a line break. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && SPACE.test(text.charAt(s))) s++;
    while (e > s && SPACE.test(text.charAt(e - 1))) e--;
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
    if (j < text.length && !SPACE.test(text.charAt(j))) continue;
    let k = j;
    while (k < text.length && text.charAt(k) !== '\n' && SPACE.test(text.charAt(k))) k++;
    const next = text.charAt(k);
    const ends =
      k >= text.length ||
      next === '\n' ||
      (!LOWER.test(next) && !(ch === '.' && j === i + 1 && isAbbreviation(wordBefore(text, i), next)));
    if (ends) push(j);
  }
  push(text.length);
  return spans;
}

/** Index of the span (sorted, disjoint) that contains `offset`, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const span = spans[mid];
    if (span === undefined) break;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
