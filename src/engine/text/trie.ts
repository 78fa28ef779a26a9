/**
 * A trie over folded strings, walked from every word start of a folded text: one
 * pass finds every key that occurs there. The work is bounded by the text length
 * times the longest key (in practice one or two steps per word), never by the
 * number of keys — the property that keeps the engine linear with a big pack.
 *
 * The scan visits every character, so the per-character test must be a couple of
 * array reads: a bitmap of the keys' first code units rejects most characters
 * before any word-boundary check or map lookup. Below the root, nodes have one or
 * two children, so a short linear search beats a Map.
 */
import { isWordStart } from './chars.ts';

interface Node<T> {
  /** Code units of the edges, parallel to `children`. */
  codes: number[];
  children: Node<T>[];
  values: T[];
}

export interface TrieHit<T> {
  start: number;
  /** Exclusive end of the key in the text. */
  end: number;
  values: readonly T[];
}

/** What a scan calls at each word start with hits; returns where the next walk may begin. */
export type OnStart<T> = (hits: readonly TrieHit<T>[], start: number) => number;

/** The walks of a trie over one text, ready to run (see `Trie.scan`): a live scan or a replay. */
export type Walks<T> = (onStart: OnStart<T>) => void;

const SPACE = 0x20;

function newNode<T>(): Node<T> {
  return { codes: [], children: [], values: [] };
}

function childOf<T>(node: Node<T>, code: number): Node<T> | undefined {
  const { codes } = node;
  for (let k = 0; k < codes.length; k++) if (codes[k] === code) return node.children[k];
  return undefined;
}

/** Whitespace a key's single space may stand for: a run with at most one line break. */
function isBlank(code: number): boolean {
  return code === SPACE || code === 0x0A || code === 0x09 || code === 0x0D;
}

export class Trie<T> {
  /** The root's children: its fan-out is the whole alphabet of first letters. */
  readonly #first = new Map<number, Node<T>>();
  /** One bit per UTF-16 code unit: does some key start with it? */
  readonly #firstBits = new Uint32Array(0x10000 >>> 5);
  /**
   * Hits of the current walk, reused from one walk to the next (the scan would
   * otherwise allocate one object per match).
   */
  readonly #pool: TrieHit<T>[] = [];

  /** Add `key` (already folded; inner whitespace runs are collapsed to one space). */
  add(key: string, value: T): void {
    const normal = key.trim().replace(/\s+/g, ' ');
    if (normal === '') return;
    const head = normal.charCodeAt(0);
    let node: Node<T> | undefined = this.#first.get(head);
    if (node === undefined) {
      this.#first.set(head, (node = newNode()));
      this.#firstBits[head >>> 5]! |= 1 << (head & 31);
    }
    for (let i = 1; i < normal.length; i++) {
      const code = normal.charCodeAt(i);
      let child: Node<T> | undefined = childOf(node, code);
      if (child === undefined) {
        child = newNode();
        node.codes.push(code);
        node.children.push(child);
      }
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Walk `folded` from every word start and call `onStart` with the keys found
   * there, shortest first (the array and its items are reused: read them during
   * the call only). `onStart` returns where the next walk may begin: the end of a
   * match it keeps (no overlapping matches) or the position after the start.
   * Returns the number of steps taken, a work counter for tests.
   */
  scan(folded: string, onStart: OnStart<T>): number {
    const bits = this.#firstBits;
    const hits: TrieHit<T>[] = [];
    let steps = 0;
    for (let i = 0; i < folded.length; ) {
      steps++;
      const code = folded.charCodeAt(i);
      if ((bits[code >>> 5]! & (1 << (code & 31))) === 0 || !isWordStart(folded, i)) {
        i++;
        continue;
      }
      steps += this.#walk(folded, i, hits);
      i = hits.length > 0 ? Math.max(i + 1, onStart(hits, i)) : i + 1;
    }
    return steps;
  }

  /** Every key (normalised) with its values, for merging tries (see lexicon.ts). */
  *entries(): Generator<[key: string, values: readonly T[]]> {
    const stack: [string, Node<T>][] = [...this.#first].map(([code, node]) => [String.fromCharCode(code), node]);
    for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
      const [key, node] = top;
      if (node.values.length > 0) yield [key, node.values];
      node.children.forEach((child, k) => stack.push([key + String.fromCharCode(node.codes[k] ?? 0), child]));
    }
  }

  /** Fill `hits` with the keys that start at `start`; returns the steps taken past the first unit. */
  #walk(folded: string, start: number, hits: TrieHit<T>[]): number {
    if (hits.length > 0) hits.length = 0;
    let node = this.#first.get(folded.charCodeAt(start));
    let steps = 0;
    let j = start + 1;
    while (node !== undefined) {
      if (node.values.length > 0) hits.push(this.#hit(hits.length, start, j, node.values));
      if (j >= folded.length) break;
      const code = folded.charCodeAt(j);
      let child = childOf(node, code);
      if (child === undefined && isBlank(code)) {
        child = childOf(node, SPACE);
        if (child !== undefined) j = skipBlank(folded, j);
      } else {
        j++;
      }
      steps++;
      node = child;
    }
    return steps;
  }

  /** The pooled hit object for position `k` of a walk's hits, set to these values. */
  #hit(k: number, start: number, end: number, values: readonly T[]): TrieHit<T> {
    let hit = this.#pool[k];
    if (hit === undefined) this.#pool.push((hit = { start, end, values }));
    hit.start = start;
    hit.end = end;
    hit.values = values;
    return hit;
  }
}

/** The end of a whitespace run that holds at most one line break, from `j`. */
function skipBlank(text: string, j: number): number {
  let breaks = 0;
  let k = j;
  while (k < text.length && isBlank(text.charCodeAt(k))) {
    if (text.charCodeAt(k) === 0x0A && ++breaks > 1) return j + 1;
    k++;
  }
  return k;
}
