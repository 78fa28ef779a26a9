/**
 * npm run add-fixture -- <slug> <file.html> [--url URL]
 *
 * Copies a saved page into tests/fixtures/pages/<slug>/, runs extract + engine over it and
 * writes a draft expected.json from what is found today. The draft is not the truth: a
 * person reviews it (Readability's generate-testcase.js works the same way).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { annotateHtml } from '../../src/cli/annotate.ts';
import { builtinPacks } from '../../src/pack/builtin.ts';
import { draftExpected, PAGES_DIR } from '../fixtures/pages/expected.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function fail(message: string): never {
  process.stderr.write(`add-fixture: ${message}\n`);
  process.exit(1);
}

const { values, positionals } = parseArgs({ options: { url: { type: 'string' } }, allowPositionals: true });
const [slug, file] = positionals;
if (slug === undefined || file === undefined) fail('usage: npm run add-fixture -- <slug> <file.html> [--url URL]');
if (!SLUG.test(slug)) fail(`the slug must be kebab-case: '${slug}'`);
if (!existsSync(file)) fail(`no such file: ${file}`);
const folder = join(PAGES_DIR, slug);
if (existsSync(folder)) fail(`${folder} exists already: pick another slug or remove it first`);

mkdirSync(folder, { recursive: true });
copyFileSync(file, join(folder, 'source.html'));
const url = values.url ?? null;
if (url !== null) writeFileSync(join(folder, 'meta.json'), JSON.stringify({ url }, null, 2) + '\n');
const analysis = await annotateHtml(readFileSync(file, 'utf8'), url, builtinPacks);
writeFileSync(join(folder, 'expected.json'), JSON.stringify(draftExpected(analysis), null, 2) + '\n');

process.stdout.write(
  `Wrote ${folder}/ (incident: ${analysis.incident?.id ?? 'none'}, ${analysis.entities.length} entities, ` +
    `${analysis.quotes.length} quotes, ${analysis.claims.length} claims).\n` +
    'REVIEW expected.json by hand before committing: it records what the engine finds today, ' +
    'not what a reader would expect. Remove wrong findings, add missed ones.\n',
);
