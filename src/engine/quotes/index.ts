/**
 * Engine stage 4 (DESIGN.md): every direct quotation in the article, attributed to its speaker.
 *
 *   marks.ts        quoted spans, one pass per paragraph (nested, multi-paragraph, unbalanced)
 *   quotability.ts  quotations vs scare quotes, titles and names
 *   article.ts      tokens, mentions and speech cues outside quotations
 *   events.ts       speech cues in running text with their subjects
 *   attribution.ts  which words attribute each quotation
 *   passive.ts      "called “…” by the ministry": the passive agent is the speaker
 *   phrases.ts      subjects and roles in those words
 *   speakers.ts     subjects → pack entities or names, pronouns → antecedents
 *
 * Linear in the text: marks and cues are found in single passes; everything else reads a
 * bounded window of tokens found by binary search.
 */
import type { Pack } from '../../pack/types.ts';
import type { Block, EntityResult, QuoteResult, Speaker } from '../types.ts';
import { Article } from './article.ts';
import { attribute, quotedVerb } from './attribution.ts';
import { findEvents } from './events.ts';
import { findMarkedSpans, paragraphsOf, type MarkedSpan } from './marks.ts';
import { quotability } from './quotability.ts';
import { Resolver } from './speakers.ts';
import { tokenize } from './tokens.ts';

/**
 * `text` is the article text (blocks joined by "\n\n"), `entities` the pack entity mentions
 * found in it, `pack` null when no incident matched (speakers are then names in the text).
 * A quote's `text` is `text.slice(start, end)`, except for a quotation over several
 * paragraphs, whose text leaves out the marks that reopen each paragraph.
 */
export function findQuotes(text: string, blocks: readonly Block[], entities: readonly EntityResult[], pack: Pack | null): QuoteResult[] {
  const paragraphs = paragraphsOf(text, blocks);
  const tokens = tokenize(text);
  const kinds = new Map<MarkedSpan, ReturnType<typeof quotability>>();
  const named = mentionEnds(entities);
  for (const span of findMarkedSpans(text, paragraphs)) {
    // “Homeland Justice”: a span that is exactly a known name is the name, not someone's words.
    kinds.set(span, named.get(span.start) === span.end ? 'no' : quotability(text, tokens, span));
  }
  // Scare quotes and quoted names stay part of the running text: names in them can be
  // speakers and antecedents, and the sentence goes on through them.
  const spans = [...kinds.keys()].filter((s) => kinds.get(s) !== 'no');
  const article = new Article(text, paragraphs, spans, tokens, entities);
  const events = findEvents(article);
  const resolver = new Resolver(article, events, entities, pack);

  const quotes: QuoteResult[] = [];
  // Headlines repeated by the page (title, heading, teaser): the same words after the same
  // sentence opening, close together, are one quotation.
  const seen = new Map<string, number>();
  let previous: { span: MarkedSpan; speaker: Speaker | null } | null = null;
  spans.forEach((span, i) => {
    const kind = kinds.get(span);
    let attribution = attribute(article, events, span, spans[i + 1]?.open ?? text.length);
    if (kind === 'short' && !attribution.adjacent) return;
    if (kind === 'fragment') {
      if (attribution.subject === null || !attribution.local) attribution = quotedVerb(article, span) ?? attribution;
      if (attribution.subject === null || !attribution.local) return;
    }
    const passage = `${span.text}\u0000${text.slice(attribution.sentenceStart, span.open)}`;
    const last = seen.get(passage);
    seen.set(passage, span.open);
    if (last !== undefined && span.open - last < REPEAT_REACH) return;
    let speaker = attribution.subject
      ? resolver.speaker(attribution.subject, { open: span.open, sentenceStart: attribution.sentenceStart })
      : null;
    // “First paragraph,” Rama said. / “Second paragraph.” — the same speaker goes on.
    if (speaker === null && previous !== null && continues(article, previous.span, span)) speaker = previous.speaker;
    quotes.push({ text: span.text, start: span.start, end: span.end, speaker });
    previous = { span, speaker };
  });
  return quotes;
}

/** How close a repeated headline stands to the first one (characters). */
const REPEAT_REACH = 2000;

/** Mention start → end, for every entity mention. */
function mentionEnds(entities: readonly EntityResult[]): Map<number, number> {
  const ends = new Map<number, number>();
  for (const e of entities) for (const m of e.mentions) ends.set(m.start, Math.max(m.end, ends.get(m.start) ?? 0));
  return ends;
}

/** A quotation that opens its paragraph right after a paragraph ending with the previous one. */
function continues(article: Article, before: MarkedSpan, span: MarkedSpan): boolean {
  const { layout } = article;
  const paragraph = layout.paragraphAt(span.open);
  if (layout.sentenceStart(span.open) !== span.open) return false;
  if (paragraph.start === layout.paragraphAt(before.open).start) return true;
  const previousParagraph = layout.paragraphAt(paragraph.start - 1);
  return before.after <= previousParagraph.end && before.open >= previousParagraph.start;
}
