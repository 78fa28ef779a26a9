/**
 * Which words attribute a quotation, in the order a news reader would look:
 *
 * 1. an introduction ending in a colon or comma right before the mark ("Rama wrote: “…”",
 *    "a message stating, “…”", "According to Rama, “…”", "Pour Edi Rama, « … »");
 * 2. a cue right after the closing mark, in either order ("…,” Rama said", "…,” said Rama",
 *    "…,” he told Euronews Albania", "…” a statement on Twitter reads");
 * 3. a cue earlier in the same sentence, for partial quotes ("Facebook said it had disrupted a
 *    “long-running operation…”", "He called it “an unprecedented attack…”");
 * 4. for a quotation that opens its sentence, the speaker named in the sentence before
 *    ("Security expert X said the country should brace… / “We must…”").
 */
import type { Article, CueHit } from './article.ts';
import { coordinated, eventsBetween, mainSubject, verbOpensClause, type SpeechEvent } from './events.ts';
import type { MarkedSpan } from './marks.ts';
import { AUXILIARIES, MESSAGE_WORDS, VIEWPOINT_INTRODUCTIONS, cuesStartingWith, isRoleWord } from './lexicon.ts';
import { beforeAppositive, classify, leftPhrase, leftPhraseBefore, rightPhrase, rightPhraseAfterAdverbial, type Subject } from './phrases.ts';
import { passiveAgent } from './passive.ts';
import { isSpace, onlySpace } from './tokens.ts';

export interface Attribution {
  subject: Subject | null;
  /** The attribution touches the quotation (cue within a few words): short quotes need this. */
  adjacent: boolean;
  /** Start of the sentence the quotation opens in. */
  sentenceStart: number;
  /** The attribution is in the quotation's own sentence (not an introduction before it). */
  local: boolean;
}

/** Words between a closing mark and its cue, at most: "…,” the Albanian prime minister said". */
const TRAILING_WORDS = 12;
const ADJACENT_WORDS = 5;
const PUNCTUATION_ONLY = /^[\s,:;—–\-،؛]*$/u;
/** How far back in its sentence a partial quote looks for its verb. */
const LEADING_WORDS = 40;

function implicit(hit: CueHit, at: number): Subject {
  return { kind: 'implicit', want: hit.cue.gender ?? 'any', at };
}

/** Turkish order "Erdoğan, “…” dedi": the name stands before the opening mark. */
function nameBeforeMark(article: Article, quote: MarkedSpan, floor: number): Subject | null {
  const { tokens, text } = article;
  const last = tokens.endingBefore(quote.open);
  const token = tokens.at(last);
  if (token === undefined || token.start < floor || !/^[\s,،]*$/u.test(text.slice(token.end, quote.open))) return null;
  const subject = classify(article, leftPhraseBefore(article, last + 1, floor, token.end), 'left');
  // "Konsey ayrıca “…” dedi": the council named before, too.
  return subject?.kind === 'name' || (subject?.kind === 'description' && subject.definite) ? subject : null;
}

/** Nothing but punctuation and auxiliaries between the closing mark and the cue ("», a déclaré"). */
function opensAfterMark(article: Article, after: number, cueToken: number): boolean {
  const { tokens, text } = article;
  let cursor = after;
  for (let i = tokens.atOrAfter(after); i < cueToken; i++) {
    const t = tokens.at(i);
    if (t === undefined || !AUXILIARIES.has(t.key) || !PUNCTUATION_ONLY.test(text.slice(cursor, t.start))) return false;
    cursor = t.end;
  }
  return PUNCTUATION_ONLY.test(text.slice(cursor, tokens.at(cueToken)?.start ?? cursor));
}

/**
 * "…the “democratic alternative”, runs a party and, according to Facebook, ran a troll farm":
 * an "according to X" set off by commas with the sentence going on after it sources the clause
 * that follows, not a quotation further back.
 */
function introducesNextClause(article: Article, hit: CueHit, end: number): boolean {
  const { tokens, text } = article;
  const phrase = rightPhrase(article, hit, end);
  const source = tokens.at(phrase.to - 1);
  const next = tokens.at(phrase.to);
  if (source === undefined || next === undefined || next.end > end) return false;
  const before = tokens.at(hit.first - 1);
  const cue = tokens.at(hit.first);
  if (before === undefined || cue === undefined) return false;
  return /^\s*,\s*$/u.test(text.slice(source.end, next.start)) && /^\s*,\s*$/u.test(text.slice(before.end, cue.start));
}

/**
 * "…,” Treasury Under Secretary for Terrorism and Financial Intelligence Brian Nelson said": a
 * long role, its "for" and "and" included, runs unbroken from the closing mark to the name.
 */
function roleRunBefore(article: Article, from: number, to: number): boolean {
  const { tokens, text } = article;
  let role = false;
  for (let i = from; i < to; i++) {
    const t = tokens.at(i);
    const next = tokens.at(i + 1);
    if (t === undefined || next === undefined || article.hitAt(i) !== undefined || !onlySpace(text, t.end, next.start)) return false;
    role ||= isRoleWord(t.key);
  }
  return role;
}

function trailing(article: Article, quote: MarkedSpan, sentenceStart: number, nextOpen: number): Attribution | null {
  if (!quote.closed) return null;
  const { tokens, layout } = article;
  const end = Math.min(layout.sentenceEnd(quote.after), nextOpen);
  const first = tokens.atOrAfter(quote.after);
  for (let i = first; i < first + TRAILING_WORDS; i++) {
    const token = tokens.at(i);
    if (token === undefined || token.end > end) return null;
    const hit = article.hitAt(i);
    if (hit === undefined || hit.first !== i) continue;
    // "…detrás del “imprudente” ciberataque y afirmó que…": a second verb of the sentence's
    // subject, not an attribution of this quotation.
    if (coordinated(article, hit)) return null;
    const opensClause = opensAfterMark(article, quote.after, i);
    if (hit.cue.trailingOnly && !opensClause) continue;
    let subject: Subject | null;
    if (hit.cue.kind === 'according') {
      if (!hit.cue.sourceBefore && !opensClause && introducesNextClause(article, hit, end)) return null;
      subject = hit.cue.sourceBefore
        ? classify(article, leftPhrase(article, hit, quote.after), 'left')
        : classify(article, rightPhrase(article, hit, end), 'right');
    } else {
      const phrase = leftPhrase(article, hit, quote.after);
      // “Four words in quotes” is the title Rama wrote: a subject that does not start right after
      // the closing mark belongs to another clause.
      const lead = phrase.lead ?? phrase.from;
      if (phrase.from < phrase.to && lead !== first && !opensAfterMark(article, quote.after, lead) &&
        !roleRunBefore(article, first, lead)) return null;
      subject = classify(article, phrase, 'left');
      if (subject === null && opensClause && !hit.cue.listener) {
        subject = classify(article, rightPhrase(article, hit, end), 'right');
        // "…”, tha në seancë deputetja X": past a short adverbial, only a name is the subject.
        const later = subject === null ? rightPhraseAfterAdverbial(article, hit, end) : null;
        const named = later === null ? null : classify(article, later, 'right');
        if (named?.kind === 'name') subject = named;
      }
      // "…”، لافتا إلى أن …", "…,” adding that…": a participle's subject is the clause's.
      if (subject === null && hit.cue.participle) subject = mainSubject(article, hit);
      subject ??= nameBeforeMark(article, quote, sentenceStart) ?? implicit(hit, token.start);
    }
    return { subject, adjacent: i - first <= ADJACENT_WORDS, sentenceStart, local: true };
  }
  return null;
}

/**
 * "Anna Morel, who ran the audit, put it in one line: “…”": a name set off by an appositive or
 * relative clause, then a clause of plain words up to the colon, is the speaker whatever the verb.
 */
function subjectPastAside(article: Article, lastToken: number, sentenceStart: number): Subject | null {
  const { tokens, text } = article;
  let verb = lastToken;
  while (verb > 0 && (tokens.at(verb - 1)?.start ?? -1) >= sentenceStart &&
    onlySpace(text, tokens.at(verb - 1)?.end ?? 0, tokens.at(verb)?.start ?? 0)) verb--;
  const first = tokens.at(verb);
  if (first === undefined || first.cap || first.caseless) return null;
  const phrase = beforeAppositive(article, verb, sentenceStart);
  const subject = phrase === null ? null : classify(article, phrase, 'left');
  return subject?.kind === 'name' ? subject : null;
}

function leading(article: Article, quote: MarkedSpan, sentenceStart: number): Attribution | null {
  const { tokens, text } = article;
  let k = quote.open - 1;
  while (k >= sentenceStart && isSpace(text[k])) k--;
  const introPunct = text[k] === ':' || text[k] === ',' || text[k] === '،';
  const lastToken = tokens.endingBefore(quote.open);
  const firstToken = tokens.atOrAfter(sentenceStart);
  for (let i = lastToken; i >= firstToken && lastToken - i < LEADING_WORDS; i--) {
    const hit = article.hitAt(i);
    if (hit === undefined || hit.first !== i || hit.cue.trailingOnly) continue;
    let subject: Subject | null;
    const right = (): Subject | null => {
      const phrase = rightPhrase(article, hit, quote.open);
      const end = tokens.at(phrase.to - 1)?.end ?? quote.open;
      const subject = classify(article, phrase, 'right');
      // "said Rama: “…”" runs up to the mark; words in between ("said Rama on Sunday that…",
      // "وأشار راما إلى …", "По словам X, которые приводит телеканал, …") leave a name as the
      // subject, but not a description ("said the country should brace…").
      if (PUNCTUATION_ONLY.test(text.slice(end, quote.open))) return subject;
      return subject?.kind === 'name' || subject?.kind === 'pronoun' ? subject : null;
    };
    if (hit.cue.kind === 'according') {
      subject = hit.cue.sourceBefore ? classify(article, leftPhrase(article, hit, sentenceStart), 'left') : right();
    } else {
      subject = classify(article, leftPhrase(article, hit, sentenceStart), 'left');
      if (subject === null && (hit.cue.participle || coordinated(article, hit))) subject = mainSubject(article, hit);
      if (subject === null && !hit.cue.listener && verbOpensClause(article, hit)) subject = right();
      subject ??= implicit(hit, tokens.at(i)?.start ?? 0);
    }
    const wordsBetween = lastToken - hit.last;
    return { subject, adjacent: introPunct && wordsBetween <= ADJACENT_WORDS, sentenceStart, local: true };
  }
  if (text[k] === ',' && VIEWPOINT_INTRODUCTIONS.has(tokens.at(firstToken)?.key ?? '') && firstToken < lastToken) {
    // "Pour Edi Rama, « … »": whose view the quotation gives, with no verb, right before the
    // mark. "Pour le moment, « … »" names no speaker, so only a name, role or pronoun counts.
    const end = tokens.at(lastToken)?.end ?? k;
    const subject = onlySpace(text, end, k) ? classify(article, { from: firstToken + 1, to: lastToken + 1 }, 'right') : null;
    if (subject?.kind === 'name' || subject?.kind === 'description' || subject?.kind === 'pronoun') {
      return { subject, adjacent: true, sentenceStart, local: true };
    }
  }
  if (text[k] === ':') {
    // A colon with no verb: "Rama on Twitter: “…”", "the screen carried the message: “…”".
    const end = tokens.at(lastToken)?.end ?? k;
    if (!onlySpace(text, end, k)) return null;
    const subject = classify(article, leftPhraseBefore(article, lastToken + 1, sentenceStart, end), 'left');
    if (subject?.kind === 'name') return { subject, adjacent: true, sentenceStart, local: true };
    const described = subjectPastAside(article, lastToken, sentenceStart);
    if (described !== null) return { subject: described, adjacent: true, sentenceStart, local: true };
    // The message itself right before the colon speaks for whoever put it there.
    const noun = tokens.at(lastToken);
    if (noun !== undefined && noun.start >= sentenceStart && MESSAGE_WORDS.has(noun.key)) {
      const message: Subject = { kind: 'document', start: noun.start, end: noun.end, message: true, owner: null };
      return { subject: message, adjacent: true, sentenceStart, local: true };
    }
  }
  return null;
}

/** The speaker named in the sentence before, for a quotation that opens its own sentence. */
function introduced(article: Article, events: readonly SpeechEvent[], sentenceStart: number): Subject | null {
  const previous = article.layout.previousSentenceStart(sentenceStart);
  const candidates = eventsBetween(events, previous, sentenceStart);
  for (let i = candidates.length - 1; i >= 0; i--) {
    const subject = candidates[i]?.subject;
    if (subject) return subject;
  }
  return null;
}

export function attribute(article: Article, events: readonly SpeechEvent[], quote: MarkedSpan, nextOpen: number): Attribution {
  const sentenceStart = article.layout.sentenceStart(quote.open);
  // "called “…” by the ministry": the agent of the passive said it, whoever the sentence is about.
  const agent = passiveAgent(article, quote);
  if (agent) return { subject: agent, adjacent: true, sentenceStart, local: true };
  const before = leading(article, quote, sentenceStart);
  if (before?.adjacent && before.subject?.kind !== 'implicit') return before;
  const after = trailing(article, quote, sentenceStart, nextOpen);
  if (after) return after;
  if (before) return before;
  if (sentenceStart === quote.open) {
    const subject = introduced(article, events, sentenceStart);
    if (subject) return { subject, adjacent: false, sentenceStart, local: false };
  }
  return { subject: null, adjacent: false, sentenceStart, local: false };
}

/**
 * Irani “dënon” vendimin, Iran “condemns” the decision: a quoted word that is itself a speech
 * verb is the speaker's own word, and its subject stands right before the mark.
 */
export function quotedVerb(article: Article, quote: MarkedSpan): Attribution | null {
  const { tokens } = article;
  const sentenceStart = article.layout.sentenceStart(quote.open);
  const first = tokens.atOrAfter(quote.start);
  for (let i = first; i < tokens.length; i++) {
    const t = tokens.at(i);
    if (t === undefined || t.end > quote.end) break;
    if (!cuesStartingWith(t.key).some((cue) => cue.kind === 'verb' && cue.words.length === 1 && !cue.trailingOnly)) continue;
    const subject = classify(article, leftPhraseBefore(article, first, sentenceStart, quote.open), 'left');
    return subject === null ? null : { subject, adjacent: true, sentenceStart, local: true };
  }
  return null;
}
