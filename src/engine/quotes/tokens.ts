/**
 * Word tokens for attribution. One regex pass over the text; every later step looks at a
 * few tokens around a quotation mark or a speech verb, found by binary search, so the
 * whole stage stays linear in the length of the page.
 */

export interface Token {
  start: number;
  end: number;
  /** Folded for the lexicon: lower case, diacritics removed, ’ → '. */
  key: string;
  /** Starts with an upper-case letter. Always false in scripts without case. */
  cap: boolean;
  /** No letter in it has case (Arabic, Hebrew, CJK…): capitalisation says nothing here. */
  caseless: boolean;
}

// Internal apostrophes and hyphens stay inside a word (Et’hemaj, don’t, Jean-Luc, al-Assad);
// the groups cannot overlap, so the pattern never backtracks more than one character.
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\u2010\u2011-][\p{L}\p{M}\p{N}]+)*/gu;
// French puts the subject after the verb with a hyphen: "dit-il", "a-t-elle", "déclare-t-on"
// ("on" only with the "-t-", so "add-on" stays one word).
const INVERTED_PRONOUN = /^(.+?)-(?:t-)?(il|elle|ils|elles|(?<=t-)on)$/u;
const CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const UPPER_START = /^[\p{Lu}\p{Lt}]/u;
// Arabic-style particles written with a hyphen before a capitalised name: al-Assad, el-Sisi.
const NAME_PARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|ben|bin)-[\p{Lu}]/u;
const NON_ASCII = /[^\u0000-\u007f]/u;
const MARKS = /\p{M}/gu;

/** Lower case, no diacritics, typographic apostrophe folded: the form every word list uses. */
export function fold(word: string): string {
  const lower = NON_ASCII.test(word) ? word.normalize('NFD').replace(MARKS, '').toLowerCase() : word.toLowerCase();
  return lower.replace(/’/g, "'");
}

function makeToken(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  return {
    start,
    end,
    key: fold(word),
    cap: UPPER_START.test(word) || NAME_PARTICLE_PREFIX.test(word),
    caseless: !CASED.test(word),
  };
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const word = match[0];
    const inverted = INVERTED_PRONOUN.exec(word);
    if (inverted && inverted[1] !== undefined && inverted[2] !== undefined) {
      // "a-t-il" → "a" + "il": the verb part keeps its place and the pronoun becomes the
      // word after it, which is where the subject of an inverted verb is looked for. The verb
      // token runs up to the pronoun so that nothing stands between the two.
      const pronounStart = start + word.length - inverted[2].length;
      tokens.push({ ...makeToken(text, start, pronounStart), key: fold(inverted[1]) },
        makeToken(text, pronounStart, start + word.length));
      continue;
    }
    tokens.push(makeToken(text, start, start + word.length));
  }
  return tokens;
}

/** Index of the first token that starts at or after `pos`. */
export function tokenAtOrAfter(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last token that ends at or before `pos`, or -1. */
export function tokenEndingBefore(tokens: readonly Token[], pos: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? Infinity) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

const SPACE = /\s/u;

export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && SPACE.test(ch);
}

/** Only white space between `from` and `to`. */
export function onlySpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text[k])) return false;
  return true;
}
