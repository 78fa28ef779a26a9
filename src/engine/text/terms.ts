/**
 * Terms: each term is a set of alternatives matched at the start of a word of
 * the folded text — as prefixes ("attack" also finds "attacks") for cue terms,
 * or as whole words for the pack's event terms, which list their inflected forms
 * or end with "*" to take any ending ("siber saldırı*" for Turkish's many cases) —
 * all terms of an index in one pass.
 */
import { isWordEnd } from './chars.ts';
import { fold } from './fold.ts';
import { Trie } from './trie.ts';
import type { Span } from '../types.ts';

/** The mark that opens an alternative's end: "kibernetik*" matches "kibernetike". */
export const OPEN_END = '*';

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

  get size(): number {
    return this.#ids.size;
  }

  /**
   * For each term id, the spans where one of its alternatives occurs, in text order.
   * With `wholeWords`, an alternative must also end a word (no prefix matches)
   * unless it ends with OPEN_END.
   */
  find(folded: string, { wholeWords = false } = {}): Span[][] {
    const found: Span[][] = Array.from({ length: this.#ids.size }, () => []);
    this.#trie.scan(folded, (hits, start) => {
      for (const hit of hits) {
        const wordEnd = !wholeWords || isWordEnd(folded, hit.end);
        for (const { id, open } of hit.values) {
          if (!wordEnd && !open) continue;
          const spans = found[id];
          // Two alternatives of one term at the same start ("attack", "attacks"): count once.
          if (spans !== undefined && spans.at(-1)?.start !== hit.start) spans.push({ start: hit.start, end: hit.end });
        }
      }
      return start + 1;
    });
    return found;
  }
}
