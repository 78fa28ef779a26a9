/**
 * Quote scoring. A predicted quote matches a gold one when their folded texts (see
 * normalize.ts) overlap by at least 80%, where
 *
 *   overlap(a, b) = |longest common substring of fold(a), fold(b)| / max(|fold(a)|, |fold(b)|)
 *
 * in characters. A common substring rather than shared tokens because it also works for
 * scripts written without spaces (Chinese) and it punishes a quote cut in the wrong place
 * or two quotes merged into one; dividing by the longer side means neither a fragment nor
 * an over-long span can match. Matching is one-to-one, best pairs first.
 */
import { fold } from './normalize.ts';

export const QUOTE_MATCH_THRESHOLD = 0.8;

export function longestCommonSubstring(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        const run = (previous[j - 1] ?? 0) + 1;
        current[j] = run;
        if (run > best) best = run;
      }
    }
    previous = current;
  }
  return best;
}

export function quoteOverlap(a: string, b: string): number {
  const fa = fold(a);
  const fb = fold(b);
  const longer = Math.max(fa.length, fb.length);
  return longer === 0 ? 0 : longestCommonSubstring(fa, fb) / longer;
}

export interface QuotePair {
  gold: number;
  predicted: number;
  overlap: number;
}

export interface QuoteMatching {
  pairs: QuotePair[];
  /** Indexes of gold quotes with no predicted match. */
  missed: number[];
  /** Indexes of predicted quotes with no gold match. */
  spurious: number[];
}

export function matchQuotes(gold: string[], predicted: string[], threshold = QUOTE_MATCH_THRESHOLD): QuoteMatching {
  const candidates: QuotePair[] = [];
  gold.forEach((g, gi) => {
    predicted.forEach((p, pi) => {
      const overlap = quoteOverlap(g, p);
      if (overlap >= threshold) candidates.push({ gold: gi, predicted: pi, overlap });
    });
  });
  candidates.sort((x, y) => y.overlap - x.overlap || x.gold - y.gold || x.predicted - y.predicted);
  const usedGold = new Set<number>();
  const usedPredicted = new Set<number>();
  const pairs: QuotePair[] = [];
  for (const c of candidates) {
    if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
    usedGold.add(c.gold);
    usedPredicted.add(c.predicted);
    pairs.push(c);
  }
  return {
    pairs: pairs.sort((x, y) => x.gold - y.gold),
    missed: gold.map((_, i) => i).filter((i) => !usedGold.has(i)),
    spurious: predicted.map((_, i) => i).filter((i) => !usedPredicted.has(i)),
  };
}

export interface PRF {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Empty denominators count as perfect: nothing to find, nothing wrongly found. */
export function prf(tp: number, fp: number, fn: number): PRF {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}
