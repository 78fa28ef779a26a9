/** HTML → Analysis: the same extract + engine the extension runs, on a happy-dom document. */
import type { Analysis } from '../engine/types.ts';
import type { Pack } from '../pack/types.ts';
import { analyze } from '../engine/analyze.ts';
import { extractArticle } from '../extract/index.ts';
import { parseHtml } from './parse-html.ts';

/**
 * `url` null: the page's own canonical/og:url is used if it has one (a saved page
 * usually does).
 */
export async function annotateHtml(html: string, url: string | null, packs: readonly Pack[]): Promise<Analysis> {
  const page = parseHtml(html, url);
  try {
    const { article } = extractArticle(page.document, url !== null ? { url } : {});
    return analyze(article, packs);
  } finally {
    await page.close();
  }
}
