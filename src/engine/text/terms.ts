/**
 * Terms: each term is a set of alternatives matched at the start of a word of
 * the folded text — as prefixes ("attack" also finds "attacks") for cue terms,
 * or as whole words for the pack's event terms, which list their inflected forms
 * or end with "*" to take any ending ("siber saldırı*" for Turkish's many cases) —
 * all terms of an index in one pass.
 */
import { isWordEnd } from './chars.ts';
import { fold } from './fold.ts';
import { walksOf, type ScannedText } from './lexicon.ts';
import { Trie } from './trie.ts';
import type { Span } from '../types.ts';

/** The mark that opens an alternative's end: "kibernetik*" matches "kibernetike". */
const OPEN_END = '*';

export interface FindOptions {
  wholeWords?: boolean;
  /** The text walked already with a lexicon that holds this index's trie (see lexicon.ts). */
  scanned?: ScannedText;
}

interface Alternative {
  id: number;
  /** Ends with OPEN_END: matches as a prefix even when whole words are asked for. */
  open: boolean;
}

export class TermIndex {
  readonly #trie = new Trie<Alternative>();
  readonly #ids = new Map<string, number>();

  /** The id of the term with these (unfolded) alternatives, registering it on first use. */
  add(alternatives: readonly string[]): number {
    const folded = [...new Set(alternatives.map((alt) => fold(alt.trim())).filter((alt) => alt !== '' && alt !== OPEN_END))];
    const key = folded.sort().join('|');
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(key, id);
      for (const alt of folded) {
        const open = alt.endsWith(OPEN_END);
        this.#trie.add(open ? alt.slice(0, -OPEN_END.length) : alt, { id, open });
      }
    }
    return id;
  }

  /** The alternatives, for merging into a lexicon. */
  get trie(): Trie<Alternative> {
    return this.#trie;
  }

  get size(): number {
    return this.#ids.size;
  }

  /**
   * Call `onMatch` for every occurrence of a term, in text order. With
   * `wholeWords`, an alternative must also end a word (no prefix matches) unless
   * it ends with OPEN_END. Two alternatives of one term at the same start
   * ("attack", "attacks") count once: the shortest.
   */
  each(folded: string, { wholeWords = false, scanned }: FindOptions, onMatch: (id: number, start: number, end: number) => void): void {
    // The start of each term's last occurrence: the same start again is a longer alternative.
    const lastStart = new Int32Array(this.#ids.size).fill(-1);
    walksOf(this.#trie, folded, scanned)((hits, start) => {
      for (const hit of hits) {
        const wordEnd = !wholeWords || isWordEnd(folded, hit.end);
        for (const { id, open } of hit.values) {
          if ((!wordEnd && !open) || lastStart[id] === hit.start) continue;
          lastStart[id] = hit.start;
          onMatch(id, hit.start, hit.end);
        }
      }
      return start + 1;
    });
  }

  /** For each term id, the spans where one of its alternatives occurs, in text order (see `each`). */
  find(folded: string, options: FindOptions = {}): Span[][] {
    const found: Span[][] = Array.from({ length: this.#ids.size }, () => []);
    this.each(folded, options, (id, start, end) => found[id]?.push({ start, end }));
    return found;
  }
}
