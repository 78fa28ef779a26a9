/**
 * The engine's entry: ArticleText + packs → Analysis (the public JSON contract).
 * Prefilter → per candidate pack: entities → detection; the best-scoring pack
 * gets the full analysis (quotes, claims, facts). Without a matching incident the
 * quotes are still extracted, with no pack to attribute them to.
 *
 * Each stage looks the pack's words up in the text; rather than each walking the
 * text on its own, the pack's lexicon (all its word lists in one trie) walks it
 * once and every stage replays its own list.
 */
import type { Pack } from '../pack/types.ts';
import { findClaims } from './claims/index.ts';
import { compileCues, matchCues } from './cues/index.ts';
import { PREFILTER_HEAD_LENGTH, prefilter } from './detect/prefilter.ts';
import { packEvidence } from './detect/evidence.ts';
import { detectIncident } from './detect/score.ts';
import { compileAdjectives, findAdjectives, type AdjectiveMentions } from './entities/adjectives.ts';
import { compileAliases } from './entities/compile.ts';
import { findEntities } from './entities/index.ts';
import { findFacts } from './facts/index.ts';
import { findQuotes } from './quotes/index.ts';
import { Lexicon, type ScannedText } from './text/lexicon.ts';
import { prepareText } from './text/prepare.ts';
import { ANALYSIS_SCHEMA, type Analysis, type ArticleText, type EntityResult, type IncidentMatch } from './types.ts';

interface Candidate {
  pack: Pack;
  match: IncidentMatch;
  entities: EntityResult[];
  adjectives: AdjectiveMentions;
  scanned: ScannedText;
}

const lexicons = new WeakMap<Pack, Lexicon>();

/** Every word list of the pack in one lexicon, walked once per text by every stage (cached per pack). */
export function packLexicon(pack: Pack): Lexicon {
  let lexicon = lexicons.get(pack);
  if (lexicon === undefined) {
    const tries = [compileAliases(pack), compileAdjectives(pack), packEvidence(pack).eventIndex.trie, compileCues(pack).index.trie];
    lexicons.set(pack, (lexicon = new Lexicon(tries)));
  }
  return lexicon;
}

export interface AnalyzeOptions {
  /**
   * Run the cheap prefilter first (default). The extension turns it off: its content
   * script has already prefiltered the page, and a reader who asks for an analysis
   * wants every pack tried, even when the page's opening does not name the incident.
   */
  prefilter?: boolean;
}

export function analyze(article: ArticleText, packs: readonly Pack[], options: AnalyzeOptions = {}): Analysis {
  const { metadata } = article;
  const candidates =
    options.prefilter === false
      ? packs
      : prefilter(
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
    const scanned = packLexicon(pack).scan(doc.folded);
    const entities = findEntities(doc.text, doc.folded, pack, scanned);
    const adjectives = findAdjectives(doc.folded, pack, entities, scanned);
    const match = detectIncident(article, pack, doc, entities, adjectives, scanned);
    if (match !== null && (best === null || match.score > best.match.score)) best = { pack, match, entities, adjectives, scanned };
  }
  if (best === null) return notAnIncident();

  const { pack, match, entities, adjectives, scanned } = best;
  const cues = matchCues(doc, pack, entities, adjectives, scanned);
  return {
    ...base,
    incident: match,
    entities,
    quotes: findQuotes(doc.text, article.blocks, entities, pack),
    claims: findClaims(doc, pack, cues),
    facts: findFacts(pack, cues),
  };
}
