/**
 * A corpus record → a plain news page in happy-dom: <html lang>, <title>, and an <article>
 * with the title as <h1> and one <p> per line of text. Built with DOM calls, so the text
 * is never parsed as HTML (no escaping to get wrong).
 */
import { Window } from 'happy-dom';
import type { RecordWithText } from './corpus.ts';

export interface BuiltPage {
  document: Document;
  close(): Promise<void>;
}

/** Paragraphs are the non-empty lines: the stored texts use "\n" and "\n\n" alike. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function buildPage(record: RecordWithText): BuiltPage {
  const window = new Window({
    url: record.url,
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = window.document;
  doc.documentElement.setAttribute('lang', record.lang);
  const head = doc.head;
  const body = doc.body;
  const article = doc.createElement('article');
  if (record.title !== null) {
    const title = doc.createElement('title');
    title.textContent = record.title;
    head.appendChild(title);
    const h1 = doc.createElement('h1');
    h1.textContent = record.title;
    article.appendChild(h1);
  }
  for (const paragraph of paragraphsOf(record.text)) {
    const p = doc.createElement('p');
    p.textContent = paragraph;
    article.appendChild(p);
  }
  body.appendChild(article);
  return {
    // happy-dom's classes implement the DOM interfaces the extractor reads.
    document: doc as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
