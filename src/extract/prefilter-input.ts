/**
 * The little the prefilter looks at (DESIGN.md, engine stage 1). Runs on every page
 * the content script is injected into, so it reads a few elements and a bounded slice
 * of text — never the whole page.
 */
// The engine module holds only the prefilter (no other imports): cheap to pull into the loader.
import { PREFILTER_HEAD_LENGTH, type PrefilterInput } from '../engine/detect/prefilter.ts';

export type { PrefilterInput };

const META_KEYS = ['og:title', 'og:description', 'description', 'keywords', 'news_keywords'];
const NON_TEXT_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'textarea']);

/** The first content of each of META_KEYS, in that order: one search of the document for all of them. */
function metaText(doc: Document): string {
  const found = new Map<string, string>();
  for (const el of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name');
    if (key === null || found.has(key) || !META_KEYS.includes(key)) continue;
    const content = el.getAttribute('content')?.trim();
    if (content) found.set(key, content);
  }
  return META_KEYS.flatMap((key) => found.get(key) ?? []).join(' ');
}

/**
 * Where the article probably is, without reading any paragraph text (root.ts scores
 * candidates properly, but it and its exclusion lists would weigh on the loader that
 * runs on every page): the articleBody, else the article, else the main element. One
 * search of the document finds the first of them (an outer main or article comes
 * first); only inside it is a better one looked for, so a page with none of them is
 * searched once, not three times.
 */
function likelyArticleRoot(doc: Document): Element {
  const first = doc.querySelector('[itemprop~="articleBody"], article, main');
  if (first === null) return doc.body ?? doc.documentElement;
  if (first.localName === 'main') return first.querySelector('[itemprop~="articleBody"]') ?? first.querySelector('article') ?? first;
  if (first.localName === 'article') return first.querySelector('[itemprop~="articleBody"]') ?? first;
  return first;
}

/** The first `limit` characters of text under `root`, skipping script-like parents. */
function openingText(doc: Document, root: Element, limit: number): string {
  // SHOW_TEXT without a filter callback: the callback is what makes walkers slow.
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let out = '';
  for (let node = walker.nextNode(); node !== null && out.length < limit; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent !== null && NON_TEXT_PARENTS.has(parent.localName)) continue;
    const data = (node as Text).data;
    if (data.trim() !== '') out += (out === '' ? '' : ' ') + data.trim();
  }
  return out.replace(/\s+/g, ' ').slice(0, limit);
}

/**
 * title: document.title; meta: title/description/keywords tags; head: the h1, then the
 * opening of the article root's text.
 */
export function readPrefilterInput(doc: Document, url: string | null): PrefilterInput {
  const root = likelyArticleRoot(doc);
  const h1 = (doc.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return {
    title: doc.title,
    url,
    meta: metaText(doc),
    head: [h1, openingText(doc, root, PREFILTER_HEAD_LENGTH)].filter(Boolean).join(' '),
  };
}
