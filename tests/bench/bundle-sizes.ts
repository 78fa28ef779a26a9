/**
 * Issue 5's bundle sizes, read from the built extension: what every page of a curated
 * site loads (the content script, a classic script with no imports), what loads only
 * when the prefilter passes (each dynamic import's chunk and what it adds), and the
 * background.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb, type Row, type Section } from './table.ts';

interface Manifest {
  background: { service_worker: string };
  content_scripts: { js: string[]; css?: string[] }[];
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'`](\.{1,2}\/[^"'`]+)["'`]/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;
/** The content loader's import of the session: `import(….getURL("assets/…"))`, from the root. */
const EXTENSION_URL = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

/** Paths (relative to the dist root) that `file` refers to through `pattern`. */
export function referencedFiles(source: string, file: string, pattern: RegExp, fromRoot = false): string[] {
  return [...source.matchAll(pattern)].map((m) => (fromRoot ? posix.normalize(m[1]!) : posix.join(posix.dirname(file), m[1]!)));
}

class Dist {
  readonly #sources = new Map<string, string>();
  constructor(readonly root: string) {}

  source(file: string): string {
    let s = this.#sources.get(file);
    if (s === undefined) this.#sources.set(file, (s = readFileSync(join(this.root, file), 'utf8')));
    return s;
  }

  /** `entries` and every file they import statically, transitively. */
  closure(entries: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const queue = [...entries];
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      if (seen.has(file)) continue;
      seen.add(file);
      queue.push(...referencedFiles(this.source(file), file, STATIC_IMPORT));
    }
    return seen;
  }

  dynamicImports(files: Iterable<string>): string[] {
    return [...files].flatMap((f) => [
      ...referencedFiles(this.source(f), f, DYNAMIC_IMPORT),
      ...referencedFiles(this.source(f), f, EXTENSION_URL, true),
    ]);
  }

  sizes(files: Iterable<string>): { raw: number; gzip: number } {
    let raw = 0;
    let gzip = 0;
    for (const f of files) {
      const bytes = readFileSync(join(this.root, f));
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    return { raw, gzip };
  }
}

const chunkName = (file: string): string => posix.basename(file).replace(/-[\w-]{8}\.js$/, '');

export function benchBundleSizes(distRoot: string): Section {
  const dist = new Dist(distRoot);
  const manifest = JSON.parse(dist.source('manifest.json')) as Manifest;
  const content = manifest.content_scripts[0]!;
  const initial = dist.closure(content.js);
  const row = (what: string, files: Set<string>): Row => {
    const { raw, gzip } = dist.sizes(files);
    return { what, value: kb(gzip), baseline: kb(raw), ratio: String(files.size) };
  };

  const rows: Row[] = [row('content script, initial (every curated page)', initial)];
  const css = (content.css ?? []).filter((f) => existsSync(join(distRoot, f)));
  if (css.length > 0) rows.push(row('content CSS (every curated page)', new Set(css)));
  // Each lazy level: a dynamic import's chunk and whatever it adds to what is loaded already.
  const loaded = new Set(initial);
  for (let pending = dist.dynamicImports(initial); pending.length > 0; ) {
    const next: string[] = [];
    for (const entry of new Set(pending)) {
      if (loaded.has(entry)) continue;
      const added = new Set([...dist.closure([entry])].filter((f) => !loaded.has(f)));
      for (const f of added) loaded.add(f);
      rows.push(row(`  lazy: ${chunkName(entry)}`, added));
      next.push(...dist.dynamicImports(added));
    }
    pending = next;
  }
  rows.push(row('background service worker', dist.closure([manifest.background.service_worker])));

  return {
    title: `3. Bundle sizes of the built extension (${relative(process.cwd(), distRoot) || distRoot})`,
    headers: ['gzip', 'raw', 'files'],
    rows,
    notes: ['gzip level 9 (node:zlib); "lazy" rows count only what that chunk adds to what is already loaded'],
  };
}
