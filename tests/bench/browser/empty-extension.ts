/**
 * The overhead bench's baseline (issue 5: "vs. an empty content script"): a second
 * extension whose content script is an empty file, run at document_idle like ours on
 * hosts of its own. What the browser spends on any content script at all (an isolated
 * world, the injection) is in both numbers; the difference is what Sidelight adds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pages at this host get the empty content script (and no Sidelight). */
export const EMPTY_SCRIPT_HOST = 'bench-empty-content-script.invalid';

/** Writes the extension to a temporary folder and returns its path. */
export function emptyContentScriptExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sidelight-bench-empty-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (bench baseline)',
    version: '1.0.0',
    content_scripts: [{ matches: [`*://${EMPTY_SCRIPT_HOST}/*`], js: ['empty.js'], run_at: 'document_idle' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), '');
  return dir;
}
