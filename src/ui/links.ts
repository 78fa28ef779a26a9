/**
 * Pack URLs come from whoever wrote the pack (users can import their own), so
 * only http(s) URLs ever become links: a `javascript:` or `data:` URL in a pack
 * must not run when a reader clicks a source.
 */
export function isHttpUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'http:' || parsed.protocol === 'https:';
}
