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

/**
 * Where a run of words stops: at a character that is whitespace (isSpace; JS's \s is the
 * same set plus the BOM) or invisible, except for a lone U+0020 followed by more words.
 * One native scan finds it; the walk looks at single characters only around such stops.
 */
const RUN_END = /[^\S ]|[\u00ad\u200b]| (?![^\s\u00ad\u200b])/g;

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
  /**
   * A collapsed space not yet written (it is written only if more words follow in the
   * block): the page's U+0020 at `spaceOffset` in `spaceNode`, or a synthetic one when
   * `spaceNode` is null.
   */
  private spaceDue = false;
  private spaceNode: Text | null = null;
  private spaceOffset = 0;

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
    this.spaceDue = false;
    // Every piece ends with a word: the last one ends the block's text.
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
    if (this.open && !this.spaceDue) this.dueSpace(null, 0);
  }

  /**
   * Copies `node` in as few pieces as possible: a run of words separated by lone U+0020
   * spaces needs no collapsing, so it is taken whole (most text nodes are one run).
   */
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
        if (this.open && (!this.spaceDue || (this.spaceNode === null && spaceAt >= 0))) {
          this.dueSpace(spaceAt >= 0 ? node : null, spaceAt);
        }
        i = j;
      } else if (isInvisible(c)) {
        i++;
      } else {
        RUN_END.lastIndex = i + 1;
        // Every RUN_END match is one character long.
        const end = RUN_END.test(data) ? RUN_END.lastIndex - 1 : n;
        this.addRun(node, i === 0 && end === n ? data : data.slice(i, end), i);
        i = end;
      }
    }
  }

  private dueSpace(node: Text | null, offset: number): void {
    this.spaceDue = true;
    this.spaceNode = node;
    this.spaceOffset = offset;
  }

  /** Words of `node` (`run`, from `offset` in it), after the space due before them. */
  private addRun(node: Text, run: string, offset: number): void {
    if (!this.open) this.openBlock();
    if (this.spaceDue) {
      this.spaceDue = false;
      // A space from the page is a U+0020 by construction.
      if (this.spaceNode !== null) this.emit(this.spaceNode, ' ', this.spaceOffset);
      else this.append(' ');
    }
    this.emit(node, run, offset);
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

  /** `piece` is node.data from `offset` on: a new segment, or the last one extended. */
  private emit(node: Text, piece: string, offset: number): void {
    const length = piece.length;
    const last = this.segments[this.segments.length - 1];
    if (
      last !== undefined && last.node === node && last.end === this.length &&
      last.nodeOffset + (last.end - last.start) === offset
    ) {
      last.end += length;
    } else {
      this.segments.push({ node, start: this.length, end: this.length + length, nodeOffset: offset });
    }
    this.parts.push(piece);
    this.length += length;
  }

  finish(): CollectedText {
    this.breakBlock();
    return { text: this.parts.join(''), blocks: this.blocks, segments: this.segments };
  }
}

/**
 * Children past this many are read by index. Chromium's nextSibling is cheap and its
 * childNodes list costs an allocation per element, so short child lists (nearly all) are
 * read by nextSibling; happy-dom's nextSibling is an indexOf in the parent, so reading a
 * long child list that way would be quadratic. Linear in both, with one code path.
 */
const SIBLINGS_BEFORE_INDEX = 32;

/** One open element of the walk. */
interface Frame {
  el: Element;
  /** How many children were visited, and the last of them while reading by nextSibling. */
  visited: number;
  child: ChildNode | null;
  /** el.childNodes, once the walk reads it by index. */
  list: NodeListOf<ChildNode> | null;
  /** Its tag's effect on blocks, looked up once on the way in and reused on the way out. */
  breaks: boolean;
  kind: BlockKind | undefined;
  article: boolean;
}

function nextChild(frame: Frame): ChildNode | null {
  const visited = frame.visited++;
  if (frame.list === null) {
    if (visited === 0) return (frame.child = frame.el.firstChild);
    if (visited < SIBLINGS_BEFORE_INDEX) return (frame.child = frame.child?.nextSibling ?? null);
    frame.list = frame.el.childNodes;
  }
  return frame.list.item(visited);
}

/**
 * Reads the blocks of `root` in document order, resumably: `step(n)` visits at most `n`
 * nodes, so a caller in a live page can yield between slices of a huge document. With
 * `maxLength`, the walk stops at the first block boundary past that many characters
 * (`truncated` then says so).
 */
export class TextWalk {
  readonly #out = new TextCollector();
  readonly #maxLength: number;
  #articleDepth: number;
  #truncated = false;
  /**
   * The open elements, innermost at `#depth - 1`: an explicit stack, as deep pages must not
   * overflow the call stack. Frames past the depth are kept for reuse: a page has tens of
   * thousands of elements but only a few levels.
   */
  readonly #frames: Frame[];
  #depth = 1;

  constructor(root: Element, maxLength = Number.POSITIVE_INFINITY) {
    this.#maxLength = maxLength;
    this.#articleDepth = root.closest('article') !== null ? 1 : 0;
    // The root's own tag never opens or closes a block: the walk is inside it throughout.
    this.#frames = [{ el: root, child: null, visited: 0, list: null, breaks: false, kind: undefined, article: false }];
  }

  get truncated(): boolean {
    return this.#truncated;
  }

  /** Visits up to `budget` nodes; true when the walk is over. */
  step(budget: number): boolean {
    this.#resume();
    const out = this.#out;
    for (let visited = 0; visited < budget && this.#depth > 0; visited++) {
      const frame = this.#frames[this.#depth - 1]!;
      const node = nextChild(frame);
      if (node === null) {
        this.#depth--;
        this.#leave(frame);
        if (out.textLength > this.#maxLength && !out.inBlock) {
          this.#truncated = this.#depth > 0;
          this.#depth = 0;
        }
        continue;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE) out.addText(node as Text);
      else if (type === ELEMENT_NODE) {
        const tag = (node as Element).localName;
        if (!isSkippedElement(node as Element, this.#articleDepth > 0, tag)) this.#enter(node as Element, tag);
      }
    }
    return this.#depth === 0;
  }

  finish(): CollectedText {
    return this.#out.finish();
  }

  /**
   * Between slices the live page may have moved a node the walk stands on; its nextSibling
   * would then lead into another part of the page. Its old parent is read on by index
   * instead, as a live child list would be.
   */
  #resume(): void {
    for (let d = 0; d < this.#depth; d++) {
      const frame = this.#frames[d]!;
      if (frame.list === null && frame.child !== null && frame.child.parentNode !== frame.el) {
        frame.list = frame.el.childNodes;
      }
    }
  }

  #enter(el: Element, tag: string): void {
    const article = tag === 'article';
    if (article) this.#articleDepth++;
    const breaks = BREAKING_TAGS.has(tag);
    if (tag === 'br') this.#out.lineBreak();
    else if (breaks) this.#out.breakBlock();
    const kind = BLOCK_KINDS.get(tag);
    if (kind !== undefined) this.#out.kinds.push(kind);
    const frame = this.#frames[this.#depth];
    if (frame === undefined) {
      this.#frames.push({ el, child: null, visited: 0, list: null, breaks, kind, article });
    } else {
      frame.el = el;
      frame.child = null;
      frame.visited = 0;
      frame.list = null;
      frame.breaks = breaks;
      frame.kind = kind;
      frame.article = article;
    }
    this.#depth++;
  }

  #leave(frame: Frame): void {
    if (frame.article) this.#articleDepth--;
    if (frame.breaks) this.#out.breakBlock();
    if (frame.kind !== undefined) this.#out.kinds.pop();
  }
}
