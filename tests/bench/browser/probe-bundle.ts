/** The page-side probe as one IIFE script, built from the project's own modules with esbuild. */
import { build } from 'esbuild';
import { join } from 'node:path';

export async function probeScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, 'probe-entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    // The extension ships minified; measure the same kind of code.
    minify: true,
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
