/**
 * Is a quoted span a quotation (someone's words) or a scare quote, a title, a name?
 *
 * - Exactly a known name (an entity mention: “Homeland Justice”, “伊朗人民圣战者组织”): a name.
 * - Four words or more: a quotation — long enough to carry a clause, which scare quotes
 *   ("troll farm") and names almost never are. Partial quotes of real speech (called it
 *   “an unprecedented attack on our sovereignty”) pass.
 * - …unless every content word is capitalised and there is no closing punctuation: a title
 *   ("Albania-Iran Political Crisis Intensifies After Second Cyberattack").
 * - One to three words:
 *   - a complete short utterance — punctuation inside the marks (“No comment,” she said.) —
 *     is a quotation only when a speech cue touches it, which the caller checks;
 *   - a capitalised fragment ("MuddyWater", «Аль-Арабийя») is a name or a term;
 *   - any other fragment ("baseless", «orchestrée et sponsorisée», "caos") is a partial quote
 *     when its sentence attributes it to someone — news quotes the speaker's own words that
 *     way — and a scare quote otherwise; the caller checks that too.
 */
import type { MarkedSpan } from './marks.ts';
import { tokenAtOrAfter, type Token } from './tokens.ts';

export type Quotability = 'quotation' | 'short' | 'fragment' | 'no';

const MIN_WORDS = 4;
const MAX_TITLE_WORDS = 12;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'at', 'by', 'with', 'from', 'de',
  'e', 'i', 'te', 'la', 'le', 'les', 'der', 'die', 'das', 'und', 'von', 'di', 'del', 'y', 'el', 'et', 'du', 'des']);
// Scripts written without spaces: about two characters make a word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const UNSPACED_START = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const UTTERANCE_END = /[.!?…,;:؟。！？]$/u;

function wordsIn(tokens: readonly Token[], span: MarkedSpan): Token[] {
  const words: Token[] = [];
  for (let i = tokenAtOrAfter(tokens, span.start); i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.end > span.end) break;
    words.push(t);
  }
  return words;
}

function titleLike(text: string, words: readonly Token[], span: MarkedSpan): boolean {
  if (words.length > MAX_TITLE_WORDS || /[.!?…]$/u.test(span.text)) return false;
  let content = 0;
  for (const w of words) {
    if (SMALL_WORDS.has(w.key) || w.caseless || /^\p{N}/u.test(text.slice(w.start, w.end))) continue;
    if (!w.cap) return false;
    content++;
  }
  return content >= 2;
}

export function quotability(text: string, tokens: readonly Token[], span: MarkedSpan): Quotability {
  const words = wordsIn(tokens, span);
  const unspaced = span.text.match(UNSPACED)?.length ?? 0;
  // Unspaced scripts are tokenised one character at a time (tokens.ts): count them apart.
  const count = words.filter((w) => !UNSPACED_START.test(text[w.start] ?? '')).length + Math.floor(unspaced / 2);
  if (count >= MIN_WORDS) return titleLike(text, words, span) ? 'no' : 'quotation';
  if (count === 0) return 'no';
  // The comma dropped from the end of the text still counts as the utterance's end.
  const inside = text.slice(span.start, span.closed ? span.after - 1 : span.after).trimEnd();
  if (UTTERANCE_END.test(inside)) return 'short';
  const first = words[0];
  return first !== undefined && first.cap ? 'no' : 'fragment';
}