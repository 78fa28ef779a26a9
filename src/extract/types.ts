import type { ArticleText } from '../engine/types.ts';

/**
 * Where a run of the article text lives in the page:
 * `text.slice(start, end) === node.data.slice(nodeOffset, nodeOffset + (end - start))`.
 * Characters that are in no segment are synthetic: the "\n\n" between blocks, and a
 * space standing for a whitespace run that holds no U+0020 (a line break, a tab, NBSP).
 */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
  nodeOffset: number;
}

export interface Extracted {
  article: ArticleText;
  /** In text order, non-overlapping. */
  segments: TextSegment[];
  /** The element the article text was read from. */
  root: Element;
  /** The text stops early because the page holds more than `maxLength` characters. */
  truncated: boolean;
}

export interface ExtractOptions {
  /**
   * The page URL. Omitted: the document's own URL when it is http(s), else the page's
   * canonical or og:url. `null`: no URL (a saved page whose address is unknown).
   */
  url?: string | null;
  /**
   * Stop reading at the first block boundary past this many characters. A live page
   * can hold megabytes of text (endless live blogs, feeds); the content script reads
   * the article, not the whole scroll.
   */
  maxLength?: number;
}
