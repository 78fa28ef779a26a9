/**
 * Everything attribution reads, computed once per text: tokens, paragraphs and quotations,
 * entity mentions sorted by offset, and the speech cues that stand outside quotations.
 */
import type { EntityResult, Span } from '../types.ts';
import { HONORIFIC_GENDER, cuesStartingWith, type Cue } from './lexicon.ts';
import { Layout } from './layout.ts';
import type { MarkedSpan } from './marks.ts';
import { onlySpace, type TokenList } from './tokens.ts';
import { firstNotBefore } from '../text/search.ts';

export interface MentionRef extends Span {
  entity: EntityResult;
}

/** A speech cue found in the text: tokens `first`..`last` (inclusive). */
export interface CueHit {
  first: number;
  last: number;
  cue: Cue;
}

export class Article {
  readonly text: string;
  readonly tokens: TokenList;
  readonly layout: Layout;
  /** Entity mentions sorted by start. */
  readonly mentions: readonly MentionRef[];
  /** Cue hits outside quotations, in order. */
  readonly hits: readonly CueHit[];
  /** Indexes of the honorifics outside quotations ("Mr", "Frau"), in order. */
  readonly honorifics: number[] = [];
  private readonly hitByToken = new Map<number, CueHit>();

  constructor(text: string, paragraphs: readonly Span[], quotes: readonly MarkedSpan[], tokens: TokenList,
    entities: readonly EntityResult[]) {
    this.text = text;
    this.tokens = tokens;
    this.layout = new Layout(text, paragraphs, quotes);
    this.mentions = entities
      .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    this.hits = this.findHits(quotes);
    for (const hit of this.hits) {
      for (let i = hit.first; i <= hit.last; i++) this.hitByToken.set(i, hit);
    }
  }

  /**
   * One pass over the words outside quotations: the cue hits, and the honorifics ("Mrs Anna
   * Smith") the speakers step reads — the only two things that need every word's key.
   */
  private findHits(quotes: readonly MarkedSpan[]): CueHit[] {
    const hits: CueHit[] = [];
    const tokens = this.tokens;
    let q = 0;
    // The last token of the latest hit: a cue does not start inside another.
    let covered = -1;
    for (let i = 0; i < tokens.length; i++) {
      const start = tokens.start(i);
      // Quotes are sorted and disjoint: a moving pointer says whether the token is quoted.
      while (q < quotes.length && (quotes[q]?.after ?? 0) <= start) q++;
      const quote = quotes[q];
      if (quote !== undefined && quote.open <= start) continue;
      const key = tokens.key(i);
      if (HONORIFIC_GENDER.has(key)) this.honorifics.push(i);
      if (i <= covered) continue;
      for (const cue of cuesStartingWith(key)) {
        const last = this.matchCue(i, cue);
        if (last < 0) continue;
        hits.push({ first: i, last, cue });
        covered = last;
        break;
      }
    }
    return hits;
  }

  private matchCue(i: number, cue: Cue): number {
    const first = this.tokens.at(i);
    // "The United States condemns…": a capitalised word is a name, not the verb "states"
    // (sentence-initial "According to" and "Sipas" are the exception).
    if (first === undefined || (first.cap && cue.kind === 'verb')) return -1;
    for (let w = 1; w < cue.words.length; w++) {
      const prev = this.tokens.at(i + w - 1);
      const token = this.tokens.at(i + w);
      if (prev === undefined || token === undefined || token.key !== cue.words[w]) return -1;
      if (!onlySpace(this.text, prev.end, token.start)) return -1;
    }
    return i + cue.words.length - 1;
  }

  /** The cue hit that covers token `i`, if any. */
  hitAt(i: number): CueHit | undefined {
    return this.hitByToken.get(i);
  }

  /** Mentions overlapping [start, end), in order. */
  mentionsIn(start: number, end: number): MentionRef[] {
    const { mentions } = this;
    // A mention that starts a little before `start` can still overlap it.
    let from = firstNotBefore(mentions.length, (i) => mentions[i]!.start < start);
    while (from > 0 && (this.mentions[from - 1]?.end ?? 0) > start) from--;
    const found: MentionRef[] = [];
    for (let k = from; k < this.mentions.length; k++) {
      const m = this.mentions[k];
      if (m === undefined || m.start >= end) break;
      if (m.end > start) found.push(m);
    }
    return found;
  }

  /** Is `pos` inside a quotation (marks included)? */
  quoted(pos: number): boolean {
    return this.layout.spanAt(pos) !== null;
  }
}
