/**
 * One element in the page, <sidelight-root>, owns a shadow root that holds all of
 * Sidelight's UI (hypothesis' preact-container pattern). Page CSS cannot reach in
 * (`:host { all: initial }` plus inline !important on the host for the few properties
 * a hostile stylesheet could use to hide or move it); our CSS cannot leak out.
 */
import { HOST_TAG } from '../shared/host-tag.ts';

export class UiHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** The element Preact renders into. */
  readonly mount: HTMLElement;

  constructor(doc: Document, css: string) {
    this.host = doc.createElement(HOST_TAG);
    for (const [prop, value] of [
      ['all', 'initial'],
      ['display', 'block'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['overflow', 'visible'],
      ['z-index', '2147483647'],
      ['visibility', 'visible'],
      ['opacity', '1'],
      ['transform', 'none'],
      ['filter', 'none'],
    ] as const) {
      this.host.style.setProperty(prop, value, 'important');
    }
    // Open, so tests and assistive tools can reach it; the page can see our UI, which
    // holds only its own text and the public pack.
    this.root = this.host.attachShadow({ mode: 'open' });
    // A <style> element rather than adoptedStyleSheets: constructed sheets from a
    // Firefox content script's compartment cannot be adopted by the page's document.
    const style = doc.createElement('style');
    style.textContent = css;
    this.mount = doc.createElement('div');
    this.mount.className = 'sl-app';
    this.root.append(style, this.mount);
    // Appended to <html>, not <body>: frameworks that own body's children never see it.
    doc.documentElement.append(this.host);
  }

  contains(node: EventTarget | null): boolean {
    return node === this.host || (node instanceof Node && this.root.contains(node));
  }

  destroy(): void {
    this.host.remove();
  }
}
