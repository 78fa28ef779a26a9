/** `<meta>` tags by property or name (og:title, article:published_time, description…). */

export type MetaTags = ReadonlyMap<string, readonly string[]>;

/** All meta tags with content, keyed by lower-cased `property` or `name`. */
export function readMetaTags(doc: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of doc.getElementsByTagName('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name'))?.trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (!key || !content) continue;
    const list = tags.get(key);
    if (list !== undefined) list.push(content);
    else tags.set(key, [content]);
  }
  return tags;
}

export function firstMeta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return value;
  }
  return null;
}
