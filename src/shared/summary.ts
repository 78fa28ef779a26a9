/** One summary of a match, for the popup, the badge and the tab's status. */
import type { Analysis } from '../engine/types.ts';
import type { MatchSummary } from './messages.ts';

/** Null when the analysis matched no incident. */
export function summarize(analysis: Analysis): MatchSummary | null {
  const { incident } = analysis;
  if (!incident) return null;
  return {
    id: incident.id,
    title: incident.title,
    score: incident.score,
    counts: {
      names: analysis.entities.filter((e) => e.mentions.length > 0).length,
      quotes: analysis.quotes.length,
      claims: analysis.claims.length,
      facts: analysis.facts.filter((f) => f.inArticle).length,
    },
  };
}
