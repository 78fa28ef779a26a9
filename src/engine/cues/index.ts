/**
 * Cues (see `Cue` in src/pack/types.ts): which sentences mention a fact or a
 * claim. All cue terms of a pack are compiled once (cached per pack) and found in
 * one pass; "@id" alternatives are the entity mentions already found.
 */
import type { Cue, Pack } from '../../pack/types.ts';
import { SpanCursor, spanIndexesOf } from '../text/sentences.ts';
import type { ScannedText } from '../text/lexicon.ts';
import { TermIndex } from '../text/terms.ts';
import type { TextDoc } from '../text/prepare.ts';
import { NO_ADJECTIVES, type AdjectiveMentions } from '../entities/adjectives.ts';
import type { EntityResult } from '../types.ts';
import { intersect, union, type SortedIndexes } from './sorted.ts';

/** A cue term: the id of its text alternatives (if any) and the entities it names. */
interface CompiledTerm {
  textId: number | null;
  entityIds: readonly string[];
}

interface CompiledCues {
  index: TermIndex;
  terms: Map<string, CompiledTerm>;
}

const compiled = new WeakMap<Pack, CompiledCues>();

function compileTerm(index: TermIndex, term: string): CompiledTerm {
  const alternatives = term.split('|').map((alt) => alt.trim()).filter((alt) => alt !== '');
  const words = alternatives.filter((alt) => !alt.startsWith('@'));
  return {
    textId: words.length > 0 ? index.add(words) : null,
    entityIds: alternatives.filter((alt) => alt.startsWith('@')).map((alt) => alt.slice(1)),
  };
}

/** The pack's cue terms in one index (cached per pack). */
export function compileCues(pack: Pack): CompiledCues {
  let cues = compiled.get(pack);
  if (cues !== undefined) return cues;
  const index = new TermIndex();
  const terms = new Map<string, CompiledTerm>();
  for (const item of [...pack.claims, ...pack.facts]) {
    for (const term of item.cues.flat()) {
      if (!terms.has(term)) terms.set(term, compileTerm(index, term));
    }
  }
  cues = { index, terms };
  compiled.set(pack, cues);
  return cues;
}

export interface CueMatcher {
  /** Indexes (into `doc.sentences`) of the sentences that satisfy at least one cue, ascending. */
  sentencesMatching(cues: readonly Cue[]): number[];
}

/** For each term id of `index`, the sentences where it occurs, from one pass over the text. */
function termSentences(doc: TextDoc, index: TermIndex, scanned?: ScannedText): number[][] {
  const found: number[][] = Array.from({ length: index.size }, () => []);
  const cursor = new SpanCursor(doc.sentences);
  index.each(doc.folded, { scanned }, (id, start) => {
    const sentence = cursor.indexAt(start);
    const sentences = found[id];
    // Occurrences come in text order: a repeat in the same sentence is the last one.
    if (sentence >= 0 && sentences !== undefined && sentences.at(-1) !== sentence) sentences.push(sentence);
  });
  return found;
}

/** Entity id → the sentences that name it or use one of its adjectives. */
function entitySentences(doc: TextDoc, entities: readonly EntityResult[], adjectives: AdjectiveMentions): Map<string, SortedIndexes> {
  const found = new Map<string, SortedIndexes>(entities.map((entity) => [entity.id, spanIndexesOf(doc.sentences, entity.mentions)]));
  for (const [id, spans] of adjectives) found.set(id, union([found.get(id) ?? [], spanIndexesOf(doc.sentences, spans)]));
  return found;
}

/**
 * `adjectives` count for "@id" terms too: "Albanian officials" satisfies "@albania".
 * `scanned`: the pack's lexicon walked over the text already (see analyze.ts).
 */
export function matchCues(
  doc: TextDoc,
  pack: Pack,
  entities: readonly EntityResult[],
  adjectives: AdjectiveMentions = NO_ADJECTIVES,
  scanned?: ScannedText,
): CueMatcher {
  const { index, terms } = compileCues(pack);
  const textHits = termSentences(doc, index, scanned);
  const entityHits = entitySentences(doc, entities, adjectives);

  /** Sentences where the term occurs (cached per term string for this text). */
  const cache = new Map<string, SortedIndexes>();
  const sentencesFor = (term: string): SortedIndexes => {
    let found = cache.get(term);
    if (found !== undefined) return found;
    const compiledTerm = terms.get(term);
    found =
      compiledTerm === undefined
        ? []
        : union([
            compiledTerm.textId === null ? [] : (textHits[compiledTerm.textId] ?? []),
            ...compiledTerm.entityIds.map((id) => entityHits.get(id) ?? []),
          ]);
    cache.set(term, found);
    return found;
  };

  return {
    sentencesMatching(cues) {
      const matched = cues.filter((cue) => cue.length > 0).map((cue) => intersect(cue.map(sentencesFor)));
      return [...union(matched)];
    },
  };
}
