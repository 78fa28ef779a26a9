import { defineConfig } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };

/**
 * One build per browser: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox. manifest.json is written for Chrome;
 * Firefox MV3 has no background service worker, so its manifest gets an event page,
 * a gecko id and the data-collection declaration (nothing is collected).
 */
export const GECKO_ID = 'sidelight@sidelight.example';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  if (browser === 'chrome') return baseManifest;
  const { background, ...rest } = baseManifest;
  return {
    ...rest,
    background: { scripts: [background.service_worker] },
    browser_specific_settings: {
      // 140: the first Firefox with the CSS Custom Highlight API and the
      // data-collection declaration (142 on Android).
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  } as ManifestV3Export;
}

/**
 * The content script is a small loader that imports its module chunks from the
 * extension; the build lists those chunks as web-accessible on the curated sites only.
 * On-demand analysis (activeTab) and "all sites" inject the same script anywhere, so the
 * chunks must load on any page. (They hold only our code; Chrome exposes them no more
 * than the content script it injects.)
 */
function contentChunksOnAnyPage(): CrxPlugin {
  return {
    name: 'sidelight:content-chunks-on-any-page',
    enforce: 'post',
    renderCrxManifest(manifest) {
      for (const resource of manifest.web_accessible_resources ?? []) {
        if ('matches' in resource) resource.matches = ['<all_urls>'];
      }
      return manifest;
    },
  };
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [crx({ manifest: manifestFor(browser), browser }), contentChunksOnAnyPage()],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Extensions load from disk: no need for legacy targets or source maps in production.
      target: browser === 'firefox' ? 'firefox140' : 'chrome120',
      minify: true,
      sourcemap: false,
      // Vite's preload helper inserts <link rel=modulepreload> into the document for
      // dynamic imports: in a content script that document is the reader's page.
      modulePreload: false,
    },
  };
});
