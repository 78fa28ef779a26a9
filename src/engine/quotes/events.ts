/**
 * Speech events: every speech cue outside quotations with its subject, e.g. "Security
 * expert Ergys Muzhaqi said the country should brace…". They introduce the quote that
 * follows and are the people and organisations pronouns refer back to.
 */
import type { Article, CueHit } from './article.ts';
import { classify, leftPhrase, rightPhrase, type Subject } from './phrases.ts';
import { AUXILIARIES, COORDINATORS, DETERMINERS, PREPOSITIONS } from './lexicon.ts';
import { isSpace, onlySpace } from './tokens.ts';
import { firstNotBefore } from '../text/search.ts';

export interface SpeechEvent {
  hit: CueHit;
  /** Offset of the cue. */
  at: number;
  subject: Subject | null;
}

// After these the verb opens its clause and its subject follows ("…”, said Rama", "وقال راما").
const CLAUSE_OPENERS = new Set([',', '،', ':', ';', '—', '–', '.', '!', '?', '\n', '”', '"', '»', '«', '“', '’', '」']);
const MAX_MAIN_SUBJECT = 25;

export function verbOpensClause(article: Article, hit: CueHit): boolean {
  const { text, tokens } = article;
  // "In einer Videoansprache sagte Rama": after an adverbial the subject follows the verb too.
  const before = leftPhrase(article, hit, article.layout.paragraphAt(tokens.at(hit.first)?.start ?? 0).start);
  const first = tokens.at(before.from);
  if (before.from < before.to && first !== undefined && PREPOSITIONS.has(first.key) && !DETERMINERS.has(first.key)) return true;
  let k = (tokens.at(hit.first)?.start ?? 0) - 1;
  while (k >= 0 && isSpace(text[k]) && text[k] !== '\n') k--;
  return k < 0 || CLAUSE_OPENERS.has(text[k] ?? '') || (tokens.at(hit.last + 1)?.caseless ?? false);
}

/** "Iran rejected … and called …": a verb right after "and" shares the subject of the clause. */
export function coordinated(article: Article, hit: CueHit): boolean {
  const { tokens, text } = article;
  let i = hit.first - 1;
  while (i >= 0 && AUXILIARIES.has(tokens.at(i)?.key ?? '')) i--;
  const before = tokens.at(i);
  return before !== undefined && COORDINATORS.has(before.key) && onlySpace(text, before.end, tokens.at(i + 1)?.start ?? 0);
}

/**
 * The subject of a participle ("…, stating"; "condemned … as “…”, adding") or of a coordinated
 * verb ("rejected … and called"): the subject of the verb before it in the same sentence, else
 * the name that opens the sentence ("The US National Security Council has reacted…, stating…",
 * "Washington, Albania's closest ally, … und versprach").
 */
export function mainSubject(article: Article, hit: CueHit): Subject | null {
  const { tokens, text } = article;
  const start = article.layout.sentenceStart(tokens.at(hit.first)?.start ?? 0);
  const from = Math.max(tokens.atOrAfter(start), hit.first - MAX_MAIN_SUBJECT);
  for (let k = hit.first - 1; k >= from; k--) {
    const earlier = article.hitAt(k);
    if (earlier === undefined) continue;
    k = earlier.first;
    const subject = classify(article, leftPhrase(article, earlier, start), 'left');
    if (subject?.kind === 'name' || subject?.kind === 'description' || subject?.kind === 'pronoun') return subject;
  }
  // The words up to the first clause punctuation, then the whole clause.
  let to = from;
  while (to < hit.first && (to === from || onlySpace(text, tokens.at(to - 1)?.end ?? 0, tokens.at(to)?.start ?? 0))) to++;
  for (const phrase of [{ from, to }, { from, to: hit.first }]) {
    const subject = classify(article, phrase, 'right');
    if (subject?.kind === 'name') return subject;
  }
  return null;
}

/** The subject of a cue in running text, when the words around it give one. */
function eventSubject(article: Article, hit: CueHit): Subject | null {
  const { layout, tokens } = article;
  const at = tokens.at(hit.first)?.start ?? 0;
  const floor = layout.paragraphAt(at).start;
  if (hit.cue.kind === 'according') {
    return hit.cue.sourceBefore
      ? classify(article, leftPhrase(article, hit, floor), 'left')
      : classify(article, rightPhrase(article, hit, layout.sentenceEnd(at)), 'right');
  }
  const left = classify(article, leftPhrase(article, hit, floor), 'left');
  if (left !== null) return left;
  if (hit.cue.participle || coordinated(article, hit)) return mainSubject(article, hit);
  if (!hit.cue.listener && verbOpensClause(article, hit)) {
    return classify(article, rightPhrase(article, hit, layout.sentenceEnd(at)), 'right');
  }
  return null;
}

export function findEvents(article: Article): SpeechEvent[] {
  return article.hits
    .filter((hit) => !hit.cue.trailingOnly)
    .map((hit) => ({ hit, at: article.tokens.at(hit.first)?.start ?? 0, subject: eventSubject(article, hit) }));
}

/** Events with `from <= at < to`, in order. */
export function eventsBetween(events: readonly SpeechEvent[], from: number, to: number): SpeechEvent[] {
  const found: SpeechEvent[] = [];
  for (let k = firstNotBefore(events.length, (i) => events[i]!.at < from); k < events.length; k++) {
    const event = events[k];
    if (event === undefined || event.at >= to) break;
    found.push(event);
  }
  return found;
}
