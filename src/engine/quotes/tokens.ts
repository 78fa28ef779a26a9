/**
 * Word tokens for attribution. One regex pass over the text; every later step looks at a
 * few tokens around a quotation mark or a speech verb, found by binary search, so the
 * whole stage stays linear in the length of the page.
 */
import { firstNotBefore } from '../text/search.ts';

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
// Han, kana (Chinese, Japanese): one character is roughly a word.
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const JOINERS_ONLY = /^[’'\u2010\u2011-]+$/u;
const NON_ASCII = /[^\u0000-\u007f]/u;
const MARKS = /\p{M}/gu;

/** Lower case, no diacritics, typographic apostrophe folded: the form every word list uses. */
export function fold(word: string): string {
  if (!NON_ASCII.test(word)) return word.toLowerCase();
  const lower = word.normalize('NFD').replace(MARKS, '').toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

// Most words of most pages are ASCII: their case is read from the first character code
// without a regex. A page has ~1 token per 6 characters, so this is the stage's hot loop.
function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isAsciiLetter(code: number): boolean {
  return isAsciiUpper(code) || (code >= 97 && code <= 122);
}

function makeToken(text: string, start: number, end: number): Token {
  const word = text.slice(start, end);
  const first = word.charCodeAt(0);
  if (first < 128) {
    // An ASCII letter has case; a word starting with a digit may still contain letters.
    return {
      start,
      end,
      key: fold(word),
      cap: isAsciiUpper(first) || (word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45 ? NAME_PARTICLE_PREFIX.test(word) : false),
      caseless: isAsciiLetter(first) ? false : !CASED.test(word),
    };
  }
  return {
    start,
    end,
    key: fold(word),
    cap: UPPER_START.test(word) || NAME_PARTICLE_PREFIX.test(word),
    caseless: !CASED.test(word),
  };
}

/**
 * The words of a text, as parallel arrays of offsets. A page has ~1 word per 6 characters
 * and attribution reads only the few around quotation marks and speech cues, so a word
 * becomes a `Token` object only when something asks for it (`at`), and the scans that touch
 * every word (`key`) read its folded form without keeping an object per word alive.
 */
export class TokenList {
  readonly length: number;
  readonly #text: string;
  readonly #starts: Int32Array;
  readonly #ends: Int32Array;
  /** Keys that are not the fold of the token's own text: the verb of "a-t-il" is "a". */
  readonly #keys: ReadonlyMap<number, string>;
  readonly #made: (Token | undefined)[];

  constructor(text: string, starts: readonly number[], ends: readonly number[], keys: ReadonlyMap<number, string>) {
    this.length = starts.length;
    this.#text = text;
    this.#starts = Int32Array.from(starts);
    this.#ends = Int32Array.from(ends);
    this.#keys = keys;
    this.#made = new Array<Token | undefined>(starts.length);
  }

  /** Token `i`, or undefined out of range. */
  at(i: number): Token | undefined {
    if (i < 0 || i >= this.length) return undefined;
    let token = this.#made[i];
    if (token === undefined) {
      token = makeToken(this.#text, this.#starts[i] ?? 0, this.#ends[i] ?? 0);
      const key = this.#keys.get(i);
      if (key !== undefined) token.key = key;
      this.#made[i] = token;
    }
    return token;
  }

  /** Token `i`'s key without making the token ('' out of range). */
  key(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const made = this.#made[i];
    if (made !== undefined) return made.key;
    return this.#keys.get(i) ?? fold(this.#text.slice(this.#starts[i] ?? 0, this.#ends[i] ?? 0));
  }

  /** Offset where token `i` starts (0 out of range). */
  start(i: number): number {
    return this.#starts[i] ?? 0;
  }

  /** Index of the first token that starts at or after `pos`. */
  atOrAfter(pos: number): number {
    return firstAtLeast(this.#starts, pos, this.length);
  }

  /** Index of the last token that ends at or before `pos`, or -1. */
  endingBefore(pos: number): number {
    return firstAtLeast(this.#ends, pos + 1, this.length) - 1;
  }
}

/** The first index in sorted `values[0..length)` holding a value >= `pos` (`length` when none). */
function firstAtLeast(values: Int32Array, pos: number, length: number): number {
  return firstNotBefore(length, (i) => values[i]! < pos);
}

/** Offsets of the words, filled by one regex pass. */
class WordOffsets {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly keys = new Map<number, string>();

  push(start: number, end: number): void {
    this.starts.push(start);
    this.ends.push(end);
  }
}

export function tokenize(text: string): TokenList {
  const words = new WordOffsets();
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const word = match[0];
    const inverted = word.includes('-') ? INVERTED_PRONOUN.exec(word) : null;
    if (inverted && inverted[1] !== undefined && inverted[2] !== undefined) {
      // "a-t-il" → "a" + "il": the verb part keeps its place and the pronoun becomes the
      // word after it, which is where the subject of an inverted verb is looked for. The verb
      // token runs up to the pronoun so that nothing stands between the two.
      const pronounStart = start + word.length - inverted[2].length;
      words.keys.set(words.starts.length, fold(inverted[1]));
      words.push(start, pronounStart);
      words.push(pronounStart, start + word.length);
      continue;
    }
    // A run that touches an unspaced script ("伊朗", "2009年以来") at either end.
    if ((word.charCodeAt(0) >= 128 || word.charCodeAt(word.length - 1) >= 128) && UNSPACED_CHAR.test(word)) {
      pushUnspaced(words, text, start, start + word.length);
      continue;
    }
    words.push(start, start + word.length);
  }
  return new TokenList(text, words.starts, words.ends, words.keys);
}

/**
 * Chinese and Japanese are written without spaces: each character is a token, so that speech
 * verbs (说, 表示) and the names before them are found like words. Other letters in the same
 * run ("Facebook的") stay together.
 */
function pushUnspaced(words: WordOffsets, text: string, start: number, end: number): void {
  let run = start;
  for (let k = start; k < end; k++) {
    if (!UNSPACED_CHAR.test(text[k] ?? '')) continue;
    pushRun(words, text, run, k);
    words.push(k, k + 1);
    run = k + 1;
  }
  pushRun(words, text, run, end);
}

/** Letters between unspaced characters; a lone joiner ("阿德里安-沃森") is not a word. */
function pushRun(words: WordOffsets, text: string, start: number, end: number): void {
  if (start < end && !JOINERS_ONLY.test(text.slice(start, end))) words.push(start, end);
}

const SPACE = /\s/u;

/**
 * `\s` for one character. Attribution asks this of nearly every character near a quotation
 * or a cue, so ASCII (tab to carriage return, and the space) is decided from the code alone.
 */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(ch);
}

/** Only white space between `from` and `to`. */
export function onlySpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpace(text[k])) return false;
  return true;
}
