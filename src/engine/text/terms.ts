/**
 * Terms: each term is a set of alternatives matched at the start of a word of
 * the folded text — as prefixes ("attack" also finds "attacks") for cue terms,
 * or as whole words for the pack's event terms, which list their inflected forms —
 * all terms of an index in one pass.
 */
import { isWordEnd } from './chars.ts';
import { fold } from './fold.ts';
import { Trie } from './trie.ts';
import type { Span } from '../types.ts';

export class TermIndex {
  readonly #trie = new Trie<number>();
  readonly #ids = new Map<string, number>();

  /** The id of the term with these (unfolded) alternatives, registering it on first use. */
  add(alternatives: readonly string[]): number {
    const folded = [...new Set(alternatives.map((alt) => fold(alt.trim())).filter((alt) => alt !== ''))];
    const key = folded.sort().join('|');
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = this.#ids.size;
      this.#ids.set(key, id);
      for (const alt of folded) this.#trie.add(alt, id);
    }
    return id;
  }

  get size(): number {
    return this.#ids.size;
  }

  /**
   * For each term id, the spans where one of its alternatives occurs, in text order.
   * With `wholeWords`, an alternative must also end a word (no prefix matches).
   */
  find(folded: string, { wholeWords = false } = {}): Span[][] {
    const found: Span[][] = Array.from({ length: this.#ids.size }, () => []);
    this.#trie.scan(folded, (hits, start) => {
      for (const hit of hits) {
        if (wholeWords && !isWordEnd(folded, hit.end)) continue;
        for (const id of hit.values) {
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
