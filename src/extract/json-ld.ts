/**
 * The page's schema.org article item, read from its JSON-LD scripts. Pages are hostile
 * input: bad JSON is skipped, and the search through @graph and arrays is bounded.
 */

/** The fields Sidelight uses from a schema.org Article (or NewsArticle, BlogPosting…). */
export interface JsonLdArticle {
  type: string;
  headline: string | null;
  description: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  keywords: string[];
  inLanguage: string | null;
}

const ARTICLE_TYPE = /^(?:\w*Article|Report|BlogPosting|LiveBlogPosting|SocialMediaPosting)$/;
const MAX_DEPTH = 4;
const MAX_ITEMS = 200;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return str(value[0]);
  return null;
}

function types(item: JsonObject): string[] {
  const t = item['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

/** Names from a string, a Person/Organization object, or an array of either. */
function names(value: Json | undefined): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap((v) => names(v));
  if (isObject(value)) {
    const name = str(value['name']);
    return name !== null ? [name] : [];
  }
  return [];
}

function keywordList(value: Json | undefined): string[] {
  if (typeof value === 'string') return value.split(',').map((k) => k.trim()).filter(Boolean);
  if (Array.isArray(value)) return value.flatMap((v) => keywordList(v));
  return [];
}

/** Every object in the document, through arrays and @graph, breadth-bounded and depth-bounded. */
function collectItems(value: Json, depth: number, out: JsonObject[]): void {
  if (depth > MAX_DEPTH || out.length >= MAX_ITEMS) return;
  if (Array.isArray(value)) {
    for (const v of value) collectItems(v, depth + 1, out);
  } else if (isObject(value)) {
    out.push(value);
    const graph = value['@graph'];
    if (graph !== undefined) collectItems(graph, depth + 1, out);
    const main = value['mainEntity'];
    if (main !== undefined) collectItems(main, depth + 1, out);
  }
}

function parse(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    // Malformed JSON-LD is common (trailing commas, raw newlines in strings): ignore it.
    return undefined;
  }
}

function toArticle(item: JsonObject, type: string): JsonLdArticle {
  const publisher = item['publisher'];
  return {
    type,
    headline: str(item['headline']) ?? str(item['name']),
    description: str(item['description']),
    datePublished: str(item['datePublished']) ?? str(item['dateCreated']),
    authors: names(item['author'] ?? item['creator']),
    publisher: isObject(publisher) ? str(publisher['name']) : str(publisher),
    keywords: keywordList(item['keywords']),
    inLanguage: str(item['inLanguage']),
  };
}

/** The first article-typed item in the page's JSON-LD, or null. */
export function readJsonLdArticle(doc: Document): JsonLdArticle | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const data = parse(script.textContent ?? '');
    if (data === undefined) continue;
    const items: JsonObject[] = [];
    collectItems(data, 0, items);
    for (const item of items) {
      const type = types(item).find((t) => ARTICLE_TYPE.test(t));
      if (type !== undefined) return toArticle(item, type);
    }
  }
  return null;
}
