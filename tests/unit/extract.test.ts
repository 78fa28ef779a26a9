/**
 * Article extraction on happy-dom documents: root choice, skipped regions, whitespace,
 * the segment map back to text nodes, metadata, and odd Unicode.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml, type ParsedPage } from '../../src/cli/parse-html.ts';
import { extractArticle, readPrefilterInput, type Extracted } from '../../src/extract/index.ts';
import { stripSiteSuffix } from '../../src/extract/metadata.ts';
import { loadFixtures } from '../fixtures/pages/expected.ts';

const open: ParsedPage[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((p) => p.close()));
});

function parse(html: string): Document {
  const page = parseHtml(html, null);
  open.push(page);
  return page.document;
}

function extract(html: string, url: string | null = null): Extracted {
  return extractArticle(parse(html), { url });
}

/** The article text of a body fragment. */
function textOf(body: string): string {
  return extract(`<!doctype html><html><body>${body}</body></html>`).article.text;
}

/** Every segment points at the same characters in its node; synthetic characters are only separators and spaces. */
function expectSegmentInvariant({ article, segments }: Extracted): void {
  let covered = 0;
  let previousEnd = 0;
  for (const s of segments) {
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(article.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)));
    // Between two segments only synthetic whitespace.
    expect(article.text.slice(previousEnd, s.start)).toMatch(/^[ \n]*$/);
    covered += s.end - s.start;
    previousEnd = s.end;
  }
  expect(previousEnd).toBe(article.text.length);
  expect(covered).toBeGreaterThan(article.text.length * 0.5);
}

const PROSE = 'This sentence is long enough to count as a real paragraph of prose in an article body.';

describe('root choice', () => {
  it.each([
    [
      'itemprop=articleBody over <article>',
      `<article><p>${PROSE} OUTSIDE</p><div itemprop="articleBody"><p>${PROSE} ${PROSE} ${PROSE} INSIDE</p></div></article>`,
      'div',
    ],
    [
      'the <article> with the most paragraph text (not a comment <article>)',
      `<article class="comment-body"><p>Nice piece, thanks.</p></article><article class="story"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></article>`,
      'article',
    ],
    ['<main> without <article>', `<div><p>Menu text</p></div><main><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></main>`, 'main'],
    [
      'the element with the most <p> text, without markup',
      `<div class="side"><p>Short link list entry one</p></div><div class="content"><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>`,
      'div',
    ],
  ])('%s', (_name, body, tag) => {
    const { root, article } = extract(`<html><body>${body}</body></html>`);
    expect(root.localName).toBe(tag);
    expect(article.text).toContain(PROSE);
    expect(article.text).not.toMatch(/OUTSIDE|Nice piece|Menu text|Short link/);
  });

  it('falls back to <body> on a page without paragraphs', () => {
    expect(extract('<html><body><div>Only a div</div></body></html>').root.localName).toBe('body');
  });
});

describe('skipped regions', () => {
  it.each([
    ['nav', '<nav>SKIPME</nav>'],
    ['aside', '<aside>SKIPME</aside>'],
    ['footer', '<footer>SKIPME</footer>'],
    ['page header', '<header><p>SKIPME</p></header>'],
    ['script', '<script>var SKIPME = 1;</script>'],
    ['style', '<style>.SKIPME { color: red }</style>'],
    ['noscript', '<noscript>SKIPME</noscript>'],
    ['template', '<template><p>SKIPME</p></template>'],
    ['textarea', '<textarea>SKIPME</textarea>'],
    ['button', '<p><button>SKIPME</button> kept words in a paragraph.</p>'],
    ['select', '<select><option>SKIPME</option></select>'],
    ['svg', '<svg><text>SKIPME</text></svg>'],
    ['iframe', '<iframe>SKIPME</iframe>'],
    ['form', '<form><p>SKIPME</p></form>'],
    ['contenteditable', '<div contenteditable="true"><p>SKIPME</p></div>'],
    ['aria-hidden', '<p aria-hidden="true">SKIPME</p>'],
    ['hidden', '<p hidden>SKIPME</p>'],
    ['ad slot', '<div class="ad-slot"><p>SKIPME</p></div>'],
    ['.ad', '<div class="ad"><p>SKIPME</p></div>'],
    ['adsbygoogle', '<p><ins class="adsbygoogle">SKIPME</ins> kept words in a paragraph.</p>'],
    ['GPT slot', '<div id="div-gpt-ad-123"><p>SKIPME</p></div>'],
    ['#comments', '<section id="comments"><p>SKIPME</p></section>'],
    ['.comments', '<div class="comments"><p>SKIPME</p></div>'],
    ['comment list', '<ol class="comment-list"><li>SKIPME</li></ol>'],
    ['related links', '<div class="related-posts"><p>SKIPME</p></div>'],
    ['share buttons', '<div class="share-buttons"><p>SKIPME</p></div>'],
    ['newsletter box', '<div class="newsletter-box"><p>SKIPME</p></div>'],
    ['byline', '<p class="byline">SKIPME</p>'],
    ['pull quote', '<blockquote class="pullquote"><p>SKIPME</p></blockquote>'],
    ['embedded tweet', '<blockquote class="twitter-tweet"><p>SKIPME</p></blockquote>'],
    ['role=navigation', '<div role="navigation"><p>SKIPME</p></div>'],
    ['our own host', '<sidelight-root><p>SKIPME</p></sidelight-root>'],
    ['a skipping attribute after others', '<p><a href="/x" title="t" data-x="1" class="share-link">SKIPME</a> kept words in a paragraph.</p>'],
  ])('%s', (_name, region) => {
    const text = textOf(`<main><p>${PROSE}</p>${region}<p>${PROSE} END</p></main>`);
    expect(text).not.toContain('SKIPME');
    expect(text).toContain('END');
  });

  it.each([
    ['a class containing "ad-" inside a word', '<p class="lead-text">KEEPME in the lead paragraph.</p>'],
    ['commentary is not comments', '<div class="commentary"><p>KEEPME in an opinion piece.</p></div>'],
    ['thread-body is not an ad', '<div class="thread-body"><p>KEEPME in a thread.</p></div>'],
    ['contenteditable=false', '<p contenteditable="false">KEEPME in a paragraph.</p>'],
    ['aria-hidden=false', '<p aria-hidden="false">KEEPME in a paragraph.</p>'],
    ['a link with attributes that never skip', '<p><a href="/x" title="hidden" rel="nofollow" data-role="navigation">KEEPME</a> in a paragraph.</p>'],
  ])('keeps %s', (_name, region) => {
    expect(textOf(`<main><p>${PROSE}</p>${region}</main>`)).toContain('KEEPME');
  });

  // Related-content boxes inside the article: other stories' headlines are not this article's words.
  it.each([
    ['a list after a "Más información" heading', '<h3>Más información</h3><ul><li>SKIPME Irán niega el ataque</li></ul>'],
    ['a list after a bold "Read also:" paragraph', '<p><strong>Read also:</strong></p><ol><li>SKIPME one headline</li></ol>'],
    ['a section opening with "À lire aussi"', '<section><h2>À lire aussi :</h2><p>SKIPME L’Iran dément</p></section>'],
    ['a div opening with "Mehr zum Thema"', '<div><h4>Mehr zum Thema</h4><p>SKIPME Iran bestreitet</p></div>'],
    ['a div opening with a "Lexo edhe" paragraph', '<div><p>Lexo edhe</p><p>SKIPME Irani mohon</p></div>'],
    ['a list labelled by aria-label', '<ul aria-label="Leggi anche"><li>SKIPME Teheran smentisce</li></ul>'],
    ['a paragraph led by "Lee también:"', '<p><strong>Lee también:</strong> <a href="/x">SKIPME Irán niega</a></p>'],
    ['"Читайте также"', '<div><strong>Читайте также</strong><p>SKIPME Иран отрицает</p></div>'],
    ['"اقرأ أيضاً" (Arabic, with tanwin)', '<div><h3>اقرأ أيضاً</h3><p>SKIPME إيران تنفي</p></div>'],
    ['"相关新闻" (no space after the phrase)', '<div><h3>相关新闻</h3><p>SKIPME 伊朗否认</p></div>'],
    ['"Related" alone', '<section><h2>Related</h2><p>SKIPME a headline</p></section>'],
    ['"Ayrıca" alone', '<div><h3>Ayrıca</h3><p>SKIPME İran reddetti</p></div>'],
    ['a class token of another language', '<div class="leggi-anche"><p>SKIPME</p></div>'],
    [
      'a list of bare links',
      '<ul><li><a href="/a">SKIPME Iran denies</a></li><li> <a href="/b"><em>Albania cuts ties</em></a> </li></ul>',
    ],
  ])('inside the article: %s', (_name, region) => {
    const text = textOf(`<article><p>${PROSE}</p>${region}<p>${PROSE} END</p></article>`);
    expect(text).not.toContain('SKIPME');
    expect(text).toContain('END');
  });

  it.each([
    ['a paragraph containing a link', '<p>KEEPME: the <a href="/r">report</a> names the group behind the attack.</p>'],
    [
      'a list of facts with a link in one item',
      '<ul><li>KEEPME servers were wiped</li><li>data was <a href="/l">leaked</a> online</li></ul>',
    ],
    ['a list with a single link', '<ul><li><a href="/s">KEEPME the statement</a></li></ul>'],
    ['a heading that opens with "Related" and goes on', '<section><h2>Related developments</h2><p>KEEPME in Tirana.</p></section>'],
    ['a sentence that opens with "Ayrıca,"', '<div><p>Ayrıca, bakanlık açıkladı.</p><p>KEEPME İran.</p></div>'],
    ['a sentence that opens with "Read more"', '<div><p>Read more about it soon.</p><p>KEEPME after.</p></div>'],
    ['"Relatedly" is not "Related"', '<div><h3>Relatedly</h3><p>KEEPME after.</p></div>'],
    ['a "Read more" toggle span', '<div><span>Read more</span><p>KEEPME the rest of the story.</p></div>'],
  ])('keeps %s', (_name, region) => {
    expect(textOf(`<article><p>${PROSE}</p>${region}<p>${PROSE}</p></article>`)).toContain('KEEPME');
  });

  it("keeps the article's own header with its headline", () => {
    const text = textOf(
      `<header><p>Site masthead SKIPME</p></header><article><header><h1>The headline</h1></header><p>${PROSE}</p><p>${PROSE}</p></article>`,
    );
    expect(text.startsWith('The headline\n\n')).toBe(true);
    expect(text).not.toContain('SKIPME');
  });
});

describe('text and blocks', () => {
  it.each([
    ['whitespace runs collapse', '<p>  Edi \n\t  Rama   said  </p>', 'Edi Rama said'],
    ['names across elements', '<p>Edi <i>Rama</i> said</p>', 'Edi Rama said'],
    ['no space invented between inline elements', '<p><b>Ra</b><i>ma</i></p>', 'Rama'],
    ['a line break is a space', '<p>first line<br>second line</p>', 'first line second line'],
    ['NBSP becomes a space', '<p>Edi\u00a0Rama</p>', 'Edi Rama'],
    ['soft hyphen and zero-width space removed', '<p>Ra\u00adma Te\u200bheran</p>', 'Rama Teheran'],
    ['entities decoded', '<p>Et&rsquo;hemaj &amp; co</p>', 'Et’hemaj & co'],
  ])('%s', (_name, body, expected) => {
    expect(textOf(`<main>${body}</main>`)).toBe(expected);
  });

  it('maps "Edi <i>Rama</i>" to two segments, one per text node', () => {
    const ex = extract('<html><body><p>Edi <i>Rama</i></p></body></html>');
    expect(ex.article.text).toBe('Edi Rama');
    expect(ex.segments.map((s) => [s.node.data, s.start, s.end, s.nodeOffset])).toEqual([
      ['Edi ', 0, 4, 0],
      ['Rama', 4, 8, 0],
    ]);
  });

  it('joins blocks with "\\n\\n" and gives each its kind', () => {
    const { article } = extract(
      '<html><body><main><h2>Title</h2><p>Para <b>one</b>.</p><blockquote><p>Quoted.</p></blockquote>' +
        '<ul><li>Item</li></ul><figure><img alt=""><figcaption>Caption</figcaption></figure></main></body></html>',
    );
    expect(article.text).toBe('Title\n\nPara one.\n\nQuoted.\n\nItem\n\nCaption');
    expect(article.blocks.map((b) => [article.text.slice(b.start, b.end), b.kind])).toEqual([
      ['Title', 'heading'],
      ['Para one.', 'paragraph'],
      ['Quoted.', 'quote'],
      ['Item', 'item'],
      ['Caption', 'caption'],
    ]);
  });

  it('keeps loose prose outside <p> but drops short labels', () => {
    const text = textOf(`<main><div>Advertisement</div><div>${PROSE}</div><div>5 min read</div></main>`);
    expect(text).toBe(PROSE);
  });

  it('uses a whitespace run’s own U+0020 when it has one, a synthetic space otherwise', () => {
    const ex = extract('<html><body><p>a\n b\nc</p></body></html>');
    expect(ex.article.text).toBe('a b c');
    expectSegmentInvariant(ex);
    // "a\n b": the space maps to the node's U+0020 (offset 2); "b\nc": synthetic.
    expect(ex.segments.map((s) => [s.start, s.end, s.nodeOffset])).toEqual([
      [0, 1, 0],
      [1, 3, 2],
      [4, 5, 5],
    ]);
  });

  it('takes a run of single-spaced words whole and cuts it only at other whitespace', () => {
    const ex = extract('<html><body><p>one two three\nfour five  six</p></body></html>');
    expect(ex.article.text).toBe('one two three four five six');
    expectSegmentInvariant(ex);
    // "\n" is synthetic; of the double space, the first U+0020 is kept.
    expect(ex.segments.map((s) => [s.start, s.end, s.nodeOffset])).toEqual([
      [0, 13, 0],
      [14, 24, 14],
      [24, 27, 25],
    ]);
  });

  it('reads a parent with many children in order, text nodes and elements alike', () => {
    const items = Array.from({ length: 120 }, (_, i) => (i % 3 === 0 ? `<p>Paragraph ${i}.</p>` : `<b>bold ${i}</b> loose ${i}. `));
    const ex = extract(`<html><body><main><div>${items.join('')}</div></main></body></html>`);
    expectSegmentInvariant(ex);
    const blocks = Array.from({ length: 40 }, (_, k) => {
      const [a, b, c] = [3 * k, 3 * k + 1, 3 * k + 2];
      return `Paragraph ${a}.\n\nbold ${b} loose ${b}. bold ${c} loose ${c}.`;
    });
    expect(ex.article.text).toBe(blocks.join('\n\n'));
  });

  it.each([
    ['Arabic (RTL)', '<p dir="rtl">قال رئيس الوزراء <b>إيدي راما</b> إن الهجوم فشل.</p>'],
    ['Hebrew with Latin', '<p dir="rtl">ראש הממשלה Edi Rama אמר</p>'],
    ['combining marks', '<p>Mane\u0308z and Xhac\u0327ka</p>'],
    ['emoji and ZWJ sequences', '<p>🇦🇱 Albania 👩‍💻 hackers 𝒳 math</p>'],
    ['Albanian diacritics', '<p>Kryeministri <em>Ramës</em> i tha Shqipërisë: „Jo“.</p>'],
  ])('keeps the segment invariant with %s', (_name, body) => {
    const ex = extract(`<html><body><main>${body}</main></body></html>`);
    expect(ex.article.text.length).toBeGreaterThan(0);
    expectSegmentInvariant(ex);
  });
});

describe('fixture pages', () => {
  it.each(loadFixtures().map((f) => [f.slug, f] as const))('%s keeps the segment invariant', (_slug, fixture) => {
    const ex = extract(fixture.html, fixture.url);
    expectSegmentInvariant(ex);
    const blocksText = ex.article.blocks.map((b) => ex.article.text.slice(b.start, b.end)).join('\n\n');
    expect(blocksText).toBe(ex.article.text);
  });

  it('reads the seed article from the Exit News page, without chrome, comments, ads or the embed', () => {
    const seed = loadFixtures().find((f) => f.slug === 'exit-al-seed');
    if (seed === undefined) throw new Error('exit-al-seed fixture missing');
    const { article } = extract(seed.html, seed.url);
    expect(article.title).toBe('Albania-Iran Political Crisis Intensifies After Second Cyberattack');
    expect(article.lang).toBe('en');
    expect(article.isArticle).toBe(true);
    expect(article.text.startsWith('Albania-Iran Political Crisis Intensifies After Second Cyberattack\n\n')).toBe(true);
    expect(article.text).toContain('Prime Minister Edi Rama confirmed there was no serious data breach');
    expect(article.text.endsWith('Albania has no time to lose to take its measures”, he told the media.')).toBe(true);
    for (const chrome of ['Skip to content', 'Most Read', 'You may also like', 'Leave a Comment', 'Kakavija', 'Share on Facebook', 'Advertisement', 'Get Exit in your inbox', 'Tags:', 'cookies']) {
      expect(article.text).not.toContain(chrome);
    }
    // The tweet embed and the pull quote repeat the body: each quotation appears once.
    expect(article.text.split('Another cyber attack by the same aggressors').length).toBe(2);
    expect(article.text.split('Albania must be very prepared militarily').length).toBe(2);
  });
});

describe('metadata', () => {
  const head = `
    <meta property="og:title" content="OG title | Daily Site">
    <meta property="og:site_name" content="Daily Site">
    <meta property="og:type" content="article">
    <meta property="og:description" content="OG description">
    <meta property="og:locale" content="sq_AL">
    <meta property="article:published_time" content="2022-09-07T10:00:00Z">
    <meta name="keywords" content="Iran, Albania , cyberattack">
    <meta name="author" content="Ana Mehmeti, Joe Doe">`;

  it('prefers JSON-LD for headline, authors, publisher, type and keywords', () => {
    const { article } = extract(`<html lang="en-GB"><head>${head}
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
        {"@type":["NewsArticle"],"headline":"LD headline","author":[{"@type":"Person","name":"Ana Mehmeti"},{"name":"Ben Ko"}],
         "publisher":{"@type":"Organization","name":"LD Publisher"},"datePublished":"2022-09-08","keywords":["MEK","TIMS"]}]}</script>
      </head><body><article><p>${PROSE}</p></article></body></html>`);
    expect(article.title).toBe('LD headline');
    expect(article.lang).toBe('en');
    expect(article.metadata).toEqual({
      description: 'OG description',
      siteName: 'Daily Site',
      published: '2022-09-07T10:00:00Z',
      authors: ['Ana Mehmeti', 'Ben Ko'],
      type: 'NewsArticle',
      keywords: ['MEK', 'TIMS'],
    });
  });

  it('falls back to Open Graph and meta tags, and ignores malformed JSON-LD', () => {
    const { article } = extract(`<html><head>${head}
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken",</script>
      <script type="application/ld+json">"just a string"</script>
      <script type="application/ld+json">[[[[[[[{"@type":"NewsArticle","headline":"too deep"}]]]]]]]</script>
      </head><body><p>${PROSE}</p></body></html>`);
    expect(article.title).toBe('OG title');
    expect(article.lang).toBe('sq');
    expect(article.metadata.authors).toEqual(['Ana Mehmeti', 'Joe Doe']);
    expect(article.metadata.keywords).toEqual(['Iran', 'Albania', 'cyberattack']);
    expect(article.metadata.type).toBe('article');
    expect(article.metadata.siteName).toBe('Daily Site');
  });

  it('takes the h1, then <title>, when there is no JSON-LD or og:title', () => {
    expect(extract(`<html><head><title>Page title | Site</title></head><body><h1>The h1</h1><p>${PROSE}</p></body></html>`).article.title).toBe('The h1');
    expect(extract(`<html><head><title>A long page title - Site</title></head><body><p>${PROSE}</p></body></html>`).article.title).toBe('A long page title');
  });

  it('reads authors from rel=author links and bylines when no tag names them', () => {
    expect(extract(`<html><body><article><a rel="author" href="/a">Ana Mehmeti</a><p>${PROSE}</p></article></body></html>`).article.metadata.authors).toEqual(['Ana Mehmeti']);
    expect(extract(`<html><body><article><p class="byline">By Joe Doe</p><p>${PROSE}</p></article></body></html>`).article.metadata.authors).toEqual(['Joe Doe']);
    // An author link wins over a byline, wherever each is.
    expect(
      extract(`<html><body><p class="byline">By Joe Doe</p><article><p>${PROSE}</p><a rel="author" href="/a">Ana Mehmeti</a></article></body></html>`)
        .article.metadata.authors,
    ).toEqual(['Ana Mehmeti']);
  });

  it.each([
    ['Headline | Site', 'Site', 'Headline'],
    ['A long headline here - Exit', null, 'A long headline here'],
    ['Albania-Iran Political Crisis', null, 'Albania-Iran Political Crisis'],
    ['Short - Title', null, 'Short - Title'],
    ['Shqipëria dhe Irani — Kronika Ditore', 'Kronika Ditore', 'Shqipëria dhe Irani'],
  ])('stripSiteSuffix(%j)', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });

  it('uses the explicit URL, else the canonical link, and null when asked', () => {
    const html = `<html><head><link rel="canonical" href="https://news.example/a"></head><body><p>${PROSE}</p></body></html>`;
    expect(extractArticle(parse(html)).article.url).toBe('https://news.example/a');
    expect(extractArticle(parse(html), { url: 'https://other.example/b' }).article.url).toBe('https://other.example/b');
    expect(extractArticle(parse(html), { url: null }).article.url).toBeNull();
  });

  it.each([
    ['og:type=article', '<meta property="og:type" content="article">', '<p>Short.</p>', true],
    ['an <article> element', '', '<article><p>Short.</p></article>', true],
    ['enough prose', '', `<div><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p><p>${PROSE}</p></div>`, true],
    ['a short page without markup', '<meta property="og:type" content="website">', '<div><p>Welcome to our shop.</p></div>', false],
  ])('isArticle: %s', (_name, headTags, body, expected) => {
    expect(extract(`<html><head>${headTags}</head><body>${body}</body></html>`).article.isArticle).toBe(expected);
  });
});

describe('reading only', () => {
  it('never changes the document', () => {
    const seed = loadFixtures().find((f) => f.slug === 'exit-al-seed');
    if (seed === undefined) throw new Error('exit-al-seed fixture missing');
    const doc = parse(seed.html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    readPrefilterInput(doc, null);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readPrefilterInput', () => {
  it('reads the title, meta tags, h1 and a bounded opening of the text', () => {
    const long = Array.from({ length: 200 }, () => `<p>${PROSE}</p>`).join('');
    const doc = parse(`<html><head><title>Doc title</title><meta name="description" content="About TIMS">
      <meta name="keywords" content="Iran, Albania"><script>var x = "SKIPME";</script></head>
      <body><nav>Menu</nav><article><h1>Rama cuts ties</h1><script>var y = "SKIPME";</script>${long}</article></body></html>`);
    const input = readPrefilterInput(doc, 'https://news.example/a');
    expect(input.title).toBe('Doc title');
    expect(input.url).toBe('https://news.example/a');
    expect(input.meta).toBe('About TIMS Iran, Albania');
    expect(input.head.startsWith('Rama cuts ties Rama cuts ties This sentence')).toBe(true);
    expect(input.head).not.toContain('SKIPME');
    expect(input.head).not.toContain('Menu');
    expect(input.head.length).toBeLessThanOrEqual(3000 + 'Rama cuts ties '.length);
  });

  // The opening is read from the best-marked root: articleBody, then article, then main, then body.
  it.each([
    ['articleBody in an article in main', '<nav>Menu</nav><main>Main lead<article>Article lead<div itemprop="articleBody">Body text</div></article></main>', 'Body text'],
    ['an article in main', '<main>Main lead<article>Article lead</article></main>', 'Article lead'],
    ['an article with an articleBody', '<article>Article lead<section itemprop="articleBody">Body text</section></article>', 'Body text'],
    ['main alone', '<nav>Menu</nav><main>Main lead</main>', 'Main lead'],
    ['an articleBody outside any article', '<nav>Menu</nav><div itemprop="articleBody">Body text</div>', 'Body text'],
    ['none of them', '<nav>Menu</nav><div>Loose text</div>', 'Menu Loose text'],
  ])('opening from %s', (_name, body, opening) => {
    expect(readPrefilterInput(parse(`<html><body>${body}</body></html>`), null).head).toBe(opening);
  });
});
