/**
 * Article extraction: (Document) → ArticleText plus the map from text offsets back to the
 * page's text nodes. Runs in the live page (content script) and in Node on a happy-dom
 * document (CLI, tests). It only reads: the live DOM is never changed, so no clone is needed.
 */
import type { ArticleText } from '../engine/types.ts';
import type { ExtractOptions, Extracted } from './types.ts';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld.ts';
import { readMetaTags, firstMeta } from './meta.ts';
import { pageLang, pageMetadata, pageTitle, pageUrl } from './metadata.ts';
import { findArticleRoot } from './root.ts';
import { TextWalk, type CollectedText } from './text.ts';

export type { ExtractOptions, Extracted, TextSegment } from './types.ts';
export { readPrefilterInput, type PrefilterInput } from './prefilter-input.ts';

/** "Enough prose" for a page without article markup: several real paragraphs. */
const PROSE_MIN_PARAGRAPHS = 3;
const PROSE_PARAGRAPH_LENGTH = 80;
const PROSE_MIN_TOTAL = 500;

function hasEnoughProse(collected: CollectedText): boolean {
  let paragraphs = 0;
  let total = 0;
  for (const block of collected.blocks) {
    if (block.kind !== 'paragraph') continue;
    const length = block.end - block.start;
    total += length;
    if (length >= PROSE_PARAGRAPH_LENGTH) paragraphs++;
  }
  return paragraphs >= PROSE_MIN_PARAGRAPHS && total >= PROSE_MIN_TOTAL;
}

function isArticlePage(doc: Document, ogType: string | null, ld: JsonLdArticle | null, collected: CollectedText): boolean {
  return (
    ld !== null ||
    ogType?.toLowerCase() === 'article' ||
    doc.getElementsByTagName('article').length > 0 ||
    hasEnoughProse(collected)
  );
}

export function extractArticle(doc: Document, opts: ExtractOptions = {}): Extracted {
  const extraction = new ArticleExtraction(doc, opts);
  extraction.step(Number.POSITIVE_INFINITY);
  return extraction.result();
}

/**
 * extractArticle in resumable steps, for the live page: `step(n)` walks at most `n`
 * nodes and says whether the text is complete, so the caller can yield between slices
 * of a huge page. The page is read at each step; it is not copied.
 */
export class ArticleExtraction {
  readonly #doc: Document;
  readonly #opts: ExtractOptions;
  readonly #root: Element;
  readonly #walk: TextWalk;

  constructor(doc: Document, opts: ExtractOptions = {}) {
    this.#doc = doc;
    this.#opts = opts;
    this.#root = findArticleRoot(doc);
    this.#walk = new TextWalk(this.#root, opts.maxLength);
  }

  step(budget: number): boolean {
    return this.#walk.step(budget);
  }

  result(): Extracted {
    const doc = this.#doc;
    const root = this.#root;
    const tags = readMetaTags(doc);
    const ld = readJsonLdArticle(doc);
    const collected = this.#walk.finish();
    const metadata = pageMetadata(doc, tags, ld);
    const article: ArticleText = {
      url: pageUrl(doc, tags, this.#opts.url),
      title: pageTitle(doc, root, tags, ld, metadata.siteName),
      lang: pageLang(doc, tags, ld),
      isArticle: isArticlePage(doc, firstMeta(tags, 'og:type'), ld, collected),
      text: collected.text,
      blocks: collected.blocks,
      metadata,
    };
    return { article, segments: collected.segments, root, truncated: this.#walk.truncated };
  }
}
