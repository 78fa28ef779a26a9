/**
 * Which element holds the article. Marked-up roots first (schema.org articleBody, the
 * `<article>` with the most paragraph text, `<main>`), then a readability-lite score:
 * the element whose paragraphs hold the most text.
 */
import { isSkippedElement } from './exclusions.ts';

/** Below this much paragraph text a marked-up candidate is probably a teaser card, not the story. */
const MIN_ROOT_TEXT = 200;

/** Paragraph text inside an element (the length of its <p> contents). */
function paragraphTextLength(el: Element): number {
  let total = 0;
  for (const p of el.getElementsByTagName('p')) total += (p.textContent ?? '').length;
  return total;
}

function allTextLength(el: Element): number {
  return (el.textContent ?? '').length;
}

/** The candidate with the most text (as `measure` counts it), if it has enough. */
function richest(
  candidates: ArrayLike<Element>,
  measure: (el: Element) => number = paragraphTextLength,
): Element | null {
  if (candidates.length === 0) return null;
  let best: Element | null = null;
  let bestLength = -1;
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i];
    if (el === undefined) continue;
    const length = measure(el);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return bestLength >= MIN_ROOT_TEXT ? best : null;
}

/** Is `el` inside a region that is never the article (nav, comments, ads…)? */
function inSkippedRegion(el: Element, stop: Element): boolean {
  for (let cur = el.parentElement; cur !== null && cur !== stop; cur = cur.parentElement) {
    if (isSkippedElement(cur, true)) return true;
  }
  return false;
}

/**
 * Readability-lite: each paragraph credits its text length to its parent and half of it
 * to its grandparent; the best-credited element wins. Used only for pages without markup.
 */
function bestScored(body: Element): Element | null {
  const scores = new Map<Element, number>();
  const credit = (el: Element | null, points: number): void => {
    if (el !== null) scores.set(el, (scores.get(el) ?? 0) + points);
  };
  for (const p of body.getElementsByTagName('p')) {
    const length = (p.textContent ?? '').trim().length;
    // Short lines are labels and buttons, not prose.
    if (length < 25 || inSkippedRegion(p, body)) continue;
    credit(p.parentElement, length);
    credit(p.parentElement?.parentElement ?? null, length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

export function findArticleRoot(doc: Document): Element {
  const body = doc.body ?? doc.documentElement;
  return (
    // articleBody is explicit markup: trust it even when its text is not in <p>s.
    richest(doc.querySelectorAll('[itemprop~="articleBody"]'), allTextLength) ??
    richest(doc.getElementsByTagName('article')) ??
    richest(doc.getElementsByTagName('main')) ??
    bestScored(body) ??
    body
  );
}

/**
 * The same choice without reading any paragraph text: the first marked-up candidate.
 * For the prefilter, which must not scan the page.
 */
export function findArticleRootCheaply(doc: Document): Element {
  return (
    doc.querySelector('[itemprop~="articleBody"]') ??
    doc.querySelector('article') ??
    doc.querySelector('main') ??
    doc.body ??
    doc.documentElement
  );
}
