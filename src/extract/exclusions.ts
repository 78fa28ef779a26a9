/**
 * Which elements hold no article text: page chrome, widgets, ads, comments, hidden or
 * editable regions, and Sidelight's own host. Checked once per element while walking,
 * so the common case (an element without attributes) costs one Set lookup.
 */

/** Elements whose subtree is never article text, whatever their attributes. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'button',
  'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'map',
  'nav', 'aside', 'footer', 'form', 'dialog', 'menu',
  // Our own panel host (src/content): never read back what we put in the page.
  'sidelight-root',
]);

/** Landmark roles of page chrome. */
const SKIPPED_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog',
  'menu', 'menubar', 'toolbar',
]);

/**
 * Class or id tokens of regions that are not the article. Token-based on purpose:
 * a substring test such as `[class*=ad-]` would also drop "lead-text" or "thread-body".
 * Pull quotes repeat a sentence of the body, so they are dropped.
 * Embeds (tweets, Instagram posts…) are dropped too: in the live page their script swaps
 * the markup for an iframe, so keeping them in Node would make the CLI see text the
 * content script never does.
 */
const SKIPPED_TOKEN_PATTERNS = [
  // Ads and sponsored slots.
  'ads?', 'advert\\w*', 'adsbygoogle', 'ad[-_].*', '.*[-_]ads?', '.*[-_]ad[-_].*', 'div-gpt.*', 'dfp.*',
  'sponsor\\w*', 'promo\\w*', 'outbrain.*', 'taboola.*', 'reklam.*', 'werbung.*', 'publicite.*',
  // Comments (not "commentary", which is an opinion piece).
  'comments?', 'comment[-_].*', '.*[-_]comments?', '.*[-_]comments?[-_].*', 'disqus.*',
  // Related links, sharing, newsletter boxes, page chrome around the story.
  'related.*', '.*[-_]related.*', 'share', 'sharing', '.*[-_]share', 'share[-_].*', 'social.*',
  'newsletter.*', '.*[-_]newsletter.*', 'subscribe.*', 'breadcrumbs?.*', 'byline.*', '.*[-_]byline',
  'tags', 'tag[-_]list', 'post[-_]tags', '.*editsection', 'cookie.*', 'consent.*', 'paywall.*',
  'pull[-_]?quote.*', '.*[-_]pull[-_]?quote',
  'twitter[-_]tweet', 'twitter[-_]timeline', 'instagram[-_]media', 'tiktok[-_]embed', 'fb[-_]post', 'embed[-_].*',
  // Text meant for screen readers or hidden by CSS.
  'skip[-_]link', 'screen[-_]reader[-_]text', 'sr[-_]only', 'visually[-_]hidden', 'hidden',
];
const SKIPPED_TOKEN = new RegExp(`^(?:${SKIPPED_TOKEN_PATTERNS.join('|')})$`, 'i');

const WHITESPACE = /\s+/;

/** Memo per class/id string: pages repeat the same few dozen class lists thousands of times. */
const tokenCache = new Map<string, boolean>();
const TOKEN_CACHE_LIMIT = 5000;

function hasSkippedToken(value: string): boolean {
  const cached = tokenCache.get(value);
  if (cached !== undefined) return cached;
  let skipped = false;
  for (const token of value.split(WHITESPACE)) {
    if (token !== '' && SKIPPED_TOKEN.test(token)) {
      skipped = true;
      break;
    }
  }
  // Hostile pages can generate unique class names: keep the memo bounded.
  if (tokenCache.size >= TOKEN_CACHE_LIMIT) tokenCache.clear();
  tokenCache.set(value, skipped);
  return skipped;
}

/**
 * Is this element's subtree left out of the article text?
 * `insideArticle`: the element is inside an `<article>`, where a `<header>` is the
 * article's own (headline, standfirst) rather than the site's masthead.
 * `tag`: el.localName, when the caller has read it already.
 */
export function isSkippedElement(el: Element, insideArticle: boolean, tag = el.localName): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  if (tag === 'header' && !insideArticle) return true;
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  const role = el.getAttribute('role');
  if (role !== null && SKIPPED_ROLES.has(role)) return true;
  const cls = el.getAttribute('class');
  if (cls !== null && cls !== '' && hasSkippedToken(cls)) return true;
  const id = el.getAttribute('id');
  return id !== null && id !== '' && hasSkippedToken(id);
}
