/**
 * Character classes for word boundaries, by code unit, cached in a table: the
 * matchers ask once per character of the text, so this must be a lookup.
 *
 * `\b` is ASCII-only ("Manëz" would split at ë), so a word character here is
 * any letter, digit, combining mark or "_" (`[\p{L}\p{N}\p{M}_]`). Scripts written
 * without spaces between words (Han, kana, Thai…) have no word boundaries to
 * check: a name in them may start or end anywhere.
 */

const WORD = /^[\p{L}\p{N}\p{M}_]$/u;
const NO_SPACE_SCRIPT =
  /^[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}\u3005\u30FC]$/u;

/** Character kinds, stored in a Uint8Array (0 = not classified yet). */
type Kind = 1 | 2 | 3;
const Kind = {
  Other: 1,
  Word: 2,
  /** A word character of a script without spaces: always a boundary for others. */
  NoSpace: 3,
} as const;

function classify(ch: string): Kind {
  if (NO_SPACE_SCRIPT.test(ch)) return Kind.NoSpace;
  return WORD.test(ch) ? Kind.Word : Kind.Other;
}

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, Kind>();

/** Kind of a code point (classified on first sight, then cached). */
function kindOfCodePoint(cp: number): Kind {
  if (cp < 0x10000) {
    const cached = bmp[cp]!;
    return cached !== 0 ? (cached as Kind) : classifyBmp(cp);
  }
  let kind = astral.get(cp);
  if (kind === undefined) astral.set(cp, (kind = classify(String.fromCodePoint(cp))));
  return kind;
}

function classifyBmp(code: number): Kind {
  const kind = classify(String.fromCharCode(code));
  bmp[code] = kind;
  return kind;
}

/** Kind of the character whose code unit is at `i` (either half of a surrogate pair). */
function kindAt(text: string, i: number): Kind {
  const code = text.charCodeAt(i);
  // Not a surrogate: the unit is the character (the common case, one table read).
  if (code < 0xD800 || code > 0xDFFF) {
    const cached = bmp[code]!;
    return cached !== 0 ? (cached as Kind) : classifyBmp(code);
  }
  if (code >= 0xDC00 && i > 0) {
    const cp = text.codePointAt(i - 1) ?? code;
    return cp > 0xFFFF ? kindOfCodePoint(cp) : Kind.Other;
  }
  return kindOfCodePoint(text.codePointAt(i) ?? code);
}

/** Is the code unit at `i` part of a word in a script that separates words with spaces? */
export function isSpacedWordAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && kindAt(text, i) === Kind.Word;
}

/** Is the code unit at `i` a letter of a script written without spaces (CJK, Thai…)? */
function isNoSpaceAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && kindAt(text, i) === Kind.NoSpace;
}

/**
 * Arabic proclitics as folded text spells them: the conjunctions و and ف, the
 * prepositions ب, ل and ك, the article ال, and their combinations (لل is ل + ال).
 */
const ARABIC_PROCLITICS = new Set([
  'و', 'ف', 'ب', 'ل', 'ك', 'ال', 'وال', 'فال', 'بال', 'كال', 'لل', 'ولل', 'فلل', 'وب', 'ول', 'وك', 'فب', 'فل', 'فك',
]);
const LONGEST_PROCLITIC = 3;
const isArabicLetter = (code: number): boolean => code >= 0x0620 && code <= 0x064A;

/** Does the word around `i` start with a proclitic that ends right before `i`? */
function followsProclitic(text: string, i: number): boolean {
  if (!isArabicLetter(text.charCodeAt(i))) return false;
  for (let k = 1; k <= LONGEST_PROCLITIC && k <= i; k++) {
    if (!isArabicLetter(text.charCodeAt(i - k))) return false;
    if (!isSpacedWordAt(text, i - k - 1) && ARABIC_PROCLITICS.has(text.slice(i - k, i))) return true;
  }
  return false;
}

/**
 * Can a word start at `i`? Yes unless `i` continues a spaced word; anywhere inside
 * a run of a script without spaces; after an Arabic proclitic.
 */
export function isWordStart(text: string, i: number): boolean {
  return kindAt(text, i) === Kind.NoSpace || !isSpacedWordAt(text, i - 1) || followsProclitic(text, i);
}

/** Does a word end at `end` (exclusive)? True when the next unit does not continue a spaced word. */
export function isWordEnd(text: string, end: number): boolean {
  return !isSpacedWordAt(text, end) || isNoSpaceAt(text, end - 1);
}
