/**
 * Runs extract + analyze over corpus records and scores the results. Kept apart from the
 * command line (eval.ts) and the printing (report.ts).
 */
import { analyze } from '../../src/engine/analyze.ts';
import type { Analysis } from '../../src/engine/types.ts';
import { extractArticle } from '../../src/extract/index.ts';
import type { Pack } from '../../src/pack/types.ts';
import type { GoldQuote, Label, RecordWithText } from './corpus.ts';
import { buildPage } from './page.ts';
import { scoreClaims, type ClaimItem, type ClaimScore } from './score-claims.ts';
import { scoreDetection, type DetectionScore } from './score-detection.ts';
import { matchQuotes, prf, type PRF } from './score-quotes.ts';
import { isScorableSpeaker, speakerAgrees, type AliasLookup } from './score-speakers.ts';

export const TARGETS = {
  detectionPrecision: 0.98,
  detectionRecall: 0.95,
  quoteF1: 0.95,
  speakerAccuracy: 0.93,
  claimRecall: 0.9,
  falseOfferRate: 0.05,
} as const;

export interface RecordOutcome {
  id: string;
  lang: string;
  label: Label;
  analysis: Analysis;
}

export async function analyzeRecord(record: RecordWithText, packs: readonly Pack[]): Promise<RecordOutcome> {
  const page = buildPage(record);
  try {
    const { article } = extractArticle(page.document, { url: record.url });
    return { id: record.id, lang: record.lang, label: record.label, analysis: analyze(article, packs) };
  } finally {
    await page.close();
  }
}

export function aliasLookup(packs: readonly Pack[]): AliasLookup {
  const names = new Map<string, string[]>();
  for (const pack of packs) {
    for (const entity of pack.entities) {
      names.set(entity.id, [...(names.get(entity.id) ?? []), entity.name, ...Object.values(entity.aliases).flat()]);
    }
  }
  return (id) => names.get(id) ?? [];
}

export interface QuoteMiss {
  record: string;
  kind: 'missed' | 'spurious';
  text: string;
}

export interface SpeakerMiss {
  record: string;
  quote: string;
  gold: string;
  predicted: string;
}

export interface SpeakerScore {
  scored: number;
  correct: number;
  accuracy: number;
}

export interface LangScores {
  lang: string;
  records: number;
  detection: DetectionScore;
  quotes: PRF;
  speakers: SpeakerScore;
  claimRecall: { tagged: number; found: number };
}

export interface EvalResult {
  incidentId: string;
  records: number;
  detection: DetectionScore;
  /** Top evidence terms of each detected record, for the false-positive listing. */
  evidence: Record<string, string[]>;
  quotes: PRF;
  speakers: SpeakerScore;
  claims: ClaimScore;
  perLang: LangScores[];
  misses: { quotes: QuoteMiss[]; speakers: SpeakerMiss[] };
}

function speakerName(q: Analysis['quotes'][number]): string {
  if (q.speaker === null) return '(none)';
  return q.speaker.entityId !== null ? `${q.speaker.name} [${q.speaker.entityId}]` : q.speaker.name;
}

function short(text: string, max = 90): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

interface QuoteTally {
  tp: number;
  fp: number;
  fn: number;
  scored: number;
  correct: number;
}

/** Quotes are labelled only on incident records (see the corpus README). */
function tallyQuotes(
  outcome: RecordOutcome,
  gold: GoldQuote[],
  aliases: AliasLookup,
  misses: EvalResult['misses'],
): QuoteTally {
  const predicted = outcome.analysis.quotes;
  const matching = matchQuotes(
    gold.map((g) => g.quote),
    predicted.map((p) => p.text),
  );
  for (const i of matching.missed) misses.quotes.push({ record: outcome.id, kind: 'missed', text: short(gold[i]?.quote ?? '') });
  for (const i of matching.spurious) misses.quotes.push({ record: outcome.id, kind: 'spurious', text: short(predicted[i]?.text ?? '') });
  let scored = 0;
  let correct = 0;
  for (const pair of matching.pairs) {
    const g = gold[pair.gold];
    const p = predicted[pair.predicted];
    if (g === undefined || p === undefined || !isScorableSpeaker(g)) continue;
    scored++;
    if (speakerAgrees(g, p.speaker, aliases)) correct++;
    else misses.speakers.push({ record: outcome.id, quote: short(g.quote, 60), gold: g.speaker, predicted: speakerName(p) });
  }
  return { tp: matching.pairs.length, fp: matching.spurious.length, fn: matching.missed.length, scored, correct };
}

export function scoreOutcomes(
  records: readonly RecordWithText[],
  outcomes: readonly RecordOutcome[],
  packs: readonly Pack[],
  incidentId: string,
  claimTags: Readonly<Record<string, readonly string[]>>,
): EvalResult {
  const aliases = aliasLookup(packs);
  const packClaims = new Set(packs.filter((p) => p.id === incidentId).flatMap((p) => p.claims.map((c) => c.id)));
  const byId = new Map(records.map((r) => [r.id, r]));
  const misses: EvalResult['misses'] = { quotes: [], speakers: [] };
  const evidence: Record<string, string[]> = {};

  const detected = (o: RecordOutcome): boolean => o.analysis.incident?.id === incidentId;
  const tallies = new Map<string, QuoteTally>();
  const claimItems: ClaimItem[] = [];
  for (const o of outcomes) {
    const record = byId.get(o.id);
    if (record === undefined) continue;
    const incident = o.analysis.incident;
    if (incident !== null) {
      evidence[o.id] = [...incident.evidence]
        .sort((a, b) => b.count - a.count)
        .slice(0, 4)
        .map((e) => `${e.term}×${e.count}`);
    }
    if (record.label === 'incident') tallies.set(o.id, tallyQuotes(o, record.quotes, aliases, misses));
    claimItems.push({
      id: o.id,
      lang: o.lang,
      label: o.label,
      tags: record.claims,
      offered: detected(o) ? o.analysis.claims.map((c) => ({ id: c.id, counterclaims: c.counterclaims.length })) : [],
    });
  }

  const sumQuotes = (ids: Set<string>): { quotes: PRF; speakers: SpeakerScore } => {
    let tp = 0, fp = 0, fn = 0, scored = 0, correct = 0;
    for (const [id, t] of tallies) {
      if (!ids.has(id)) continue;
      tp += t.tp; fp += t.fp; fn += t.fn; scored += t.scored; correct += t.correct;
    }
    return { quotes: prf(tp, fp, fn), speakers: { scored, correct, accuracy: scored === 0 ? 1 : correct / scored } };
  };
  const detectionItems = outcomes.map((o) => ({ id: o.id, label: o.label, detected: detected(o) }));
  const claims = scoreClaims(claimItems, claimTags, packClaims);

  const langs = [...new Set(outcomes.map((o) => o.lang))].sort();
  const perLang: LangScores[] = langs.map((lang) => {
    const ids = new Set(outcomes.filter((o) => o.lang === lang).map((o) => o.id));
    const langClaims = scoreClaims(claimItems.filter((c) => ids.has(c.id)), claimTags, packClaims);
    return {
      lang,
      records: ids.size,
      detection: scoreDetection(detectionItems.filter((d) => ids.has(d.id))),
      ...sumQuotes(ids),
      claimRecall: { tagged: langClaims.recall.tagged, found: langClaims.recall.found },
    };
  });
  return {
    incidentId,
    records: outcomes.length,
    detection: scoreDetection(detectionItems),
    evidence,
    ...sumQuotes(new Set(outcomes.map((o) => o.id))),
    claims,
    perLang,
    misses,
  };
}
