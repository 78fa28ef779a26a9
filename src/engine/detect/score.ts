/**
 * Is this article about the pack's incident? A score in [0, 1] from three facets,
 * each a saturating sum of weighted evidence (`1 - e^-x`):
 * - E, what happened: the pack's event terms;
 * - W, who: the pack's entities, weighted by type;
 * - T, tied together: sentences where a party (see evidence.ts) meets an event
 *   term and another pack entity; parties named together in the title or
 *   metadata (which count more) or in the text. Nothing tying them: TIE_FLOOR.
 * The score is their geometric mean, so an article needs all three: news about
 * Albania without an attack, an Iranian hack elsewhere and MEK news without the
 * attacks all fall short. It is then scaled by how much of the article is about
 * the parties, so another country's cyberattack that mentions this one in
 * passing falls short too, and halved when a story about something else that
 * names a party throughout (Iran's drones) gives the incident one sentence (see
 * isPassingMention). Every term and entity found is kept as evidence for
 * "why am I seeing this?".
 */
import type { EntityType, Pack } from '../../pack/types.ts';
import { findAdjectives, NO_ADJECTIVES, type AdjectiveMentions } from '../entities/adjectives.ts';
import { findEntities } from '../entities/index.ts';
import { fold } from '../text/fold.ts';
import type { ScannedText } from '../text/lexicon.ts';
import type { TextDoc } from '../text/prepare.ts';
import { spanIndexAt } from '../text/sentences.ts';
import type { ArticleText, EntityResult, Evidence, IncidentMatch, Span } from '../types.ts';
import { ENTITY_TYPE_WEIGHT, packEvidence } from './evidence.ts';

/** An article scoring below this is not about the incident. */
export const DETECTION_THRESHOLD = 0.5;

/** A hit in the title or metadata is worth this many extra mentions in the text. */
const TITLE_BONUS = 2;
/** T with nothing tying the event to the parties: strong E and W alone cannot reach the threshold. */
const TIE_FLOOR = 0.1;
/** Parties an article must name together to count as naming "the parties". */
const MIN_PARTIES = 2;
/** Tie evidence of a sentence where an event term meets a party… */
const TIE_SENTENCE = 0.35;
/** …and of one where they meet another pack entity too ("Albania blamed Iran for the cyberattack"). */
const TIE_CROWDED = 0.5;
/** A party's weight as an entity: at least that of an organisation, even for a country. */
const PARTY_WEIGHT = 0.3;
/** A brief this short may give the incident one sentence and still be about it. */
const BRIEF_SENTENCES = 4;
/** The scale of a passing mention's score: strong facets alone must not reach the threshold. */
const PASSING_SCALE = 0.5;
/** A story about something else names the parties its title does not in fewer than this share of its paragraphs. */
const PASSING_SHARE = 1 / 3;

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

/** Where an entity shows in a text: its mentions and adjectives, and the term to show for it. */
interface Presence {
  type: EntityType;
  spans: Span[];
  /** The first mention as the text spells it (an adjective only when there is no mention). */
  term: string;
}

function presence(text: string, entities: readonly EntityResult[], adjectives: AdjectiveMentions, pack: Pack): Map<string, Presence> {
  const found = new Map<string, Presence>();
  for (const entity of entities) {
    const first = entity.mentions[0];
    const term = first === undefined ? entity.name : text.slice(first.start, first.end);
    found.set(entity.id, { type: entity.type, spans: [...entity.mentions], term });
  }
  for (const [id, spans] of adjectives) {
    const known = found.get(id);
    const entity = pack.entities.find((e) => e.id === id);
    const first = spans[0];
    if (known !== undefined) known.spans.push(...spans);
    else if (entity !== undefined && first !== undefined) found.set(id, { type: entity.type, spans: [...spans], term: text.slice(first.start, first.end) });
  }
  return found;
}

/**
 * A passing mention: an article whose title and metadata are about something else
 * (no event term, fewer than two parties) and whose text ties the event to the
 * incident in one paragraph only ("Albania broke off relations this month over a
 * cyberattack it blamed on Iran" in a story about Iran's drones). A party the
 * title already names does not count: with it, an event term is about the
 * title's subject ("Iranian diplomats" in a story about Iran), not about the
 * incident. Paragraphs, not sentences, because a column about the incident may
 * name the event and the other party in different sentences of one paragraph.
 * A short brief is all about its subject, so it is never one; nor is an article
 * that names the other parties in a good share of its paragraphs (PASSING_SHARE)
 * while its event words stay sparse ("the attack", "the attackers" in a long
 * analysis): it is about them, not about something else.
 */
function isPassingMention(
  headSilentOnEvent: boolean,
  headParties: readonly string[],
  otherPartySentences: readonly ReadonlySet<number>[],
  eventSentences: ReadonlySet<number>,
  doc: TextDoc,
  blocks: readonly Span[],
): boolean {
  if (!headSilentOnEvent || headParties.length >= MIN_PARTIES || doc.sentences.length <= BRIEF_SENTENCES) return false;
  // Without paragraphs (plain text), each sentence stands for its own.
  const paragraphOf = (s: number): number => (blocks.length === 0 ? s : spanIndexAt(blocks, doc.sentences[s]?.start ?? -1));
  const withEvent = new Set([...eventSentences].map(paragraphOf));
  const withOtherParty = new Set(otherPartySentences.flatMap((set) => [...set].map(paragraphOf)));
  const paragraphs = blocks.length === 0 ? doc.sentences.length : blocks.length;
  if (withOtherParty.size > PASSING_SHARE * paragraphs) return false;
  return [...withOtherParty].filter((p) => withEvent.has(p)).length <= 1;
}

/** The facet sum of some weighed evidence. */
const total = (items: readonly Weighed[]): number => items.reduce((sum, item) => sum + item.mass, 0);

/** The score and the facets it came from (the facets are for tuning and diagnostics). */
export interface IncidentScore {
  score: number;
  event: number;
  who: number;
  tie: number;
  focus: number;
  evidence: Evidence[];
}

function scoreIncident(
  article: ArticleText,
  pack: Pack,
  doc: TextDoc,
  entities: readonly EntityResult[],
  adjectives: AdjectiveMentions,
  scanned?: ScannedText,
): IncidentScore {
  const { eventIndex, eventTerms, parties } = packEvidence(pack);
  const head = titleText(article);
  const headFolded = fold(head);

  // E: event terms.
  const bodyTerms = eventIndex.find(doc.folded, { wholeWords: true, scanned });
  const headTerms = eventIndex.find(headFolded, { wholeWords: true });
  const eventSentences = new Set<number>();
  const events: Weighed[] = [];
  eventTerms.forEach(({ term, weight }, id) => {
    const body = bodyTerms[id] ?? [];
    const inHead = headTerms[id] ?? [];
    if (body.length === 0 && inHead.length === 0) return;
    for (const s of sentencesOf(body, doc)) eventSentences.add(s);
    const mass = weight * (damp(body.length) + (inHead.length > 0 ? TITLE_BONUS : 0));
    events.push({ evidence: { term, entityId: null, count: body.length + inHead.length }, mass });
  });

  // W: entities, from the text and from the title and metadata, named or by adjective.
  const inBody = presence(doc.text, entities, adjectives, pack);
  const headEntities = findEntities(head, headFolded, pack);
  const inHead = presence(head, headEntities, findAdjectives(headFolded, pack, headEntities), pack);
  const who: Weighed[] = [];
  for (const id of new Set([...inBody.keys(), ...inHead.keys()])) {
    const body = inBody.get(id);
    const title = inHead.get(id);
    const seen = body ?? title;
    if (seen === undefined) continue;
    const count = (body?.spans.length ?? 0) + (title?.spans.length ?? 0);
    const weight = parties.includes(id) ? Math.max(PARTY_WEIGHT, ENTITY_TYPE_WEIGHT[seen.type]) : ENTITY_TYPE_WEIGHT[seen.type];
    const mass = weight * (damp(body?.spans.length ?? 0) + (title !== undefined ? TITLE_BONUS : 0));
    who.push({ evidence: { term: seen.term, entityId: id, count }, mass });
  }

  // T: the event tied to the parties: sentences with an event term, a party and
  // another pack entity; parties named together, in the title or anywhere.
  const partySentences = parties.map((id) => sentencesOf(inBody.get(id)?.spans ?? [], doc));
  const anyParty = new Set(partySentences.flatMap((set) => [...set]));
  const entitiesPerSentence = new Map<number, number>();
  for (const { spans } of inBody.values()) {
    for (const s of sentencesOf(spans, doc)) entitiesPerSentence.set(s, (entitiesPerSentence.get(s) ?? 0) + 1);
  }
  let together = 0;
  for (const s of anyParty) {
    if (eventSentences.has(s)) together += (entitiesPerSentence.get(s) ?? 0) >= 2 ? TIE_CROWDED : TIE_SENTENCE;
  }
  const named = parties.filter((id) => inBody.has(id) || inHead.has(id)).length;
  const namedInHead = parties.filter((id) => inHead.has(id)).length;
  const tie = saturate(together + (named >= MIN_PARTIES ? 0.25 : 0) + (namedInHead >= MIN_PARTIES ? 0.75 : 0));

  // Focus: the share of sentences that name a party (an article titled with the parties is about them).
  const partyFocus = doc.sentences.length === 0 ? 0 : anyParty.size / doc.sentences.length;
  const focus = namedInHead >= MIN_PARTIES ? 1 : Math.min(1, 0.3 + 1.5 * partyFocus);

  const event = saturate(total(events));
  const whoFacet = saturate(total(who));
  const passing = isPassingMention(
    head.trim() !== '' && headTerms.every((spans) => spans === undefined || spans.length === 0),
    parties.filter((id) => inHead.has(id)),
    partySentences.filter((_, i) => !inHead.has(parties[i] ?? '')),
    eventSentences,
    doc,
    article.blocks,
  );
  const score = Math.cbrt(event * whoFacet * Math.max(TIE_FLOOR, tie)) * focus * (passing ? PASSING_SCALE : 1);
  const evidence = [...events, ...who].sort((a, b) => b.mass - a.mass).map((item) => item.evidence);
  return { score, event, who: whoFacet, tie, focus, evidence };
}

export function detectIncident(
  article: ArticleText,
  pack: Pack,
  doc: TextDoc,
  entities: readonly EntityResult[],
  adjectives: AdjectiveMentions = NO_ADJECTIVES,
  scanned?: ScannedText,
): IncidentMatch | null {
  const { score, evidence } = scoreIncident(article, pack, doc, entities, adjectives, scanned);
  if (score < DETECTION_THRESHOLD) return null;
  return { id: pack.id, title: pack.title, score: Math.round(score * 1000) / 1000, evidence };
}
