/**
 * A passive agent names the speaker: "called “…” by the ministry", «definite «…» dal ministero»,
 * "qualifiées de « … » par le ministère", "„…“ genannt vom Ministerium". Whoever the sentence
 * is about (the accused, the decision) did not say the quoted words; the agent did.
 */
import type { Article } from './article.ts';
import type { MarkedSpan } from './marks.ts';
import { classify, type Subject } from './phrases.ts';
import { NAMING_PARTICIPLE, RIGHT_STOPS } from './lexicon.ts';
import { onlySpace } from './tokens.ts';

/** "qualifiées de « … »", "described as “…”", "bezeichnet als „…“". */
const LINKS = new Set(['de', 'as', 'come', 'como', 'comme', 'als']);
/** The preposition that introduces the agent of a passive. */
const AGENT = new Set(['by', 'da', 'dal', 'dalla', 'dallo', 'dai', 'dagli', 'dalle', "dall'", 'par', 'por', 'pelo', 'pela', 'pelos', 'pelas',
  'von', 'vom']);
/** Words in an agent phrase, at most. */
const AGENT_WORDS = 8;

/** Only spaces and a comma or dash may stand between the marks and the words around them. */
function close(article: Article, from: number, to: number): boolean {
  return /^[\s,—–]*$/u.test(article.text.slice(from, to));
}

/** The agent after a participle of naming around the quotation, if it is a name or a description. */
export function passiveAgent(article: Article, quote: MarkedSpan): Subject | null {
  if (!quote.closed) return null;
  const { tokens, text } = article;
  let before = tokens.endingBefore(quote.open);
  let gapEnd = quote.open;
  const link = tokens.at(before);
  if (link !== undefined && LINKS.has(link.key) && onlySpace(text, link.end, quote.open)) {
    gapEnd = link.start;
    before--;
  }
  let after = tokens.atOrAfter(quote.after);
  const prior = tokens.at(before);
  const participleBefore = prior !== undefined && NAMING_PARTICIPLE.test(prior.key) && close(article, prior.end, gapEnd);
  // German puts the participle after the quotation: "„…“ genannt vom Ministerium".
  const next = tokens.at(after);
  if (!participleBefore) {
    if (next === undefined || !NAMING_PARTICIPLE.test(next.key) || !close(article, quote.after, next.start)) return null;
    after++;
  }
  const agent = tokens.at(after);
  const previousEnd = after === tokens.atOrAfter(quote.after) ? quote.after : (tokens.at(after - 1)?.end ?? quote.after);
  if (agent === undefined || !AGENT.has(agent.key) || !close(article, previousEnd, agent.start)) return null;
  // The agent runs to punctuation or a clause word: "by the ministry, which…", "by X on Monday".
  let to = after + 1;
  while (to < tokens.length && to - after <= AGENT_WORDS) {
    const t = tokens.at(to);
    if (t === undefined || !onlySpace(text, tokens.at(to - 1)?.end ?? 0, t.start)) break;
    if (to > after + 1 && RIGHT_STOPS.has(t.key)) break;
    to++;
  }
  const subject = classify(article, { from: after + 1, to }, 'right');
  return subject?.kind === 'name' || subject?.kind === 'description' ? subject : null;
}
