/**
 * The engine's entry: ArticleText + packs → Analysis (the public JSON contract).
 * Prefilter → per candidate pack: entities → detection; the best-scoring pack
 * gets the full analysis (quotes, claims, facts). Without a matching incident the
 * quotes are still extracted, with no pack to attribute them to.
 */
import type { Pack } from '../pack/types.ts';
import { findClaims } from './claims/index.ts';
import { matchCues } from './cues/index.ts';
import { PREFILTER_HEAD_LENGTH, prefilter } from './detect/prefilter.ts';
import { detectIncident } from './detect/score.ts';
import { findAdjectives, type AdjectiveMentions } from './entities/adjectives.ts';
import { findEntities } from './entities/index.ts';
import { findFacts } from './facts/index.ts';
import { findQuotes } from './quotes/index.ts';
import { prepareText } from './text/prepare.ts';
import { ANALYSIS_SCHEMA, type Analysis, type ArticleText, type EntityResult, type IncidentMatch } from './types.ts';

interface Candidate {
  pack: Pack;
  match: IncidentMatch;
  entities: EntityResult[];
  adjectives: AdjectiveMentions;
}

export function analyze(article: ArticleText, packs: readonly Pack[]): Analysis {
  const { metadata } = article;
  const candidates = prefilter(
    {
      title: article.title,
      url: article.url,
      meta: [metadata.description ?? '', metadata.siteName ?? '', metadata.keywords.join(' ')].join('\n'),
      head: article.text.slice(0, PREFILTER_HEAD_LENGTH),
    },
    packs,
  );
  const base = {
    schema: ANALYSIS_SCHEMA,
    url: article.url,
    title: article.title,
    lang: article.lang,
    isArticle: article.isArticle,
    text: article.text,
  } as const;
  const notAnIncident = (): Analysis => ({
    ...base, incident: null, entities: [], quotes: findQuotes(article.text, article.blocks, [], null), claims: [], facts: [],
  });
  // Most pages stop here, before the text is even folded.
  if (candidates.length === 0) return notAnIncident();

  const doc = prepareText(article.text);
  let best: Candidate | null = null;
  for (const pack of candidates) {
    const entities = findEntities(doc.text, doc.folded, pack);
    const adjectives = findAdjectives(doc.folded, pack, entities);
    const match = detectIncident(article, pack, doc, entities, adjectives);
    if (match !== null && (best === null || match.score > best.match.score)) best = { pack, match, entities, adjectives };
  }
  if (best === null) return notAnIncident();

  const { pack, match, entities, adjectives } = best;
  const cues = matchCues(doc, pack, entities, adjectives);
  return {
    ...base,
    incident: match,
    entities,
    quotes: findQuotes(doc.text, article.blocks, entities, pack),
    claims: findClaims(doc, pack, cues),
    facts: findFacts(pack, cues),
  };
}
