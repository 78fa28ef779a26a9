/**
 * Is this article about the pack's incident? A score in [0, 1] from three facets,
 * each a saturating sum of weighted evidence (`1 - e^-x`):
 * - E, what happened: the pack's event terms;
 * - W, who: the pack's entities, weighted by type;
 * - T, tied together: sentences where the parties meet an event term, the parties
 *   named together (in the title or metadata, which count more, or in the text),
 *   signature terms.
 * The score is their geometric mean, so an article needs all three (news about
 * Albania without an attack, an Iranian hack elsewhere, MEK news without the
 * attacks all fall short), scaled down when few sentences name any pack entity
 * (another country's cyberattack that mentions this one in passing).
 * Every term and entity found is kept as evidence for "why am I seeing this?".
 */
import type { Pack } from '../../pack/types.ts';
import { findEntities } from '../entities/index.ts';
import { fold } from '../text/fold.ts';
import type { TextDoc } from '../text/prepare.ts';
import { spanIndexAt } from '../text/sentences.ts';
import type { ArticleText, EntityResult, Evidence, IncidentMatch, Span } from '../types.ts';
import { ENTITY_TYPE_WEIGHT, SIGNATURE_WEIGHT, packEvidence } from './evidence.ts';

/** An article scoring below this is not about the incident. */
export const DETECTION_THRESHOLD = 0.5;

/** A hit in the title or metadata is worth this many extra mentions in the text. */
const TITLE_BONUS = 2;
/** T never drops below this, so very strong E and W can still carry an article. */
const TIE_FLOOR = 0.1;

const saturate = (x: number): number => 1 - Math.exp(-x);
/** Repeated mentions add evidence with diminishing returns. */
const damp = (count: number): number => (count === 0 ? 0 : 1 + Math.log(count));

interface Weighed {
  evidence: Evidence;
  mass: number;
}

function titleText(article: ArticleText): string {
  const { description, keywords } = article.metadata;
  return [article.title ?? '', description ?? '', keywords.join(', ')].join('\n');
}

function sentencesOf(spans: readonly Span[], doc: TextDoc): Set<number> {
  return new Set(spans.map((s) => spanIndexAt(doc.sentences, s.start)).filter((i) => i >= 0));
}

export function detectIncident(article: ArticleText, pack: Pack, doc: TextDoc, entities: readonly EntityResult[]): IncidentMatch | null {
  const { eventIndex, eventTerms, parties } = packEvidence(pack);
  const head = titleText(article);
  const headFolded = fold(head);

  // E: event terms.
  const bodyTerms = eventIndex.find(doc.folded);
  const headTerms = eventIndex.find(headFolded);
  const eventSentences = new Set<number>();
  const events: Weighed[] = [];
  let signatures = 0;
  eventTerms.forEach(({ term, weight }, id) => {
    const body = bodyTerms[id] ?? [];
    const inHead = (headTerms[id]?.length ?? 0) > 0;
    if (body.length === 0 && !inHead) return;
    for (const s of sentencesOf(body, doc)) eventSentences.add(s);
    if (weight >= SIGNATURE_WEIGHT) signatures += weight;
    const count = body.length + (headTerms[id]?.length ?? 0);
    events.push({ evidence: { term, entityId: null, count }, mass: weight * (damp(body.length) + (inHead ? TITLE_BONUS : 0)) });
  });

  // W: entities.
  const headEntities = new Map(findEntities(head, headFolded, pack).map((e) => [e.id, e]));
  const who: Weighed[] = [];
  const seen = new Set<string>();
  for (const entity of [...entities, ...headEntities.values()]) {
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    const body = entities.find((e) => e.id === entity.id)?.mentions ?? [];
    const inHead = headEntities.get(entity.id);
    const first = body[0] ?? inHead?.mentions[0];
    const term = first === undefined ? entity.name : (body[0] !== undefined ? doc.text : head).slice(first.start, first.end);
    const count = body.length + (inHead?.mentions.length ?? 0);
    const mass = ENTITY_TYPE_WEIGHT[entity.type] * (damp(body.length) + (inHead !== undefined ? TITLE_BONUS : 0));
    who.push({ evidence: { term, entityId: entity.id, count }, mass });
  }

  // T: the parties together, with an event term.
  const partySentences = parties.map((id) => sentencesOf(entities.find((e) => e.id === id)?.mentions ?? [], doc));
  const [firstParty, ...otherParties] = partySentences;
  let together = 0;
  for (const s of firstParty ?? []) {
    if (eventSentences.has(s) && otherParties.every((set) => set.has(s))) together++;
  }
  const partiesInText = parties.length > 0 && partySentences.every((set) => set.size > 0);
  const partiesInHead = parties.length > 0 && parties.every((id) => headEntities.has(id));
  const tie = 0.5 * together + (partiesInHead ? 1 : partiesInText ? 0.5 : 0) + signatures;

  const sum = (items: readonly Weighed[]): number => items.reduce((total, item) => total + item.mass, 0);
  const e = saturate(sum(events));
  const w = saturate(sum(who));
  const t = Math.max(TIE_FLOOR, saturate(tie));
  const mentioned = new Set(entities.flatMap((entity) => [...sentencesOf(entity.mentions, doc)])).size;
  const focus = doc.sentences.length === 0 ? 0 : mentioned / doc.sentences.length;
  const score = Math.cbrt(e * w * t) * Math.min(1, 0.5 + focus);
  console.log("DBG", {e, w, t, focus, score, together});
  if (score < DETECTION_THRESHOLD) return null;

  const evidence = [...events, ...who].sort((a, b) => b.mass - a.mass).map((item) => item.evidence);
  return { id: pack.id, title: pack.title, score: Math.round(score * 1000) / 1000, evidence };
}
