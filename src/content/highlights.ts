/**
 * Paints entity mentions without touching the page's nodes: one CSS Custom Highlight
 * per entity type (styled in highlights.css). Where the API is missing, mentions are
 * wrapped in <sidelight-mark> elements that teardown removes again.
 */
import type { EntityType } from '../pack/types.ts';

export interface Mark {
  entityId: string;
  type: EntityType;
  /** Index of this mention among the entity's mentions. */
  index: number;
  range: Range;
}

const ACTIVE = 'sidelight-active';
const highlightName = (type: EntityType) => `sidelight-${type}`;

export function hasHighlightApi(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Highlighter {
  readonly #names = new Set<string>();
  readonly #wrappers: Element[] = [];
  #flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly doc: Document) {}

  paint(marks: readonly Mark[]): void {
    this.clear();
    if (hasHighlightApi()) this.#paintHighlights(marks);
    else this.#wrap(marks);
  }

  /** Briefly emphasise one mention (after "show mention" from the panel). */
  flash(range: Range): void {
    if (!hasHighlightApi()) return;
    clearTimeout(this.#flashTimer);
    CSS.highlights.set(ACTIVE, new Highlight(range));
    this.#names.add(ACTIVE);
    this.#flashTimer = setTimeout(() => CSS.highlights.delete(ACTIVE), 1600);
  }

  clear(): void {
    clearTimeout(this.#flashTimer);
    if (hasHighlightApi()) for (const name of this.#names) CSS.highlights.delete(name);
    this.#names.clear();
    for (const el of this.#wrappers.splice(0)) {
      const parent = el.parentNode;
      if (!parent) continue;
      el.replaceWith(...el.childNodes);
      parent.normalize();
    }
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
      CSS.highlights.set(name, new Highlight(...ranges));
      this.#names.add(name);
    }
  }

  /** Fallback: wrap each single-node mention; later marks first so earlier offsets stay valid. */
  #wrap(marks: readonly Mark[]): void {
    const sorted = [...marks].sort((a, b) =>
      a.range.startContainer === b.range.startContainer
        ? b.range.startOffset - a.range.startOffset
        : 0,
    );
    for (const m of sorted) {
      if (m.range.startContainer !== m.range.endContainer) continue;
      const el = this.doc.createElement('sidelight-mark');
      el.setAttribute('data-entity', m.entityId);
      m.range.surroundContents(el);
      this.#wrappers.push(el);
    }
  }
}
