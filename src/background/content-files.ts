/**
 * The built content script and its highlight CSS, as the build wrote them into our
 * own manifest: the one source for on-demand injection and for the "all sites"
 * registration, so neither can drift from what the curated sites get.
 */
import browser from 'webextension-polyfill';

export interface ContentFiles {
  js: string[];
  css: string[];
}

export function contentFiles(): ContentFiles {
  const [entry] = browser.runtime.getManifest().content_scripts ?? [];
  return { js: entry?.js ?? [], css: entry?.css ?? [] };
}

/** The curated news sites (the manifest's match patterns). */
export function curatedMatches(): string[] {
  const [entry] = browser.runtime.getManifest().content_scripts ?? [];
  return entry?.matches ?? [];
}
