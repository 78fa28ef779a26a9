import { resolve } from 'node:path';
import { build, defineConfig } from 'vite';
import { crx, type CrxPlugin, type ManifestV3Export } from '@crxjs/vite-plugin';
import baseManifest from './manifest.json' with { type: 'json' };
import { prefilterEntry } from './src/engine/detect/prefilter.ts';
import { builtinPacks } from './src/pack/builtin.ts';

/**
 * One build per browser: `vite build --mode chrome` → dist/chrome,
 * `vite build --mode firefox` → dist/firefox. manifest.json is written for Chrome;
 * Firefox MV3 has no background service worker, so its manifest gets an event page,
 * a gecko id and the data-collection declaration (nothing is collected).
 */
export const GECKO_ID = 'sidelight@sidelight.example';

function manifestFor(browser: 'chrome' | 'firefox'): ManifestV3Export {
  // The curated news sites, where the content script runs, are also host permissions:
  // the install prompt names them either way, and only with them may the background
  // register the stored-triggers flag script there (src/background/content-scripts.ts).
  const curated = { ...baseManifest, host_permissions: baseManifest.content_scripts.flatMap((s) => s.matches) };
  if (browser === 'chrome') return curated;
  const { background, ...rest } = curated;
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

/** What the manifest lists as the content script: a classic script, built on its own. */
const CONTENT_LOADER_FILE = 'assets/content-loader.js';
const CONTENT_LOADER_ENTRY = 'src/content/index.ts';
const CONTENT_SESSION_ENTRY = 'src/content/session.ts';

/**
 * The content script runs on every page of the curated sites, so it is built as one
 * classic script rather than through crxjs's loader: a module content script costs a
 * dynamic import (a fetch, a module graph, Vite's preload helper) on every page, about
 * 2 ms of the reader's main thread before any of our own work. The classic loader
 * imports the session chunk, which this build emits as an entry, only when the
 * prefilter passes.
 *
 * The session and its chunks are web-accessible on any page, not only the curated
 * sites: on-demand analysis (activeTab) and "all sites" inject the same loader
 * anywhere. (They hold only our code; Chrome exposes them no more than the content
 * script it injects.)
 */
function classicContentLoader(browser: 'chrome' | 'firefox', target: string): CrxPlugin {
  let sessionRef = '';
  return {
    name: 'sidelight:classic-content-loader',
    enforce: 'post',
    buildStart() {
      sessionRef = this.emitFile({ type: 'chunk', id: resolve(CONTENT_SESSION_ENTRY), name: 'content-session' });
    },
    transformCrxManifest(manifest) {
      // crxjs builds only the content script's CSS; its JS is the classic loader below.
      for (const script of manifest.content_scripts ?? []) script.js = [];
      return manifest;
    },
    async renderCrxManifest(manifest, bundle) {
      const sessionFile = this.getFileName(sessionRef);
      this.emitFile({ type: 'asset', fileName: CONTENT_LOADER_FILE, source: await buildLoader(browser, target, sessionFile) });
      for (const script of manifest.content_scripts ?? []) script.js = [CONTENT_LOADER_FILE];
      manifest.web_accessible_resources = [
        ...(manifest.web_accessible_resources ?? []),
        { resources: chunkWithImports(bundle, sessionFile), matches: ['<all_urls>'], use_dynamic_url: false },
      ];
      return manifest;
    },
  };
}

/** The build's output as crxjs hands it to plugins. */
type OutputBundle = Parameters<NonNullable<CrxPlugin['renderCrxManifest']>>[1];

/** `file` and every chunk it imports, statically or dynamically (the panel UI). */
function chunkWithImports(bundle: OutputBundle, file: string): string[] {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    const chunk = bundle[name];
    if (seen.has(name) || chunk?.type !== 'chunk') return;
    seen.add(name);
    for (const next of [...chunk.imports, ...chunk.dynamicImports]) visit(next);
  };
  visit(file);
  return [...seen].sort();
}

/** The loader as one minified IIFE, told where the session chunk is and the built-in packs' triggers. */
async function buildLoader(browser: 'chrome' | 'firefox', target: string, sessionFile: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    mode: browser,
    publicDir: false,
    define: {
      __SIDELIGHT_SESSION_MODULE__: JSON.stringify(sessionFile),
      // Only the triggers: the loader turns most pages away with these alone.
      __SIDELIGHT_BUILTIN_PREFILTER__: JSON.stringify(builtinPacks.map(prefilterEntry)),
    },
    build: {
      write: false,
      target,
      minify: true,
      lib: { entry: resolve(CONTENT_LOADER_ENTRY), formats: ['iife'], name: 'sidelightLoader', fileName: () => 'content-loader.js' },
    },
  });
  const [output] = Array.isArray(result) ? result : [result];
  const chunk = output && 'output' in output ? output.output.find((o) => o.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('the content loader build produced no script');
  if (/\bimport\s*[{*]|\bexport\s*[{*]/.test(chunk.code)) throw new Error('the content loader must be a classic script');
  return chunk.code;
}

export default defineConfig(({ mode }) => {
  const browser = mode === 'firefox' ? 'firefox' : 'chrome';
  const target = browser === 'firefox' ? 'firefox140' : 'chrome120';
  return {
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    plugins: [crx({ manifest: manifestFor(browser), browser }), classicContentLoader(browser, target)],
    build: {
      outDir: `dist/${browser}`,
      emptyOutDir: true,
      // Extensions load from disk: no need for legacy targets or source maps in production.
      target,
      minify: true,
      sourcemap: false,
      // Vite's preload helper inserts <link rel=modulepreload> into the document for
      // dynamic imports: in a content script that document is the reader's page.
      modulePreload: false,
    },
  };
});
