/**
 * Page-level facts about the article: URL, title, language and the metadata of
 * ArticleMetadata, from JSON-LD first, then Open Graph and other meta tags, then markup.
 */
import type { ArticleMetadata } from '../engine/types.ts';
import type { JsonLdArticle } from './json-ld.ts';
import { firstMeta, type MetaTags } from './meta.ts';

const HTTP_URL = /^https?:\/\//i;
const LANG_SUBTAG = /^[a-z]{2,3}$/;

function text(el: Element | null): string | null {
  const value = el?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}

function unique(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function absoluteHttp(value: string | null | undefined): string | null {
  return value && HTTP_URL.test(value) ? value : null;
}

/** An explicit URL wins; else the document's own http(s) URL; else what the page says it is. */
export function pageUrl(doc: Document, tags: MetaTags, explicit: string | null | undefined): string | null {
  if (explicit !== undefined) return explicit;
  return (
    absoluteHttp(doc.URL) ??
    absoluteHttp(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href')) ??
    absoluteHttp(firstMeta(tags, 'og:url'))
  );
}

/** Primary language subtag: `<html lang>`, else og:locale, else JSON-LD inLanguage. */
export function pageLang(doc: Document, tags: MetaTags, ld: JsonLdArticle | null): string | null {
  const candidates = [
    doc.documentElement?.getAttribute('lang'),
    firstMeta(tags, 'og:locale'),
    ld?.inLanguage,
  ];
  for (const candidate of candidates) {
    const primary = candidate?.trim().split(/[-_]/)[0]?.toLowerCase();
    if (primary !== undefined && LANG_SUBTAG.test(primary)) return primary;
  }
  return null;
}

const TITLE_SEPARATOR = /\s+(?:\||-|–|—|::|·|»)\s+/g;

function wordCount(value: string): number {
  return value.split(/\s+/).filter(Boolean).length;
}

/**
 * "Headline | Site" → "Headline". The suffix goes when it is the known site name, or when
 * it is short and what is left still reads like a headline.
 */
export function stripSiteSuffix(title: string, siteName: string | null): string {
  const last = [...title.matchAll(TITLE_SEPARATOR)].pop();
  if (last === undefined) return title;
  const head = title.slice(0, last.index).trim();
  const suffix = title.slice(last.index + last[0].length).trim();
  const isSite =
    (siteName !== null && suffix.toLowerCase() === siteName.toLowerCase()) ||
    (wordCount(suffix) <= 4 && wordCount(head) >= 3);
  return isSite && head !== '' ? head : title;
}

export function pageTitle(
  doc: Document,
  root: Element,
  tags: MetaTags,
  ld: JsonLdArticle | null,
  siteName: string | null,
): string | null {
  if (ld?.headline) return ld.headline;
  const og = firstMeta(tags, 'og:title', 'twitter:title');
  if (og !== null) return stripSiteSuffix(og, siteName);
  const h1 = text(root.querySelector('h1')) ?? text(doc.querySelector('h1'));
  if (h1 !== null) return h1;
  const title = doc.title.replace(/\s+/g, ' ').trim();
  return title ? stripSiteSuffix(title, siteName) : null;
}

function metaAuthors(doc: Document, tags: MetaTags): string[] {
  const fromMeta = (tags.get('author') ?? [])
    .flatMap((a) => a.split(/,|\s+and\s+/))
    .map((a) => a.trim())
    // article:author is often a profile URL, which is not a name.
    .filter((a) => a !== '' && !HTTP_URL.test(a));
  if (fromMeta.length > 0) return fromMeta;
  const linked = [...doc.querySelectorAll('a[rel~="author"]')].map((a) => text(a)).filter((a) => a !== null);
  if (linked.length > 0) return linked;
  const byline = text(doc.querySelector('.byline, [itemprop~="author"]'));
  return byline !== null ? [byline.replace(/^by\s+/i, '')] : [];
}

export function pageMetadata(doc: Document, tags: MetaTags, ld: JsonLdArticle | null): ArticleMetadata {
  const keywords = ld !== null && ld.keywords.length > 0
    ? ld.keywords
    : [...(tags.get('keywords') ?? []), ...(tags.get('news_keywords') ?? [])]
        .flatMap((k) => k.split(','))
        .concat(tags.get('article:tag') ?? []);
  return {
    description: firstMeta(tags, 'og:description', 'description', 'twitter:description') ?? ld?.description ?? null,
    siteName: firstMeta(tags, 'og:site_name') ?? ld?.publisher ?? null,
    published: firstMeta(tags, 'article:published_time') ?? ld?.datePublished ?? null,
    authors: unique(ld !== null && ld.authors.length > 0 ? ld.authors : metaAuthors(doc, tags)),
    type: ld?.type ?? firstMeta(tags, 'og:type'),
    keywords: unique(keywords.map((k) => k.trim()).filter(Boolean)),
  };
}
