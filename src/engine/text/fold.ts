/**
 * Length-preserving text folding: every UTF-16 code unit maps to exactly one code
 * unit, so an offset found in folded text is the same offset in the original.
 * That is what lets the engine match on folded text and report spans the page
 * (and the CLI) can use as they are.
 *
 * Folding: lower case; diacritics stripped (ë→e, ç→c, ş→s, ı→i); curly and
 * typographic quotes to ' and "; every dash to -; every space but line breaks
 * and tabs to a plain space. Surrogate pairs and standalone combining marks are
 * kept as they are (changing them would change the length).
 */

/** Characters whose folding is not "lower-case, then the first unit of NFD". */
const SPECIAL: Readonly<Record<string, string>> = {
  // Apostrophes and single quotes: "Rama’s" must match "Rama's".
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u02BC': "'", '\u02B9': "'", '\u00B4': "'", '\uFF07': "'",
  // Double quotes (guillemets stay: the quote finder reads them from the original).
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\uFF02': '"',
  // Dashes and minus signs.
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-',
  '\u2212': '-', '\uFE58': '-', '\uFE63': '-', '\uFF0D': '-', '\u00AD': '-',
  // Letters NFD does not decompose.
  '\u0131': 'i', '\u0130': 'i', '\u0142': 'l', '\u0141': 'l', '\u00F8': 'o', '\u00D8': 'o',
  '\u0111': 'd', '\u0110': 'd', '\u0127': 'h', '\u0126': 'h',
  // Capital sharp s: "ß" has no one-unit "ss", so both stay a sharp s.
  '\u1E9E': '\u00DF',
};

const SPACES = /^[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]$/;
const COMBINING = /^\p{M}$/u;

function computeFold(code: number): number {
  const ch = String.fromCharCode(code);
  const special = SPECIAL[ch];
  if (special !== undefined) return special.charCodeAt(0);
  if (SPACES.test(ch)) return 0x20;
  // Full-width ASCII (CJK typesetting) folds to ASCII.
  if (code >= 0xFF01 && code <= 0xFF5E) return computeFold(code - 0xFEE0);
  const lower = ch.toLowerCase();
  // Some lower-case forms are longer than one unit (İ → i̇): keep the base letter.
  const decomposed = (lower.length === 1 ? lower : ch).normalize('NFD');
  const base = decomposed.charCodeAt(0);
  // Only strip what follows the base when it is all combining marks.
  if (decomposed.length > 1 && !COMBINING.test(decomposed.slice(1, 2))) return code;
  const baseChar = String.fromCharCode(base);
  const baseLower = baseChar.toLowerCase();
  return baseLower.length === 1 ? baseLower.charCodeAt(0) : base;
}

/** code unit → folded code unit + 1 (0 = not computed yet). */
const table = new Uint16Array(0x10000);

/** The folded form of one UTF-16 code unit. Surrogates fold to themselves. */
function foldCode(code: number): number {
  const cached = table[code];
  if (cached !== undefined && cached !== 0) return cached - 1;
  const folded = code >= 0xD800 && code <= 0xDFFF ? code : computeFold(code);
  table[code] = folded + 1;
  return folded;
}

const CHUNK = 8192;
const NON_ASCII = /[^\x00-\x7F]/g;
/** An ASCII stretch long enough to be worth lower-casing as a piece (see `fold`). */
const ASCII_RUN = /[\x00-\x7F]{64}/g;

/** Where `pattern` (global) next matches in `text` from `from`, or the text's length. */
function nextMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}

/** Fold `text` from `start` to `end`, one code unit at a time. */
function foldUnits(text: string, start: number, end: number): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(end - start, CHUNK));
  for (let from = start; from < end; from += CHUNK) {
    const to = Math.min(end, from + CHUNK);
    for (let i = from; i < to; i++) codes[i - from] = foldCode(text.charCodeAt(i));
    // `apply` takes any array-like; it is several times faster than spreading a typed array.
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, to - from) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Fold `text`; the result has exactly `text.length` code units. ASCII stretches
 * are lower-cased natively (for ASCII that is the fold, and it is length-
 * preserving); the rest is folded unit by unit until the next long ASCII
 * stretch, so an English text with a few curly quotes costs a few pieces, and a
 * Cyrillic one (ASCII only between words) does not break into thousands.
 */
export function fold(text: string): string {
  const parts: string[] = [];
  for (let pos = 0; pos < text.length; ) {
    const mixed = nextMatch(NON_ASCII, text, pos);
    if (mixed > pos) parts.push(text.slice(pos, mixed).toLowerCase());
    if (mixed >= text.length) break;
    pos = nextMatch(ASCII_RUN, text, mixed);
    parts.push(foldUnits(text, mixed, pos));
  }
  return parts.join('');
}
