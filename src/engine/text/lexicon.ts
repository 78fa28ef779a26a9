/**
 * Several tries walked as one. A pack has four word lists (aliases, adjective
 * stems, event terms, cue terms), each in its own trie with its own rules for
 * what a hit means and where the next walk may start. Scanning the text four
 * times costs four walks at every word start; merging the tries costs one walk,
 * recorded, then replayed for each list.
 *
 * A replay gives a list's consumer exactly what a scan of its own trie would:
 * the merged trie holds every path of every list (so it walks at least as far),
 * a hit is passed on only where the list itself has a key, with that key's own
 * values array, and the consumer's choice of where to resume is honoured.
 */
import { Trie, type OnStart, type TrieHit, type Walks } from './trie.ts';

/** The values one list has for a key of the merged trie. */
interface LayerValues {
  layer: number;
  values: readonly unknown[];
}

/**
 * One list's hits in a merged walk, in text order (hits at one start together,
 * shortest first), as parallel arrays: its replay reads these and nothing else.
 */
class ListHits {
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly values: (readonly unknown[])[] = [];

  push(start: number, end: number, values: readonly unknown[]): void {
    this.starts.push(start);
    this.ends.push(end);
    this.values.push(values);
  }
}

export class Lexicon {
  readonly #tries: readonly Trie<unknown>[];
  readonly #merged = new Trie<LayerValues>();

  constructor(tries: readonly Trie<unknown>[]) {
    this.#tries = tries;
    tries.forEach((trie, layer) => {
      for (const [key, values] of trie.entries()) this.#merged.add(key, { layer, values });
    });
  }

  /** Walk `folded` once for all the lists. */
  scan(folded: string): ScannedText {
    const lists = this.#tries.map(() => new ListHits());
    this.#merged.scan(folded, (hits, start) => {
      for (const hit of hits) {
        for (const { layer, values } of hit.values) lists[layer]?.push(start, hit.end, values);
      }
      return start + 1;
    });
    return new ScannedText(folded, this.#tries, lists);
  }
}

/** One text's merged walk, replayable for each list of the lexicon. */
export class ScannedText {
  readonly #folded: string;
  readonly #tries: readonly Trie<unknown>[];
  readonly #lists: readonly ListHits[];

  constructor(folded: string, tries: readonly Trie<unknown>[], lists: readonly ListHits[]) {
    this.#folded = folded;
    this.#tries = tries;
    this.#lists = lists;
  }

  /**
   * The walks of `trie` over `folded`: a replay of this scan when it covered
   * both, else a scan of the trie's own.
   */
  walks<T>(trie: Trie<T>, folded: string): Walks<T> {
    const list = this.#lists[this.#tries.indexOf(trie)];
    if (list === undefined || folded !== this.#folded) return (onStart) => trie.scan(folded, onStart);
    return (onStart) => replay(list, onStart);
  }
}

/**
 * Call `onStart` with the hits at each start, as `Trie.scan` would: from where
 * the previous call said the next walk may begin.
 */
function replay<T>({ starts, ends, values }: ListHits, onStart: OnStart<T>): void {
  let next = 0;
  for (let k = 0; k < starts.length; ) {
    const start = starts[k] ?? 0;
    const hits: TrieHit<T>[] = [];
    for (; k < starts.length && starts[k] === start; k++) {
      // The list's values come from `trie`, whose values are T (see Lexicon's constructor).
      if (start >= next) hits.push({ start, end: ends[k] ?? start, values: (values[k] ?? []) as readonly T[] });
    }
    if (hits.length > 0) next = Math.max(start + 1, onStart(hits, start));
  }
}

/** The walks of `trie` over `folded`: replayed from `scanned` when given (see `ScannedText.walks`). */
export function walksOf<T>(trie: Trie<T>, folded: string, scanned?: ScannedText): Walks<T> {
  return scanned?.walks(trie, folded) ?? ((onStart) => trie.scan(folded, onStart));
}
