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
  // Related links (see also relatedContent below), sharing, newsletter boxes, page chrome.
  'related.*', '.*[-_]related.*', 'see[-_]also', 'also[-_]read', 'read[-_]also', 'more[-_]on[-_]this',
  'lee[-_]tambien', 'leggi[-_]anche', 'lire[-_]aussi', 'mehr[-_]zum[-_]thema', 'te[-_]lidhura', 'lexo[-_]edhe', 'share', 'sharing', '.*[-_]share', 'share[-_].*', 'social.*',
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
 * Related-content boxes inside the article body ("Más información", "Read also: …") list
 * other stories' headlines, which the engine would otherwise read as things this article
 * says. Their label gives them away; the label is normalised like `labelKey` does, and
 * matches when it starts with one of these phrases followed by a word boundary.
 */
const RELATED_LABELS = [
  'related articles', 'related stories', 'related news', 'related coverage', 'related content',
  'related links', 'related posts', 'related topics', 'related reading', 'read more', 'read also', 'also read', 'see also', 'more on this',
  'más información', 'lee también', 'leggi anche', 'lire aussi', 'à lire aussi', 'mehr zum thema',
  'auch interessant', 'lexo edhe', 'lexo gjithashtu', 'lexoni gjithashtu', 'leia também',
  'ayrıca okuyun', 'ayrıca bakınız', 'ilgili haberler', 'читайте также', 'اقرأ أيضا', '相关',
];
/**
 * Phrases that also open ordinary headings and sentences ("Related developments",
 * "Ayrıca, bakanlık…"): a label only on their own.
 */
const RELATED_LABELS_ALONE = ['related', 'ayrıca'];

/** Lower case, without diacritics or surrounding punctuation: "À lire aussi :" → "a lire aussi". */
function labelKey(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
}

const RELATED_KEYS = RELATED_LABELS.map(labelKey);
const RELATED_KEYS_ALONE = new Set(RELATED_LABELS_ALONE.map(labelKey));
/** A label is a heading or a few words; past this it is prose. */
const MAX_LABEL_LENGTH = 60;
/** After a phrase, a letter or digit means another word ("Relatedly"), and a comma a sentence. */
const NOT_A_LABEL_BOUNDARY = /[\p{L}\p{N},]/u;
/** Scripts written without spaces: the phrase may run straight into the next word (相关新闻). */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff]/u;

function isRelatedLabel(label: string | null | undefined): boolean {
  if (label === null || label === undefined || label.length > MAX_LABEL_LENGTH) return false;
  const key = labelKey(label);
  if (RELATED_KEYS_ALONE.has(key)) return true;
  // "Related to the attack, Iran said." is a sentence, not a label.
  const sentence = label.trimEnd().endsWith('.');
  return RELATED_KEYS.some((phrase) => {
    if (!key.startsWith(phrase)) return false;
    if (key.length === phrase.length) return true;
    return !sentence && (UNSPACED.test(phrase) || !NOT_A_LABEL_BOUNDARY.test(key.charAt(phrase.length)));
  });
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Elements whose text can be the label of the box they open or precede. Not <span>: a
 * "Read more" toggle is often a span opening a box that holds the rest of the story.
 */
const LABEL_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'strong', 'b', 'header']);

/** The label an element opens with: its first child element, when no text comes before it. */
function openingLabel(el: Element): string | null {
  const first = el.firstElementChild;
  if (first === null || !LABEL_TAGS.has(first.localName)) return null;
  for (let n = el.firstChild; n !== null && n !== first; n = n.nextSibling) {
    if (n.nodeType === TEXT_NODE && (n.nodeValue ?? '').trim() !== '') return null;
  }
  return first.textContent;
}

/**
 * Does `node` hold text only inside links (whitespace elsewhere), with at least one link?
 * Reads the subtree once and never the links' own text.
 */
function onlyLinks(node: Element): boolean {
  let links = 0;
  const pending: Element[] = [node];
  for (let el = pending.pop(); el !== undefined; el = pending.pop()) {
    for (let n = el.firstChild; n !== null; n = n.nextSibling) {
      if (n.nodeType === TEXT_NODE) {
        if ((n.nodeValue ?? '').trim() !== '') return false;
      } else if (n.nodeType === ELEMENT_NODE) {
        if ((n as Element).localName === 'a') links++;
        else pending.push(n as Element);
      }
    }
  }
  return links > 0;
}

/** A list of at least two items, each nothing but links: headlines of other pages. */
function isLinkList(list: Element): boolean {
  let items = 0;
  for (let li = list.firstElementChild; li !== null; li = li.nextElementSibling) {
    if (li.localName !== 'li' || !onlyLinks(li)) return false;
    items++;
  }
  return items >= 2;
}

/** Elements that can be a related-content box. */
const RELATED_CONTAINERS = new Set(['ul', 'ol', 'div', 'section', 'p']);

/**
 * Is `el` a related-content box: labelled so (aria-label, or the heading or bold lead-in it
 * opens with; a list also by the heading just before it), or a list of bare links?
 * A paragraph qualifies only by its lead-in, "<strong>Lee también:</strong> <a>…</a>".
 * `attributes`: el.hasAttributes(), already read (without attributes there is no aria-label).
 */
function isRelatedContent(el: Element, tag: string, attributes: boolean): boolean {
  if ((attributes && isRelatedLabel(el.getAttribute('aria-label'))) || isRelatedLabel(openingLabel(el))) return true;
  if (tag !== 'ul' && tag !== 'ol') return false;
  const before = el.previousElementSibling;
  if (before !== null && LABEL_TAGS.has(before.localName) && isRelatedLabel(before.textContent)) return true;
  return isLinkList(el);
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
  const attributes = el.hasAttributes();
  if (attributes && hasSkippedAttributes(el)) return true;
  return RELATED_CONTAINERS.has(tag) && isRelatedContent(el, tag, attributes);
}

/**
 * Reads the attribute names in one call and the values of only those that can exclude:
 * most elements that have attributes are links, whose href, title or rel never matter,
 * and every call into the DOM costs far more than a string comparison.
 */
function hasSkippedAttributes(el: Element): boolean {
  for (const name of el.getAttributeNames()) {
    switch (name) {
      case 'hidden':
        return true;
      case 'aria-hidden':
        if (el.getAttribute(name) === 'true') return true;
        break;
      case 'contenteditable':
        if (el.getAttribute(name) !== 'false') return true;
        break;
      case 'role':
        if (SKIPPED_ROLES.has(el.getAttribute(name) ?? '')) return true;
        break;
      case 'class':
      case 'id': {
        const value = el.getAttribute(name);
        if (value !== null && value !== '' && hasSkippedToken(value)) return true;
        break;
      }
    }
  }
  return false;
}
