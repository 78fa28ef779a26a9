/**
 * A trie over folded strings, walked from every word start of a folded text: one
 * pass finds every key that occurs there. The work is bounded by the text length
 * times the longest key (in practice one or two steps per word), never by the
 * number of keys — the property that keeps the engine linear with a big pack.
 */
import { isWordStart } from './chars.ts';

interface Node<T> {
  next: Map<number, Node<T>>;
  values: T[];
}

export interface TrieHit<T> {
  start: number;
  /** Exclusive end of the key in the text. */
  end: number;
  values: readonly T[];
}

const SPACE = 0x20;

function newNode<T>(): Node<T> {
  return { next: new Map(), values: [] };
}

/** Whitespace a key's single space may stand for: a run with at most one line break. */
function isBlank(code: number): boolean {
  return code === SPACE || code === 0x0A || code === 0x09 || code === 0x0D;
}

export class Trie<T> {
  readonly #root: Node<T> = newNode();

  /** Add `key` (already folded; inner whitespace runs are collapsed to one space). */
  add(key: string, value: T): void {
    const normal = key.trim().replace(/\s+/g, ' ');
    if (normal === '') return;
    let node = this.#root;
    for (let i = 0; i < normal.length; i++) {
      const code = normal.charCodeAt(i);
      let child = node.next.get(code);
      if (child === undefined) node.next.set(code, (child = newNode()));
      node = child;
    }
    node.values.push(value);
  }

  /**
   * Walk `folded` from every word start and call `onStart` with the keys found
   * there, shortest first (the array is reused: read it during the call only).
   * `onStart` returns where the next walk may begin: the end of a match it keeps
   * (no overlapping matches) or the position after the start. Returns the number
   * of steps taken, a work counter for tests.
   */
  scan(folded: string, onStart: (hits: readonly TrieHit<T>[], start: number) => number): number {
    let steps = 0;
    const hits: TrieHit<T>[] = [];
    for (let i = 0; i < folded.length; ) {
      steps++;
      const first = this.#root.next.get(folded.charCodeAt(i));
      if (first === undefined || !isWordStart(folded, i)) {
        i++;
        continue;
      }
      hits.length = 0;
      let node: Node<T> = first;
      let j = i + 1;
      for (;;) {
        if (node.values.length > 0) hits.push({ start: i, end: j, values: node.values });
        if (j >= folded.length) break;
        const code = folded.charCodeAt(j);
        let child = node.next.get(code);
        if (child === undefined && isBlank(code)) {
          child = node.next.get(SPACE);
          if (child !== undefined) j = skipBlank(folded, j);
        } else {
          j++;
        }
        steps++;
        if (child === undefined) break;
        node = child;
      }
      i = hits.length > 0 ? Math.max(i + 1, onStart(hits, i)) : i + 1;
    }
    return steps;
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
