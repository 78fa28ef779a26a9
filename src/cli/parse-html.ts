/**
 * HTML → Document in Node, with happy-dom set up for hostile pages: no scripts run or
 * load, no stylesheets, frames or navigation — the page is only read.
 */
import { Window } from 'happy-dom';

export interface ParsedPage {
  document: Document;
  /** Frees the window (timers, pending tasks). */
  close(): Promise<void>;
}

export function parseHtml(html: string, url: string | null): ParsedPage {
  const window = new Window({
    ...(url !== null ? { url } : {}),
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const parsed = new window.DOMParser().parseFromString(html, 'text/html');
  return {
    // happy-dom's classes implement the DOM interfaces the extractor reads.
    document: parsed as unknown as Document,
    close: () => window.happyDOM.close(),
  };
}
