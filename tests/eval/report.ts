/** Plain-text report of an EvalResult: per language, overall, then the summary against targets. */
import { TARGETS, type EvalResult } from './evaluate.ts';

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
const pad = (s: string, n: number): string => s.padEnd(n);
const check = (ok: boolean): string => (ok ? '✓' : '✗');

export interface SummaryLine {
  name: string;
  value: number;
  target: string;
  ok: boolean;
}

export function summary(result: EvalResult): SummaryLine[] {
  const d = result.detection;
  return [
    { name: 'detection precision', value: d.precision, target: `≥ ${TARGETS.detectionPrecision}`, ok: d.precision >= TARGETS.detectionPrecision },
    { name: 'detection recall', value: d.recall, target: `≥ ${TARGETS.detectionRecall}`, ok: d.recall >= TARGETS.detectionRecall },
    { name: 'quote F1', value: result.quotes.f1, target: `≥ ${TARGETS.quoteF1}`, ok: result.quotes.f1 >= TARGETS.quoteF1 },
    { name: 'speaker accuracy', value: result.speakers.accuracy, target: `≥ ${TARGETS.speakerAccuracy}`, ok: result.speakers.accuracy >= TARGETS.speakerAccuracy },
    { name: 'claim recall', value: result.claims.recall.value, target: `≥ ${TARGETS.claimRecall}`, ok: result.claims.recall.value >= TARGETS.claimRecall },
    { name: 'false claim offers', value: result.claims.offers.rate, target: `≤ ${TARGETS.falseOfferRate}`, ok: result.claims.offers.rate <= TARGETS.falseOfferRate },
  ];
}

export function formatReport(result: EvalResult, verbose: boolean): string {
  const out: string[] = [];
  const d = result.detection;
  out.push(`Sidelight eval — ${result.records} records, incident ${result.incidentId}`, '');

  out.push('Per language', '  lang  n    det P   det R   border  quote P  quote R  quote F1  speaker      claims');
  for (const l of result.perLang) {
    const sp = l.speakers.scored === 0 ? '   -' : `${pct(l.speakers.accuracy)} (${l.speakers.correct}/${l.speakers.scored})`;
    const cl = l.claimRecall.tagged === 0 ? '-' : `${l.claimRecall.found}/${l.claimRecall.tagged}`;
    out.push(
      `  ${pad(l.lang, 5)} ${pad(String(l.records), 4)} ${pad(pct(l.detection.precision), 7)} ${pad(pct(l.detection.recall), 7)} ` +
        `${pad(`${l.detection.borderline.detected}/${l.detection.borderline.total}`, 7)} ${pad(pct(l.quotes.precision), 8)} ` +
        `${pad(pct(l.quotes.recall), 8)} ${pad(pct(l.quotes.f1), 9)} ${pad(sp, 12)} ${cl}`,
    );
  }

  out.push('', 'Detection (positive = incident)');
  out.push(`  TP ${d.tp}  FP ${d.fp}  FN ${d.fn}  precision ${pct(d.precision)}  recall ${pct(d.recall)}`);
  out.push(`  borderline detected: ${d.borderline.detected}/${d.borderline.total}${d.borderline.ids.length ? ` (${d.borderline.ids.join(', ')})` : ''}`);
  for (const id of d.falsePositives) out.push(`  FP ${id}: ${(result.evidence[id] ?? []).join(', ')}`);
  for (const id of d.falseNegatives) out.push(`  FN ${id}`);

  const q = result.quotes;
  out.push('', 'Quotes (incident records; match = ≥80% longest-common-substring overlap, one-to-one)');
  out.push(`  TP ${q.tp}  FP ${q.fp}  FN ${q.fn}  precision ${pct(q.precision)}  recall ${pct(q.recall)}  F1 ${pct(q.f1)}`);
  out.push(`  speakers: ${result.speakers.correct}/${result.speakers.scored} correct (${pct(result.speakers.accuracy)}), gold "unknown" excluded`);

  const c = result.claims;
  out.push('', 'Claims (per corpus tag)');
  for (const t of c.tags) {
    if (t.claimIds.length === 0) {
      out.push(`  ${pad(t.tag, 22)} tagged ${pad(String(t.tagged), 3)} no pack claim`);
      continue;
    }
    out.push(
      `  ${pad(t.tag, 22)} tagged ${pad(String(t.tagged), 3)} found ${pad(String(t.found), 3)} recall ${pad(pct(t.recall), 7)} ` +
        `with counterclaims ${t.withCounterclaims}/${t.found}  → ${t.claimIds.join(', ')}`,
    );
    if (verbose && t.missedIds.length) out.push(`      missed in: ${t.missedIds.join(', ')}`);
  }
  out.push(
    `  offers: ${c.offers.total} (${c.offers.judged} judged, ${c.offers.unjudged} unjudged); ` +
      `false ${c.offers.falseOffers.length} (${pct(c.offers.rate)})`,
  );
  for (const f of c.offers.falseOffers) out.push(`    false offer ${f.claim} on ${f.record} (${f.reason})`);

  if (verbose) {
    out.push('', 'Quote misses (gold not found / predicted not in gold)');
    for (const m of result.misses.quotes) out.push(`  ${m.kind === 'missed' ? '−' : '+'} ${m.record}: «${m.text}»`);
    out.push('', 'Speaker misses (gold vs predicted)');
    for (const m of result.misses.speakers) out.push(`  ${m.record}: «${m.quote}» gold ${m.gold} | predicted ${m.predicted}`);
  }

  out.push('', 'Summary');
  for (const s of summary(result)) out.push(`  ${check(s.ok)} ${pad(s.name, 20)} ${pad(pct(s.value), 7)} target ${s.target}`);
  return out.join('\n');
}
