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
 *     is a quotation only when a speech cue touches it, which the caller checks; a lower-case
 *     one ("based on “baseless accusations.”") is a fragment that took the sentence's stop;
 *   - a capitalised fragment ("MuddyWater", «Аль-Арабийя») is a name or a term;
 *   - any other fragment ("baseless", «orchestrée et sponsorisée», "caos") is a partial quote
 *     when its sentence attributes it to someone — news quotes the speaker's own words that
 *     way — and a scare quote otherwise; the caller checks that too.
 */
import type { MarkedSpan } from './marks.ts';
import { onlySpace, type Token, type TokenList } from './tokens.ts';

export type Quotability = 'quotation' | 'short' | 'fragment' | 'no';

const MIN_WORDS = 4;
const MAX_TITLE_WORDS = 12;
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'a', 'an', 'to', 'at', 'by', 'with', 'from', 'de',
  'e', 'i', 'te', 'la', 'le', 'les', 'der', 'die', 'das', 'und', 'von', 'di', 'del', 'y', 'el', 'et', 'du', 'des']);
// Scripts written without spaces: about two characters make a word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const UNSPACED_START = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
// Words that introduce a name or a term rather than someone's words: so-called “troll farm”,
// dubbed “MuddyWater”, and in scripts without capitals the noun before a name: صحيفة «…»
// (the newspaper “…”), 组织“…” (the organisation “…”).
const NAMING_WORDS = new Set(['so-called', 'dubbed', 'named', 'nicknamed', 'codenamed', 'titled', 'entitled',
  'sogenannte', 'sogenannten', 'sogenannter', 'soi-disant', 'soi-disante', 'cosiddetto', 'cosiddetta', 'llamado',
  'llamada', 'denominado', 'denominada', 'chamado', 'chamada', 'называемый', 'называемая', 'называемые',
  'المسماة', 'المسمى', 'يسمى', 'صحيفة', 'جريدة', 'وكالة', 'قناة', 'موقع', 'مجموعة', 'جماعة', 'منظمة', 'عملية', 'حملة',
  '组织', '集团', '报纸', '媒体', '网站', '频道', '行动', '名为', '称为', '所谓', '組織', '報紙', '網站', '頻道']);
// A Chinese name of an organisation ends with what it is: 组织 (organisation), 政府, 公司, 委员会…
const UNSPACED_NAME = /^[\p{Script=Han}]{2,16}(?:组织|組織|集团|集團|公司|政府|委员会|委員會|部|党|黨|社|局|署)$/u;
const UTTERANCE_END = /[.!?…,;:؟。！？]$/u;

/** Token indexes [first, last] of the words inside the span (last < first when none). */
function wordRange(tokens: TokenList, span: MarkedSpan): { first: number; last: number } {
  return { first: tokens.atOrAfter(span.start), last: tokens.endingBefore(span.end) };
}

function wordsIn(tokens: TokenList, { first, last }: { first: number; last: number }): Token[] {
  const words: Token[] = [];
  for (let i = first; i <= last; i++) {
    const t = tokens.at(i);
    if (t !== undefined) words.push(t);
  }
  return words;
}

function unspacedName(words: string): boolean {
  return UNSPACED_NAME.test(words);
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

export function quotability(text: string, tokens: TokenList, span: MarkedSpan): Quotability {
  // Most spans are long quotations: count their words from offsets, and make tokens only
  // for the few checks that read them.
  const range = wordRange(tokens, span);
  let spaced = 0;
  for (let i = range.first; i <= range.last; i++) if (!UNSPACED_START.test(text[tokens.start(i)] ?? '')) spaced++;
  const unspaced = span.text.match(UNSPACED)?.length ?? 0;
  // Unspaced scripts are tokenised one character at a time (tokens.ts): count them apart.
  const count = spaced + Math.floor(unspaced / 2);
  if (count >= MIN_WORDS) {
    if (range.last - range.first + 1 > MAX_TITLE_WORDS) return unspacedName(span.text) ? 'no' : 'quotation';
    return titleLike(text, wordsIn(tokens, range), span) || unspacedName(span.text) ? 'no' : 'quotation';
  }
  if (count === 0) return 'no';
  // The comma dropped from the end of the text still counts as the utterance's end.
  const inside = text.slice(span.start, span.closed ? span.after - 1 : span.after).trimEnd();
  const first = range.first <= range.last ? tokens.at(range.first) : undefined;
  // based on “baseless accusations.”: a lower-case fragment ending its sentence takes the
  // sentence's full stop inside the marks (American style) and is still a partial quote.
  const lowerCase = first !== undefined && !first.cap && !first.caseless;
  if (UTTERANCE_END.test(inside) && !lowerCase) return 'short';
  if (first === undefined || first.cap || namedBefore(text, tokens, span)) return 'no';
  return 'fragment';
}

/** The word before the opening mark says the span is a name or a term (NAMING_WORDS). */
function namedBefore(text: string, tokens: TokenList, span: MarkedSpan): boolean {
  const before = tokens.at(tokens.endingBefore(span.open));
  if (before === undefined || !onlySpace(text, before.end, span.open)) return false;
  return NAMING_WORDS.has(before.key) || NAMING_WORDS.has(text.slice(Math.max(0, before.end - 2), before.end));
}