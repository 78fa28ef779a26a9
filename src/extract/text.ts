/**
 * Reads the article text out of the root element in one pass: blocks in document order,
 * whitespace collapsed, every kept character mapped back to its text node (TextSegment).
 *
 * The walk is our own loop over child lists rather than a TreeWalker with a NodeFilter
 * callback, which costs ~2 µs per node in Chromium (ENVIRONMENT.md): skipped
 * regions (nav, ads, comments…) are left whole, without visiting their nodes.
 */
import type { Block, BlockKind } from '../engine/types.ts';
import type { TextSegment } from './types.ts';
import { isSkippedElement } from './exclusions.ts';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const BLOCK_SEPARATOR = '\n\n';

/** Elements that make a block of their own, and its kind. */
const BLOCK_KINDS = new Map<string, BlockKind>([
  ['p', 'paragraph'],
  ['pre', 'paragraph'],
  ['h1', 'heading'], ['h2', 'heading'], ['h3', 'heading'],
  ['h4', 'heading'], ['h5', 'heading'], ['h6', 'heading'],
  ['blockquote', 'quote'],
  ['li', 'item'], ['dt', 'item'], ['dd', 'item'],
  ['figcaption', 'caption'], ['caption', 'caption'],
]);

/**
 * Elements that break the flow of text (a line of text cannot run through them). Anything
 * else — a, em, span, custom elements — is inline: "Edi <i>Rama</i>" reads "Edi Rama".
 */
const BREAKING_TAGS = new Set([
  ...BLOCK_KINDS.keys(),
  'address', 'article', 'aside', 'body', 'details', 'div', 'dl', 'fieldset', 'figure',
  'footer', 'header', 'hgroup', 'hr', 'main', 'ol', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'td', 'th', 'ul', 'picture', 'center',
]);

/**
 * Text outside any block element (loose text in a <div>) is kept only when it reads like
 * prose: long enough, or ending a sentence. That drops "Share", "Advertisement", "5 min read".
 */
const MIN_LOOSE_LENGTH = 60;
const SENTENCE_END = /[.!?…"”»'’)]$/;

/** Collapsible whitespace: ASCII space and controls, and the Unicode spaces (NBSP, thin…). */
function isSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x3000
  );
}

/** Invisible characters that would split a word for the engine: soft hyphen, ZWSP, BOM. */
function isInvisible(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0xfeff;
}

/** A collapsed space not yet written: its U+0020 in the page, or null for a synthetic one. */
interface PendingSpace {
  node: Text | null;
  offset: number;
}

const SYNTHETIC_SPACE: PendingSpace = { node: null, offset: -1 };

export interface CollectedText {
  text: string;
  blocks: Block[];
  segments: TextSegment[];
}

class TextCollector {
  private readonly parts: string[] = [];
  private length = 0;
  readonly blocks: Block[] = [];
  readonly segments: TextSegment[] = [];

  /** The block being filled; `open` is false between blocks. */
  private open = false;
  private blockStart = 0;
  private blockKind: BlockKind = 'paragraph';
  private blockLoose = false;
  /** State before the open block (and its separator), to drop a loose block that is not prose. */
  private undoParts = 0;
  private undoLength = 0;
  private undoSegments = 0;
  private pending: PendingSpace | null = null;

  /** The kinds of the block elements we are inside, innermost last. */
  readonly kinds: BlockKind[] = [];

  get textLength(): number {
    return this.length;
  }

  /** Inside a block: a cut here would split a paragraph. */
  get inBlock(): boolean {
    return this.open;
  }

  /** Ends the current block: an element boundary was crossed. */
  breakBlock(): void {
    if (!this.open) return;
    this.open = false;
    this.pending = null;
    const text = this.parts.length > 0 ? (this.parts[this.parts.length - 1] ?? '') : '';
    if (this.blockLoose && this.length - this.blockStart < MIN_LOOSE_LENGTH && !SENTENCE_END.test(text)) {
      this.parts.length = this.undoParts;
      this.segments.length = this.undoSegments;
      this.length = this.undoLength;
      return;
    }
    this.blocks.push({ start: this.blockStart, end: this.length, kind: this.blockKind });
  }

  /** A <br>: a space, unless one is already due. */
  lineBreak(): void {
    if (this.open && this.pending === null) this.pending = SYNTHETIC_SPACE;
  }

  addText(node: Text): void {
    const data = node.data;
    const n = data.length;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) {
        let spaceAt = c === 32 ? i : -1;
        let j = i + 1;
        for (; j < n; j++) {
          const d = data.charCodeAt(j);
          if (!isSpace(d)) break;
          if (spaceAt < 0 && d === 32) spaceAt = j;
        }
        // Leading whitespace of a block is dropped; a run that continues across nodes keeps
        // its first real space.
        if (this.open && (this.pending === null || (this.pending.node === null && spaceAt >= 0))) {
          this.pending = spaceAt >= 0 ? { node, offset: spaceAt } : SYNTHETIC_SPACE;
        }
        i = j;
      } else if (isInvisible(c)) {
        i++;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = data.charCodeAt(j);
          if (isSpace(d) || isInvisible(d)) break;
          j++;
        }
        this.emitWord(node, i, j);
        i = j;
      }
    }
  }

  private emitWord(node: Text, from: number, to: number): void {
    if (!this.open) this.openBlock();
    const pending = this.pending;
    if (pending !== null) {
      this.pending = null;
      if (pending.node !== null) this.emit(pending.node, pending.offset, pending.offset + 1);
      else this.append(' ');
    }
    this.emit(node, from, to);
  }

  private openBlock(): void {
    this.undoParts = this.parts.length;
    this.undoLength = this.length;
    this.undoSegments = this.segments.length;
    if (this.length > 0) this.append(BLOCK_SEPARATOR);
    this.open = true;
    this.blockStart = this.length;
    this.blockLoose = this.kinds.length === 0;
    this.blockKind = this.currentKind();
  }

  /** The innermost kind, except that a paragraph inside a quote or a caption takes theirs. */
  private currentKind(): BlockKind {
    for (let i = this.kinds.length - 1; i >= 0; i--) {
      const k = this.kinds[i];
      if (k !== undefined && k !== 'paragraph') return k;
    }
    return 'paragraph';
  }

  private append(synthetic: string): void {
    this.parts.push(synthetic);
    this.length += synthetic.length;
  }

  private emit(node: Text, from: number, to: number): void {
    const last = this.segments[this.segments.length - 1];
    if (
      last !== undefined && last.node === node && last.end === this.length &&
      last.nodeOffset + (last.end - last.start) === from
    ) {
      last.end += to - from;
    } else {
      this.segments.push({ node, start: this.length, end: this.length + (to - from), nodeOffset: from });
    }
    this.parts.push(from === 0 && to === node.data.length ? node.data : node.data.slice(from, to));
    this.length += to - from;
  }

  finish(): CollectedText {
    this.breakBlock();
    return { text: this.parts.join(''), blocks: this.blocks, segments: this.segments };
  }
}

/**
 * Reads the blocks of `root` in document order, resumably: `step(n)` visits at most `n`
 * nodes, so a caller in a live page can yield between slices of a huge document. With
 * `maxLength`, the walk stops at the first block boundary past that many characters
 * (`truncated` then says so).
 */
export class TextWalk {
  readonly #out = new TextCollector();
  readonly #root: Element;
  readonly #maxLength: number;
  #articleDepth: number;
  #truncated = false;
  // An explicit stack (deep pages must not overflow the call stack) of child-list iterators:
  // O(1) per step in Chromium and in happy-dom, whose nextSibling is an indexOf and whose
  // indexed NodeList access goes through a Proxy.
  readonly #stack: { el: Element; children: Iterator<ChildNode> }[];

  constructor(root: Element, maxLength = Number.POSITIVE_INFINITY) {
    this.#root = root;
    this.#maxLength = maxLength;
    this.#articleDepth = root.closest('article') !== null ? 1 : 0;
    this.#stack = [{ el: root, children: root.childNodes[Symbol.iterator]() }];
  }

  get truncated(): boolean {
    return this.#truncated;
  }

  /** Visits up to `budget` nodes; true when the walk is over. */
  step(budget: number): boolean {
    const out = this.#out;
    const stack = this.#stack;
    for (let visited = 0; visited < budget; visited++) {
      const frame = stack[stack.length - 1];
      if (frame === undefined) return true;
      const step = frame.children.next();
      const node = step.done === true ? undefined : step.value;
      if (node === undefined) {
        stack.pop();
        if (frame.el !== this.#root) this.#leave(frame.el);
        if (out.textLength > this.#maxLength && !out.inBlock) {
          this.#truncated = stack.length > 0;
          stack.length = 0;
          return true;
        }
      } else if (node.nodeType === TEXT_NODE) {
        out.addText(node as Text);
      } else if (node.nodeType === ELEMENT_NODE && !isSkippedElement(node as Element, this.#articleDepth > 0)) {
        this.#enter(node as Element);
        stack.push({ el: node as Element, children: node.childNodes[Symbol.iterator]() });
      }
    }
    return stack.length === 0;
  }

  finish(): CollectedText {
    return this.#out.finish();
  }

  #enter(el: Element): void {
    const tag = el.localName;
    if (tag === 'article') this.#articleDepth++;
    if (tag === 'br') this.#out.lineBreak();
    else if (BREAKING_TAGS.has(tag)) this.#out.breakBlock();
    const kind = BLOCK_KINDS.get(tag);
    if (kind !== undefined) this.#out.kinds.push(kind);
  }

  #leave(el: Element): void {
    const tag = el.localName;
    if (tag === 'article') this.#articleDepth--;
    if (BREAKING_TAGS.has(tag)) this.#out.breakBlock();
    if (BLOCK_KINDS.has(tag)) this.#out.kinds.pop();
  }
}
