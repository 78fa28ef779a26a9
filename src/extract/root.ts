/**
 * Which element holds the article. Marked-up roots first (schema.org articleBody, the
 * `<article>` with the most paragraph text, `<main>`), then a readability-lite score:
 * the element whose paragraphs hold the most text.
 */
import { isSkippedElement } from './exclusions.ts';

/** Below this much paragraph text a marked-up candidate is probably a teaser card, not the story. */
const MIN_ROOT_TEXT = 200;

/**
 * How much text `el` holds, counting only what `measure` counts, and stopping once `cap`
 * is reached: the caller needs the exact length only to compare candidates.
 */
type Measure = (el: Element, cap: number) => number;

/** Paragraph text inside an element (the length of its <p> contents). */
const paragraphTextLength: Measure = (el, cap) => {
  let total = 0;
  // By item(), not for…of: Chromium's iterator asks for the length first, which counts
  // every <p> of the element even when the cap is reached at the second.
  const paragraphs = el.getElementsByTagName('p');
  for (let i = 0, p = paragraphs.item(0); p !== null && total < cap; p = paragraphs.item(++i)) {
    total += (p.textContent ?? '').length;
  }
  return total;
};

const allTextLength: Measure = (el) => (el.textContent ?? '').length;

/**
 * The candidate with the most text (as `measure` counts it), if it has enough. A lone
 * candidate needs only to reach the minimum: on a huge page its text is not read.
 */
function richest(candidates: ArrayLike<Element>, measure: Measure = paragraphTextLength): Element | null {
  const cap = candidates.length === 1 ? MIN_ROOT_TEXT : Number.POSITIVE_INFINITY;
  let best: Element | null = null;
  let bestLength = -1;
  for (let i = 0; i < candidates.length; i++) {
    const el = candidates[i];
    if (el === undefined) continue;
    const length = measure(el, cap);
    if (length > bestLength) {
      best = el;
      bestLength = length;
    }
  }
  return bestLength >= MIN_ROOT_TEXT ? best : null;
}

/**
 * Is an element inside a region that is never the article (nav, comments, ads…), below
 * `stop`? Each ancestor is judged once, however many paragraphs share it.
 */
function skippedRegions(stop: Element): (el: Element) => boolean {
  const memo = new Map<Element, boolean>([[stop, false]]);
  return (el) => {
    // Climb to the nearest judged ancestor, then judge the path back down.
    const path: Element[] = [];
    let cur = el.parentElement;
    let skipped: boolean | undefined;
    while (cur !== null && (skipped = memo.get(cur)) === undefined) {
      path.push(cur);
      cur = cur.parentElement;
    }
    let inside = skipped ?? false;
    for (let i = path.length - 1; i >= 0; i--) {
      const ancestor = path[i]!;
      inside ||= isSkippedElement(ancestor, true);
      memo.set(ancestor, inside);
    }
    return inside;
  };
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
  const inSkippedRegion = skippedRegions(body);
  for (const p of body.getElementsByTagName('p')) {
    const length = (p.textContent ?? '').trim().length;
    // Short lines are labels and buttons, not prose.
    if (length < 25 || inSkippedRegion(p)) continue;
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
