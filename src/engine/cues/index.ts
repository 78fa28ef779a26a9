/**
 * Cues (see `Cue` in src/pack/types.ts): which sentences mention a fact or a
 * claim. All cue terms of a pack are compiled once (cached per pack) and found in
 * one pass; "@id" alternatives are the entity mentions already found.
 */
import type { Cue, Pack } from '../../pack/types.ts';
import { spanIndexAt } from '../text/sentences.ts';
import { TermIndex } from '../text/terms.ts';
import type { TextDoc } from '../text/prepare.ts';
import { NO_ADJECTIVES, type AdjectiveMentions } from '../entities/adjectives.ts';
import type { EntityResult } from '../types.ts';

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

function compileCues(pack: Pack): CompiledCues {
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

/** `adjectives` count for "@id" terms too: "Albanian officials" satisfies "@albania". */
export function matchCues(doc: TextDoc, pack: Pack, entities: readonly EntityResult[], adjectives: AdjectiveMentions = NO_ADJECTIVES): CueMatcher {
  const { index, terms } = compileCues(pack);
  const sentencesOf = (spans: readonly { start: number }[]): Set<number> =>
    new Set(spans.map((span) => spanIndexAt(doc.sentences, span.start)).filter((i) => i >= 0));
  const textHits = index.find(doc.folded).map(sentencesOf);
  const entityHits = new Map(entities.map((entity) => [entity.id, sentencesOf(entity.mentions)]));
  for (const [id, spans] of adjectives) {
    const hits = entityHits.get(id) ?? new Set<number>();
    for (const s of sentencesOf(spans)) hits.add(s);
    entityHits.set(id, hits);
  }
  const empty = new Set<number>();

  /** Sentences where the term occurs (cached per term string for this text). */
  const termSentences = new Map<string, Set<number>>();
  const sentencesFor = (term: string): Set<number> => {
    let found = termSentences.get(term);
    if (found !== undefined) return found;
    const compiledTerm = terms.get(term);
    found = new Set<number>();
    if (compiledTerm !== undefined) {
      const parts = [
        compiledTerm.textId === null ? empty : (textHits[compiledTerm.textId] ?? empty),
        ...compiledTerm.entityIds.map((id) => entityHits.get(id) ?? empty),
      ];
      for (const part of parts) for (const s of part) found.add(s);
    }
    termSentences.set(term, found);
    return found;
  };

  return {
    sentencesMatching(cues) {
      const matched = new Set<number>();
      for (const cue of cues) {
        if (cue.length === 0) continue;
        const sets = cue.map(sentencesFor).sort((a, b) => a.size - b.size);
        const [smallest, ...rest] = sets;
        for (const s of smallest ?? empty) if (rest.every((set) => set.has(s))) matched.add(s);
      }
      return [...matched].sort((a, b) => a - b);
    },
  };
}
