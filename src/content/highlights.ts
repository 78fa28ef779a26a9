/**
 * Paints entity mentions without touching the page's nodes: one CSS Custom Highlight
 * per entity type (styled in highlights.css). Where the API is missing, mentions are
 * wrapped in <sidelight-mark> elements, and teardown puts the page's own text nodes
 * back exactly as they were.
 */
import type { EntityType } from '../pack/types.ts';
import { rangePieces } from './ranges.ts';

export interface Mark {
  entityId: string;
  type: EntityType;
  /** Index of this mention among the entity's mentions. */
  index: number;
  /** Live range over the mention; the fallback moves it onto its wrappers. */
  range: Range;
}

const ACTIVE = 'sidelight-active';
const FLASH_MS = 1600;
const MARK_TAG = 'sidelight-mark';
const highlightName = (type: EntityType) => `sidelight-${type}`;

function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** A page text node the fallback replaced, and what stands in its place. */
interface Replacement {
  original: Text;
  nodes: ChildNode[];
}

export interface HighlighterOptions {
  /**
   * Paint with the Highlight API (the default where it exists). False forces the
   * wrapper fallback, so tests can exercise it in a browser that has the API.
   */
  useHighlightApi?: boolean;
}

export class Highlighter {
  readonly #doc: Document;
  readonly #api: boolean;
  readonly #highlights = new Map<string, Highlight>();
  readonly #replacements: Replacement[] = [];
  readonly #wrappersOf = new Map<Mark, Element[]>();
  #flashTimer: ReturnType<typeof setTimeout> | undefined;
  #flashed: Element[] = [];

  constructor(doc: Document, { useHighlightApi = hasHighlightApi() }: HighlighterOptions = {}) {
    this.#doc = doc;
    this.#api = useHighlightApi;
  }

  get usesHighlightApi(): boolean {
    return this.#api;
  }

  paint(marks: readonly Mark[]): void {
    this.clear();
    if (this.#api) this.#paintHighlights(marks);
    else this.#wrap(marks);
  }

  /**
   * Stops painting these marks (their text changed under them). The Highlight API case
   * only; wrappers are the page's nodes now and go with a repaint.
   */
  drop(marks: Iterable<Mark>): void {
    for (const mark of marks) this.#highlights.get(highlightName(mark.type))?.delete(mark.range);
  }

  /** Briefly emphasise one mention (after "show mention" from the panel). */
  flash(mark: Mark): void {
    this.#endFlash();
    if (this.#api) {
      CSS.highlights.set(ACTIVE, new Highlight(mark.range));
    } else {
      this.#flashed = this.#wrappersOf.get(mark) ?? [];
      for (const el of this.#flashed) el.setAttribute('data-active', '');
    }
    this.#flashTimer = setTimeout(() => this.#endFlash(), FLASH_MS);
  }

  clear(): void {
    this.#endFlash();
    if (this.#api) for (const name of this.#highlights.keys()) CSS.highlights.delete(name);
    this.#highlights.clear();
    this.#unwrap();
  }

  #endFlash(): void {
    clearTimeout(this.#flashTimer);
    if (this.#api) CSS.highlights.delete(ACTIVE);
    for (const el of this.#flashed) el.removeAttribute('data-active');
    this.#flashed = [];
  }

  #paintHighlights(marks: readonly Mark[]): void {
    const byType = new Map<EntityType, Range[]>();
    for (const m of marks) {
      const list = byType.get(m.type) ?? [];
      list.push(m.range);
      byType.set(m.type, list);
    }
    for (const [type, ranges] of byType) {
      const name = highlightName(type);
      const highlight = new Highlight(...ranges);
      CSS.highlights.set(name, highlight);
      this.#highlights.set(name, highlight);
    }
  }

  /**
   * Fallback: each page text node holding mentions is replaced by new nodes — plain text
   * for the gaps, a <sidelight-mark> per mention piece — and kept aside, untouched, for
   * teardown. A name across elements (`Edi <i>Rama</i>`) gets one wrapper per piece.
   */
  #wrap(marks: readonly Mark[]): void {
    const byNode = new Map<Text, { from: number; to: number; mark: Mark }[]>();
    for (const mark of marks) {
      for (const piece of rangePieces(mark.range)) {
        const list = byNode.get(piece.node) ?? [];
        list.push({ from: piece.from, to: piece.to, mark });
        byNode.set(piece.node, list);
      }
    }
    const wrapped = new Map<Mark, Text[]>();
    for (const [original, pieces] of byNode) {
      if (original.parentNode === null) continue;
      pieces.sort((a, b) => a.from - b.from);
      const data = original.data;
      const nodes: ChildNode[] = [];
      let at = 0;
      for (const { from, to, mark } of pieces) {
        if (from < at) continue; // overlapping mentions: the first one wins
        if (from > at) nodes.push(this.#doc.createTextNode(data.slice(at, from)));
        const el = this.#doc.createElement(MARK_TAG);
        el.setAttribute('data-entity', mark.entityId);
        el.setAttribute('data-type', mark.type);
        const inner = this.#doc.createTextNode(data.slice(from, to));
        el.append(inner);
        nodes.push(el);
        const list = wrapped.get(mark) ?? [];
        list.push(inner);
        wrapped.set(mark, list);
        const wrappers = this.#wrappersOf.get(mark) ?? [];
        wrappers.push(el);
        this.#wrappersOf.set(mark, wrappers);
        at = to;
      }
      if (at < data.length) nodes.push(this.#doc.createTextNode(data.slice(at)));
      original.replaceWith(...nodes);
      this.#replacements.push({ original, nodes });
    }
    // The page's node is out of the document now: the mark's range follows its wrappers.
    for (const [mark, inner] of wrapped) {
      const first = inner[0];
      const last = inner[inner.length - 1];
      if (first === undefined || last === undefined) continue;
      mark.range.setStart(first, 0);
      mark.range.setEnd(last, last.length);
    }
  }

  /** Puts every replaced page node back where its stand-ins are (unless the page moved them). */
  #unwrap(): void {
    for (const { original, nodes } of this.#replacements.splice(0)) {
      const first = nodes[0];
      const parent = first?.parentNode;
      if (!first || !parent || nodes.some((n) => n.parentNode !== parent)) continue;
      parent.insertBefore(original, first);
      for (const node of nodes) node.remove();
    }
    this.#wrappersOf.clear();
  }
}
