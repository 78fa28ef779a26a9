/**
 * The words around a speech cue: who is the subject ("Rama wrote", "said Rama", "a statement
 * on Twitter reads", "he told"), and what role the article gives a name ("Lawyer and
 * politician Kreshnik Spahiu", "The Director of the Civil Aviation Authority, Maksim Et’hemaj",
 * "Rama, the prime minister,"). Each look is a handful of tokens next to the cue.
 */
import type { Article, CueHit, MentionRef } from './article.ts';
import {
  AUXILIARIES, CALENDAR, CONNECTORS, DETERMINERS, DOCUMENT_WORDS, HONORIFIC_GENDER, LEFT_STOPS, MESSAGE_WORDS,
  NAME_PARTICLES, NOT_NAME_START, ORGANISATION_WORDS, PREPOSITIONS, RELATIVES, RIGHT_STOPS, SUFFIXED_DEFINITE_ROLES, TIME_ADVERBS, TIME_BEFORE_VERB, isOrganisationWord, isRoleWord, possessive, pronoun,
  type Want,
} from './lexicon.ts';
import { fold, isSpace, onlySpace, type TokenList } from './tokens.ts';

export type Subject =
  /** A name in the text (a pack entity's mention, or words the article uses as a name). */
  | { kind: 'name'; start: number; end: number }
  | { kind: 'pronoun'; want: Want; at: number }
  /** "a statement on Twitter", "their report", "a message". */
  | { kind: 'document'; start: number; end: number; message: boolean; owner: Want | null }
  /** "the company", "the minister", "a government spokesman", "analysts". */
  | { kind: 'description'; start: number; end: number; head: string; org: boolean; definite: boolean }
  /** A verb with no subject (Spanish "dijo", Arabic "وأضاف"): the nearest speaker. */
  | { kind: 'implicit'; want: Want; at: number };

/** Token range [from, to). */
export interface Phrase {
  from: number;
  to: number;
  /** Where the whole subject starts when a role stands before the name in apposition. */
  lead?: number;
}

const MAX_PHRASE = 12;
const INDEFINITE = new Set(['a', 'an', 'un', 'une', 'ein', 'eine', 'una', 'um', 'uma']);
// Turkish and other suffixes after an apostrophe ("Erdoğan'a", "Albania’s"); longer endings
// are part of the name (Et’hemaj).
const POSSESSIVE_SUFFIX = /[’'][\p{Ll}]{0,3}$/u;
const ACRONYM = /^[\p{Lu}\p{N}]{2,6}$/u;

/** Words before a cue that can be its subject: stops at punctuation, clause words, other verbs. */
export function leftPhrase(article: Article, hit: CueHit, floor: number): Phrase {
  const phrase = leftPhraseBefore(article, hit.first, floor);
  if (phrase.from < phrase.to) return subjectBeforeAdverbial(article, phrase, floor) ?? phrase;
  return beforeAppositive(article, hit.first, floor) ?? appositiveBeforeVerb(article, hit.first, floor) ??
    beforeRelative(article, hit.first, floor) ?? phrase;
}

/**
 * "Rama, the prime minister, in a video message said", "ادی راما، نخست‌وزیر آلبانی، در یک پیام
 * ویدیویی گفت": words opening with a preposition right after a comma are an adverbial; the
 * subject stands before it (over an appositive role, if there is one).
 */
function subjectBeforeAdverbial(article: Article, phrase: Phrase, floor: number): Phrase | null {
  const first = article.tokens.at(phrase.from);
  if (first === undefined || !PREPOSITIONS.has(first.key) || DETERMINERS.has(first.key)) return null;
  const comma = commaBefore(article, phrase.from, floor);
  if (comma < 0) return null;
  const before = beforeAppositive(article, phrase.from, floor) ?? leftPhraseBefore(article, phrase.from, floor, comma);
  return before.from < before.to ? before : null;
}

/** The comma right before token `i` (spaces allowed), or -1. */
function commaBefore(article: Article, i: number, floor: number): number {
  const { tokens, text } = article;
  let c = (tokens.at(i)?.start ?? 0) - 1;
  while (c >= floor && text[c] === ' ') c--;
  return c >= floor && (text[c] === ',' || text[c] === '،') ? c : -1;
}

/** The cue token with the auxiliaries before it ("ha confirmado", "has said") skipped. */
function verbStart(article: Article, cueToken: number, floor: number): number {
  const { tokens, text } = article;
  let i = cueToken;
  for (let skipped = 0; skipped < 3; skipped++) {
    const t = tokens.at(i - 1);
    if (t === undefined || t.start < floor || !AUXILIARIES.has(t.key) || !onlySpace(text, t.end, tokens.at(i)?.start ?? 0)) break;
    i--;
  }
  return i;
}

/**
 * "The Treasury's Under Secretary …, Brian Nelson, said", "El primer ministro albano, Edi Rama, ha
 * confirmado": a name between commas after a role is the subject in apposition.
 */
function appositiveBeforeVerb(article: Article, cueToken: number, floor: number): Phrase | null {
  const { tokens } = article;
  const verb = verbStart(article, cueToken, floor);
  const comma = commaBefore(article, verb, floor);
  if (comma < 0) return null;
  const segment = leftPhraseBefore(article, verb, floor, comma);
  if (segment.from >= segment.to) return null;
  const runs = nameRuns(article, segment);
  const run = runs[0];
  const whole = run !== undefined && runs.length === 1 && run.from === segment.from && run.to === segment.to;
  const person = article.mentionsIn(tokens.at(segment.from)?.start ?? 0, tokens.at(segment.to - 1)?.end ?? 0)
    .some((m) => m.entity.type === 'person');
  if (!whole && !person) return null;
  if ((whole && !person && segment.to - segment.from < 2)) return null;
  const before = commaBefore(article, segment.from, floor);
  if (before < 0) return null;
  // The role runs back from the comma over plain words ("Under Secretary for Terrorism and …").
  let cursor = before;
  let lead = -1;
  let role = false;
  for (let i = tokens.endingBefore(before + 1); i >= 0 && segment.from - i <= MAX_PHRASE; i--) {
    const t = tokens.at(i);
    if (t === undefined || t.start < floor || !onlySpace(article.text, t.end, cursor) || article.hitAt(i) !== undefined) break;
    role ||= isRoleWord(t.key);
    lead = i;
    cursor = t.start;
  }
  return role ? { ...segment, lead } : null;
}

/** "…, ha dicho Rama, que ha agregado…", "Rama, who added…": a relative pronoun's antecedent. */
function beforeRelative(article: Article, cueToken: number, floor: number): Phrase | null {
  const verb = verbStart(article, cueToken, floor);
  const relative = article.tokens.at(verb - 1);
  if (relative === undefined || relative.start < floor || !RELATIVES.has(relative.key)) return null;
  const comma = commaBefore(article, verb - 1, floor);
  if (comma < 0) return null;
  const phrase = leftPhraseBefore(article, verb - 1, floor, comma);
  return phrase.from < phrase.to ? phrase : null;
}

/**
 * "Edi Rama, the prime minister, said", "The council, the group's political wing, rejected",
 * "Anna Morel, who ran the audit, put it": step over the appositive or relative clause to the
 * name before it.
 */
export function beforeAppositive(article: Article, cueToken: number, floor: number): Phrase | null {
  const { tokens, text } = article;
  let c = (tokens.at(cueToken)?.start ?? 0) - 1;
  while (c >= floor && text[c] === ' ') c--;
  if (text[c] !== ',' && text[c] !== '،') return null;
  const segment = leftPhraseBefore(article, cueToken, floor, c);
  // A relative pronoun stops the phrase: the clause opens with it.
  const relative = tokens.at(segment.from - 1);
  const clause = relative !== undefined && relative.start >= floor && RELATIVES.has(relative.key) &&
    onlySpace(text, relative.end, tokens.at(segment.from)?.start ?? c);
  const opens = clause ? segment.from - 1 : segment.from;
  const firstWord = tokens.at(opens);
  if (segment.from >= segment.to || firstWord === undefined) return null;
  // An appositive is a role or a determined noun phrase ("the MEK's political wing").
  const appositive = roleSegment(article, segment.from, segment.to) !== null || DETERMINERS.has(firstWord.key);
  if (!clause && !appositive) return null;
  let comma = firstWord.start - 1;
  while (comma >= floor && text[comma] === ' ') comma--;
  if (text[comma] !== ',' && text[comma] !== '،') return null;
  return leftPhraseBefore(article, opens, floor, comma);
}

/**
 * Same, ending before token index `before`. `reach` is where the phrase must reach, when that
 * is not the next token's start (the words before a colon or an opening mark).
 */
export function leftPhraseBefore(article: Article, before: number, floor: number, reach?: number): Phrase {
  const { tokens, text } = article;
  let cursor = reach ?? tokens.at(before)?.start ?? text.length;
  let i = before - 1;
  // "Rama has also said": auxiliaries and adverbs next to the verb are not the subject.
  for (let skipped = 0; skipped < 3; skipped++) {
    const t = tokens.at(i);
    if (t === undefined || t.start < floor || !AUXILIARIES.has(t.key) || !onlySpace(text, t.end, cursor)) break;
    cursor = t.start;
    i--;
  }
  const to = i + 1;
  let from = to;
  while (i >= 0 && to - i <= MAX_PHRASE) {
    const t = tokens.at(i);
    // "the Agency for the Information Society (AKSHI) said": brackets do not end the subject.
    if (t === undefined || t.start < floor || !onlySpaceOrBrackets(text, t.end, cursor)) break;
    if (LEFT_STOPS.has(t.key) || article.hitAt(i) !== undefined) break;
    from = i;
    cursor = t.start;
    i--;
  }
  return { from, to };
}

/** Words after a cue ("said Rama on Sunday" → "Rama"), up to punctuation or a preposition. */
export function rightPhrase(article: Article, hit: CueHit, ceiling: number): Phrase {
  const { tokens, text } = article;
  const from = hit.last + 1;
  let to = from;
  let cursor = tokens.at(hit.last)?.end ?? 0;
  while (to - from < MAX_PHRASE) {
    const t = tokens.at(to);
    if (t === undefined || t.end > ceiling) break;
    // "a dit M. Kanaani", "said Dr. Shtuni": the full stop of a title belongs to the name.
    if (!onlySpace(text, cursor, t.start) && !titleStop(article, to - 1, cursor, t.start)) {
      // "said Deputy Assistant Secretary-General (for emerging challenges) James Appathurai":
      // the words in brackets are an aside; the subject goes on after them.
      const close = to > from ? asideEnd(text, cursor, t.start, ceiling) : -1;
      if (close < 0) break;
      const next = tokens.atOrAfter(close);
      if (next - from >= MAX_PHRASE) break;
      to = next;
      cursor = close;
      continue;
    }
    if (RIGHT_STOPS.has(t.key) || article.hitAt(to) !== undefined) break;
    cursor = t.end;
    to++;
  }
  return { from, to };
}

/** Words that open a short adverbial of time or place between a verb and its subject. */
const ADVERBIAL_LEADS = new Set([...PREPOSITIONS, ...RIGHT_STOPS]);
/** Up to this many lower-case words: "në seancë", "më herët", "gjatë konferencës". */
const MAX_ADVERBIAL = 3;

/**
 * "„…“, tha në seancë deputetja Elona Dervishi", "said on Sunday the minister Edi Rama": the
 * subject phrase after a short lower-case adverbial (a preposition or time word and its noun)
 * that follows the verb, or null when there is none.
 */
export function rightPhraseAfterAdverbial(article: Article, hit: CueHit, ceiling: number): Phrase | null {
  const { tokens, text } = article;
  const first = tokens.at(hit.last + 1);
  if (first === undefined || !(ADVERBIAL_LEADS.has(first.key) || TIME_ADVERBS.has(first.key))) return null;
  let k = hit.last + 1;
  let cursor = tokens.at(hit.last)?.end ?? 0;
  while (k - hit.last - 1 < MAX_ADVERBIAL) {
    const t = tokens.at(k);
    if (t === undefined || t.cap || t.caseless || t.end > ceiling || !onlySpace(text, cursor, t.start)) break;
    cursor = t.end;
    k++;
    const next = tokens.at(k);
    // A preposition needs its noun ("në seancë"): "tha në Tiranë ministri…" names a place, not
    // the speaker. The adverbial ends where a capitalised word or a role begins.
    const complete = TIME_ADVERBS.has(first.key) || k - hit.last - 1 >= 2;
    if (complete && next !== undefined && onlySpace(text, cursor, next.start) && (next.cap || isRoleWord(next.key))) {
      return rightPhrase(article, { ...hit, last: k - 1 }, ceiling);
    }
  }
  return null;
}

/** Titles written with a full stop before a name: "M. Kanaani", "Dr. Smith". */
const DOTTED_TITLES = new Set(['m', 'mr', 'mrs', 'ms', 'dr', 'prof', 'mme', 'mlle', 'me']);

/** Token `i` is a capitalised title and only its full stop stands between `from` and `to`. */
function titleStop(article: Article, i: number, from: number, to: number): boolean {
  const t = article.tokens.at(i);
  return t !== undefined && t.cap && DOTTED_TITLES.has(t.key) && article.text.slice(from, to).trim() === '.';
}

const ASIDE_REACH = 80;

/** An opening bracket between `from` and `to` (nothing else but space): the offset after its ")". */
function asideEnd(text: string, from: number, to: number, ceiling: number): number {
  if (text.slice(from, to).trim() !== '(') return -1;
  const close = text.indexOf(')', to);
  return close < 0 || close >= ceiling || close - to > ASIDE_REACH || text.slice(to, close).includes('\n') ? -1 : close + 1;
}

/** Only spaces and round brackets between `from` and `to`. */
function onlySpaceOrBrackets(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const ch = text[k];
    // The zero-width non-joiner splits one Persian word into tokens ("نخست‌وزیر", "بیانیه‌ای").
    if (ch !== '(' && ch !== ')' && ch !== '\u200c' && !isSpace(ch)) return false;
  }
  return true;
}

/** Is token `i` part of a name: capitalised, not a date word? */
function nameToken(tokens: TokenList, i: number): boolean {
  const t = tokens.at(i);
  return t !== undefined && t.cap && !CALENDAR.has(t.key);
}

/** After a preposition ("in Tirana", "on Twitter", "for the Ministry") a name is not the subject. */
function afterPreposition(tokens: TokenList, i: number, from: number): boolean {
  let k = i - 1;
  if (k >= from && DETERMINERS.has(tokens.at(k)?.key ?? '')) k--;
  return k >= from && PREPOSITIONS.has(tokens.at(k)?.key ?? '');
}

/** How many lower-case adjectives may stand between a determiner and a nationality: "a senior former". */
const ADJECTIVES_BEFORE = 2;

/** A determiner before token `s`, maybe past a few lower-case words ("a senior Albanian…"). */
function determinedBefore(tokens: TokenList, s: number, from: number): boolean {
  for (let k = s - 1; k >= from && s - k <= ADJECTIVES_BEFORE + 1; k--) {
    const t = tokens.at(k);
    if (t === undefined) return false;
    if (DETERMINERS.has(t.key)) return true;
    if (t.cap || t.caseless) return false;
  }
  return false;
}

/**
 * Capitalised runs in a phrase, trimmed of sentence words and leading role words
 * ("Prime Minister Edi Rama" → "Edi Rama"), skipping runs after prepositions.
 */
export function nameRuns(article: Article, phrase: Phrase): Phrase[] {
  const { tokens, text } = article;
  const runs: Phrase[] = [];
  let i = phrase.from;
  while (i < phrase.to) {
    if (!nameToken(tokens, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < phrase.to && onlySpace(text, tokens.at(j - 1)?.end ?? 0, tokens.at(j)?.start ?? 0)) {
      if (nameToken(tokens, j)) j++;
      else if (NAME_PARTICLES.has(tokens.at(j)?.key ?? '') && nameToken(tokens, j + 1) && j + 1 < phrase.to) j += 2;
      else break;
    }
    let s = i;
    while (s < j && (NOT_NAME_START.has(tokens.at(s)?.key ?? '') || HONORIFIC_GENDER.has(tokens.at(s)?.key ?? ''))) s++;
    // Split off a title: everything up to the last role word, if a name follows it.
    for (let k = j - 2; k >= s; k--) {
      if (isRoleWord(tokens.at(k)?.key ?? '')) {
        s = k + 1;
        break;
      }
    }
    // "Albania’s Prime Minister" with no name after it is a description.
    if (isRoleWord(tokens.at(j - 1)?.key ?? '')) {
      i = j;
      continue;
    }
    const single = tokens.at(s);
    // "Officials said", "Police said": one capitalised common noun is a description, not a name.
    const commonNoun = j - s === 1 && single !== undefined &&
      (isRoleWord(single.key) || isOrganisationWord(single.key) || DOCUMENT_WORDS.has(single.key));
    // "the Iranian spokesman", "The Albanian interior", "a senior Albanian official": one
    // capitalised word between a determiner (and lower-case adjectives) and a lower-case noun
    // is an adjective of nationality, not a name.
    const next = tokens.at(j);
    const adjective = j - s === 1 && j < phrase.to && next !== undefined && !next.cap && !next.caseless &&
      determinedBefore(tokens, s, phrase.from);
    if (s < j && !commonNoun && !adjective && !afterPreposition(tokens, s, phrase.from)) runs.push({ from: s, to: j });
    i = j;
  }
  return runs;
}

const TYPE_PRIORITY: Record<string, number> = { person: 2, organization: 2, place: 1, system: 0 };

function pickMention(article: Article, phrase: Phrase, side: 'left' | 'right'): MentionRef | null {
  const { tokens } = article;
  const first = tokens.at(phrase.from);
  const last = tokens.at(phrase.to - 1);
  if (first === undefined || last === undefined) return null;
  let best: MentionRef | null = null;
  for (const m of article.mentionsIn(first.start, last.end)) {
    const index = tokens.atOrAfter(m.start);
    if (afterPreposition(tokens, index, phrase.from)) continue;
    // "The Albanian interior said": a country's adjective before a noun is not the speaker.
    const next = tokens.at(tokens.atOrAfter(m.end));
    if (m.entity.type === 'place' && index > phrase.from && DETERMINERS.has(tokens.at(index - 1)?.key ?? '') &&
      next !== undefined && next.start < last.end && !next.cap && !next.caseless) continue;
    const better = best === null ||
      (TYPE_PRIORITY[m.entity.type] ?? 0) > (TYPE_PRIORITY[best.entity.type] ?? 0) ||
      ((TYPE_PRIORITY[m.entity.type] ?? 0) === (TYPE_PRIORITY[best.entity.type] ?? 0) && side === 'left');
    if (better) best = m;
  }
  return best;
}

/** The phrase starts with a role noun, after any determiner: "the deputy mayor…", "la portavoce…". */
function headRole(article: Article, phrase: Phrase): boolean {
  const { tokens } = article;
  let i = phrase.from;
  while (i < phrase.to && DETERMINERS.has(tokens.at(i)?.key ?? '')) i++;
  for (let k = i; k < Math.min(phrase.to, i + 3); k++) {
    const t = tokens.at(k);
    if (t === undefined || (t.cap && !isRoleWord(t.key))) return false;
    if (isRoleWord(t.key)) return true;
  }
  return false;
}

/**
 * "قال المتحدث باسم وزارة الخارجية ناصر كنعاني", "said the spokesman for the ministry Nasser
 * Kanaani": after a role, the person named is its holder, not the organisation the role is of.
 */
function personAfterRole(article: Article, phrase: Phrase): Subject | null {
  const { tokens } = article;
  const from = tokens.at(phrase.from)?.start ?? 0;
  const to = tokens.at(phrase.to - 1)?.end ?? 0;
  const person = article.mentionsIn(from, to).find((m) => m.entity.type === 'person' && m.start > from);
  return person === undefined ? null : { kind: 'name', start: person.start, end: person.end };
}

/** ", Hélène Marchetti" right after token `end - 1`: the name in apposition. */
function appositiveName(article: Article, end: number): Subject | null {
  const { tokens, text } = article;
  const last = tokens.at(end - 1);
  const next = tokens.at(end);
  if (last === undefined || next === undefined || !/^\s*[,،]\s*$/u.test(text.slice(last.end, next.start))) return null;
  const mention = article.mentionsIn(next.start, next.end)[0];
  if (mention !== undefined && mention.start === next.start && mention.entity.type === 'person') {
    return { kind: 'name', start: mention.start, end: mention.end };
  }
  let to = end;
  while (to < tokens.length && to - end < 5) {
    const t = tokens.at(to);
    if (t === undefined || !(t.cap || NAME_PARTICLES.has(t.key))) break;
    if (to > end && !onlySpace(text, tokens.at(to - 1)?.end ?? 0, t.start)) break;
    to++;
  }
  const run = nameRuns(article, { from: end, to })[0];
  if (run === undefined || run.from !== end || run.to - run.from < 2) return null;
  return { kind: 'name', start: tokens.at(run.from)?.start ?? 0, end: tokens.at(run.to - 1)?.end ?? 0 };
}

/** What kind of subject a phrase is, if any. `side` says which end is nearest the verb. */
export function classify(article: Article, phrase: Phrase, side: 'left' | 'right'): Subject | null {
  const { tokens } = article;
  if (phrase.from >= phrase.to) return null;
  const first = tokens.at(phrase.from);
  const last = tokens.at(phrase.to - 1);
  if (first === undefined || last === undefined) return null;

  // "he said", "dit-il", "a-t-il déclaré", "sagte er".
  const lastPronoun = pronoun(last.key);
  const beforeLast = tokens.at(phrase.to - 2);
  if (lastPronoun !== null && (phrase.to - phrase.from === 1 || (beforeLast !== undefined && AUXILIARIES.has(beforeLast.key)))) {
    return { kind: 'pronoun', want: lastPronoun, at: last.start };
  }
  const firstPronoun = pronoun(first.key);
  if (side === 'right' && firstPronoun !== null && phrase.to - phrase.from === 1) {
    return { kind: 'pronoun', want: firstPronoun, at: first.start };
  }

  // "said the deputy mayor for transport, Hélène Marchetti", "ha scritto la portavoce del Consiglio…,
  // Adrien Watson": a role followed by a name in apposition is that person, not the names inside
  // the role (what the role is of).
  const roleHead = side === 'right' ? headRole(article, phrase) : false;
  if (roleHead) {
    const named = appositiveName(article, phrase.to) ?? personAfterRole(article, phrase);
    if (named !== null) return named;
  }

  const mention = pickMention(article, phrase, side);
  if (mention !== null) return { kind: 'name', start: mention.start, end: mention.end };
  // "In einer seltenen Videoansprache sagte Rama": words opening with a preposition are an
  // adverbial, and the subject follows the verb.
  if (side === 'left' && PREPOSITIONS.has(first.key) && !DETERMINERS.has(first.key)) return null;

  // Scripts without capitals (Arabic, Hebrew…): the words next to the verb are the name.
  let caseless = true;
  for (let i = phrase.from; i < phrase.to && caseless; i++) caseless = tokens.at(i)?.caseless ?? false;
  if (caseless) return UNSPACED_START.test(article.text[first.start] ?? '') ? unspacedName(article, phrase) : caselessName(article, phrase, side);

  const runs = nameRuns(article, phrase);
  const run = side === 'left' ? runs[runs.length - 1] : runs[0];
  if (run !== undefined) {
    return { kind: 'name', start: tokens.at(run.from)?.start ?? 0, end: tokens.at(run.to - 1)?.end ?? 0 };
  }

  let start = phrase.from;
  while (start < phrase.to && NOT_NAME_START.has(tokens.at(start)?.key ?? '') && !DETERMINERS.has(tokens.at(start)?.key ?? '')) start++;
  const span = { start: tokens.at(start)?.start ?? first.start, end: last.end };
  // The document nearest the verb speaks: in "The advisory also recalls the ransom note left on
  // infected machines, which asked", the note asked, and it is named from its own determiner on.
  const count = phrase.to - phrase.from;
  for (let n = 0; n < count; n++) {
    const i = side === 'left' ? phrase.to - 1 - n : phrase.from + n;
    const key = tokens.at(i)?.key ?? '';
    if (DOCUMENT_WORDS.has(key)) {
      const issuer = documentIssuer(article, i + 1, phrase.to);
      if (issuer !== null) return issuer;
      const owner = possessive(tokens.at(i - 1)?.key ?? '') ?? possessive(tokens.at(i - 2)?.key ?? '');
      const from = documentStart(article, i, start);
      return { kind: 'document', start: tokens.at(from)?.start ?? span.start, end: span.end, message: MESSAGE_WORDS.has(key), owner };
    }
  }
  for (let i = phrase.to - 1; i >= phrase.from; i--) {
    const key = tokens.at(i)?.key ?? '';
    const org = isOrganisationWord(key);
    if (org || isRoleWord(key)) {
      const lead = tokens.at(start)?.key ?? '';
      // Turkish has no articles: "Konsey", "Bakanlık" alone is the council or ministry named before.
      const bare = org && !ORGANISATION_WORDS.has(key) && start === i;
      const suffixed = start === i && SUFFIXED_DEFINITE_ROLES.has(key);
      return { kind: 'description', ...span, head: key, org, definite: bare || suffixed || (DETERMINERS.has(lead) && !INDEFINITE.has(lead)) };
    }
  }
  return null;
}

/**
 * Where the noun phrase of the document noun at `noun` begins: back over up to three modifiers
 * ("the ransom note", "a joint statement") to a determiner or possessive, never before `floor`.
 * With none in reach the phrase is the noun's whole left context, as before.
 */
function documentStart(article: Article, noun: number, floor: number): number {
  const { tokens } = article;
  for (let k = noun; k >= floor && noun - k <= 3; k--) {
    const key = tokens.at(k)?.key ?? '';
    if (DETERMINERS.has(key) || possessive(key) !== null) return k;
  }
  return floor;
}

/**
 * Prepositions joining a document to who issued it: "statement of the", "comunicado do"; and
 * the genitive links that do the same ("Erklärung der NATO", "deklaratën e Këshillit").
 */
const ISSUED_BY = new Set(['of', 'from', 'by', 'de', 'do', 'da', 'del', 'du', 'des', 'di', 'della', 'dello', 'dal', 'dalla', 'von', 'vom',
  'der', 'e', 'i', 'të', 'së']);
/** The ones with the definite article in them ("do" = "de o"). */
const DEFINITE_ISSUED_BY = new Set(['do', 'da', 'del', 'du', 'des', 'della', 'dello', 'dal', 'dalla', 'vom']);

/**
 * "segundo o comunicado do ministério", "according to a statement from the ministry": the
 * document speaks for the organisation the noun after it names.
 */
function documentIssuer(article: Article, from: number, to: number): Subject | null {
  const { tokens } = article;
  let definite = false;
  let k = from;
  if (!ISSUED_BY.has(tokens.at(k)?.key ?? '')) return null;
  for (; k < to && k < from + 2; k++) {
    const key = tokens.at(k)?.key ?? '';
    if (!ISSUED_BY.has(key) && !DETERMINERS.has(key)) break;
    definite ||= DEFINITE_ISSUED_BY.has(key) || (DETERMINERS.has(key) && !INDEFINITE.has(key));
  }
  const noun = tokens.at(k);
  if (noun === undefined || k >= to) return null;
  // "a statement by NATO", "deklaratën e Këshillit të Atlantikut të Veriut": named right after.
  const issuer = { from: k, to };
  const mention = article.mentionsIn(noun.start, tokens.at(to - 1)?.end ?? noun.end).find((m) => m.start === noun.start);
  if (mention !== undefined) return { kind: 'name', start: mention.start, end: mention.end };
  const run = nameRuns(article, issuer)[0];
  if (run !== undefined && run.from === k) return { kind: 'name', start: noun.start, end: tokens.at(run.to - 1)?.end ?? noun.end };
  if (k !== to - 1 || !isOrganisationWord(noun.key)) return null;
  return { kind: 'description', start: noun.start, end: noun.end, head: noun.key, org: true, definite };
}

const isStop = (key: string): boolean => RIGHT_STOPS.has(key) || PREPOSITIONS.has(key) || LEFT_STOPS.has(key);

/** Arabic and other scripts without capitals: up to six words next to the verb, not across a preposition. */
function caselessName(article: Article, phrase: Phrase, side: 'left' | 'right'): Subject | null {
  const { tokens } = article;
  const stop = (i: number): boolean => isStop(tokens.at(i)?.key ?? '') || article.hitAt(i) !== undefined;
  let from = phrase.from;
  let to = phrase.to;
  if (side === 'left') {
    // "آقای کنعانی روز بعد افزود": the time before the verb and the title before the name are not the name.
    while (to > from && (stop(to - 1) || TIME_BEFORE_VERB.has(tokens.at(to - 1)?.key ?? ''))) to--;
    from = to;
    while (from > phrase.from && to - from < 6 && !stop(from - 1)) from--;
    while (from < to - 1 && HONORIFIC_GENDER.has(tokens.at(from)?.key ?? '')) from++;
  } else {
    while (from < to && stop(from)) from++;
    to = from;
    while (to < phrase.to && to - from < 6 && !stop(to)) to++;
  }
  if (from >= to) return null;
  return { kind: 'name', start: tokens.at(from)?.start ?? 0, end: tokens.at(to - 1)?.end ?? 0 };
}

// Chinese puts the speaker first and the circumstances after: 拉马在一份声明中说 (Rama, in a
// statement, said); a title before the name ends in the role: 发言人沃森 (spokesperson Watson).
const UNSPACED_START = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const UNSPACED_CIRCUMSTANCE = /在|于|對|对|向|从|從|据|據|通过|通過|接受|当天|今天|周[一二三四五六日]/u;
const UNSPACED_ROLE = /.*(?:发言人|發言人|总理|總理|部长|部長|外长|外長|总统|總統|主席|秘书长|秘書長|大使|专家|專家)/u;

/** Adverbs between a Chinese subject and its verb: also, then, again, further, earlier. */
const UNSPACED_ADVERB = /(?:还|還|也|则|則|又|并|並|再次|随后|隨後|此前|进一步|進一步|同时|同時)+$/u;

function unspacedName(article: Article, phrase: Phrase): Subject | null {
  const { tokens, text } = article;
  const start = tokens.at(phrase.from)?.start ?? 0;
  const words = text.slice(start, tokens.at(phrase.to - 1)?.end ?? start);
  const cut = UNSPACED_CIRCUMSTANCE.exec(words);
  const before = cut === null ? words : words.slice(0, cut.index);
  const role = UNSPACED_ROLE.exec(before);
  const offset = role !== null && role[0].length < before.length ? role[0].length : 0;
  const name = before.slice(offset).replace(/^[-‐‑·・\s]+|[-‐‑·・\s]+$/gu, '');
  if (name === '') return null;
  const at = start + words.indexOf(name, offset);
  // 他说, 她还表示, 他们称: a pronoun, maybe with an adverb before the verb, refers back.
  const adverb = UNSPACED_ADVERB.exec(name);
  const want = pronoun(fold(adverb === null ? name : name.slice(0, adverb.index)));
  if (want !== null) return { kind: 'pronoun', want, at };
  return { kind: 'name', start: at, end: at + name.length };
}

/** The cleaned name for a name span: possessive endings dropped ("Albania’s" → "Albania"). */
export function nameText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(POSSESSIVE_SUFFIX, '').trim();
}

/** Organisation-looking names: an organisation noun or an acronym ("NSC", "Civil Aviation Authority"). */
export function looksLikeOrganisation(article: Article, start: number, end: number): boolean {
  const { tokens } = article;
  for (let i = tokens.atOrAfter(start); i < tokens.length; i++) {
    const t = tokens.at(i);
    if (t === undefined || t.start >= end) break;
    if (isOrganisationWord(t.key) || ACRONYM.test(article.text.slice(t.start, t.end))) return true;
  }
  return false;
}

/** Gender an honorific gives the name that follows it ("Mrs Smith"). */
export function honorificGender(article: Article, start: number): 'male' | 'female' | null {
  const i = article.tokens.endingBefore(start);
  const t = article.tokens.at(i);
  return t === undefined ? null : (HONORIFIC_GENDER.get(t.key) ?? null);
}

// ---- Roles -------------------------------------------------------------------------------

function trimRole(article: Article, from: number, to: number): string | null {
  const { tokens, text } = article;
  while (from < to && (DETERMINERS.has(tokens.at(from)?.key ?? '') || CONNECTORS.has(tokens.at(from)?.key ?? ''))) from++;
  while (to > from && CONNECTORS.has(tokens.at(to - 1)?.key ?? '')) to--;
  if (from >= to) return null;
  return text.slice(tokens.at(from)?.start ?? 0, tokens.at(to - 1)?.end ?? 0);
}

/** "Lawyer and politician Kreshnik Spahiu", "security expert Ergys Muzhaqi", "Prime Minister Edi Rama". */
function rolePrefix(article: Article, start: number): string | null {
  const { tokens, text } = article;
  const nearest = tokens.endingBefore(start);
  const head = tokens.at(nearest);
  if (head === undefined || !onlySpace(text, head.end, start) || !isRoleWord(head.key)) return null;
  let from = nearest;
  let cursor = head.start;
  for (let i = nearest - 1; i >= 0 && nearest - i < 8; i--) {
    const t = tokens.at(i);
    if (t === undefined || !onlySpace(text, t.end, cursor) || article.hitAt(i) !== undefined) break;
    if (DETERMINERS.has(t.key) && !CONNECTORS.has(t.key)) break;
    if (!CONNECTORS.has(t.key)) {
      if (LEFT_STOPS.has(t.key) || NOT_NAME_START.has(t.key) || PREPOSITIONS.has(t.key)) break;
      from = i;
    }
    cursor = t.start;
  }
  return trimRole(article, from, nearest + 1);
}

const CLAUSE_BOUNDARY = new Set([',', '،', ';', '؛', ':', '(', ')', '—', '–', '\n', '.', '!', '?']);

/** A clause boundary between `from` and `to` (every name in the text is checked: no slices). */
function clauseBoundaryIn(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (CLAUSE_BOUNDARY.has(text[k] ?? '')) return true;
  return false;
}

/** A short segment between punctuation that reads as a role: "The Director of the …", "the prime minister". */
function roleSegment(article: Article, from: number, to: number): string | null {
  const { tokens } = article;
  if (to - from < 1 || to - from > MAX_PHRASE) return null;
  let k = from;
  while (k < to && DETERMINERS.has(tokens.at(k)?.key ?? '')) k++;
  let hasRole = false;
  for (let i = k; i < Math.min(to, k + 3); i++) hasRole ||= isRoleWord(tokens.at(i)?.key ?? '');
  for (let i = from; i < to; i++) {
    const key = tokens.at(i)?.key ?? '';
    if (article.hitAt(i) !== undefined || key === 'who' || key === 'which') return null;
  }
  return hasRole ? trimRole(article, from, to) : null;
}

/** "The Director of the Civil Aviation Authority, Maksim Et’hemaj". */
function roleBeforeComma(article: Article, start: number): string | null {
  const { tokens, text } = article;
  let c = start - 1;
  while (c >= 0 && text[c] === ' ') c--;
  if (text[c] !== ',') return null;
  const to = tokens.endingBefore(c + 1) + 1;
  let from = to;
  for (let i = to - 1; i >= 0 && to - i <= MAX_PHRASE; i--) {
    const t = tokens.at(i);
    const next = tokens.at(i + 1);
    if (t === undefined) break;
    const gapEnd = i + 1 < to && next !== undefined ? next.start : c;
    // "…,” said the deputy mayor for transport, Hélène Marchetti": the verb is not the role.
    if (clauseBoundaryIn(text, t.end, gapEnd) || article.hitAt(i) !== undefined) break;
    from = i;
  }
  return roleSegment(article, from, to);
}

/** "Edi Rama, the prime minister, said" / "said Edi Rama, the prime minister." */
function roleAfterComma(article: Article, end: number): string | null {
  const { tokens, text } = article;
  let c = end;
  while (c < text.length && text[c] === ' ') c++;
  if (text[c] !== ',') return null;
  const from = tokens.atOrAfter(c + 1);
  let to = from;
  let cursor = c + 1;
  while (to < tokens.length && to - from <= MAX_PHRASE) {
    const t = tokens.at(to);
    if (t === undefined) break;
    if (clauseBoundaryIn(text, cursor, t.start)) break;
    cursor = t.end;
    to++;
  }
  return roleSegment(article, from, to);
}

/** The role the article gives the name at [start, end), if any. */
export function roleAround(article: Article, start: number, end: number): string | null {
  return rolePrefix(article, start) ?? roleBeforeComma(article, start) ?? roleAfterComma(article, end);
}
