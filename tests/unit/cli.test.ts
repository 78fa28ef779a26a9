/** The `sidelight` command as a user runs it: a real Node process per case. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANALYSIS_SCHEMA, type Analysis } from '../../src/engine/types.ts';

const BIN = 'src/cli/bin.js';
const SEED = 'tests/fixtures/pages/exit-al-seed/source.html';
const SEED_URL = 'https://exit.al/en/2022/09/11/albania-iran-political-crisis-intensifies-after-second-cyberattack/';
const TIMEOUT = 30_000;

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, timeout: TIMEOUT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), 'sidelight-cli-'));
const badJson = join(scratch, 'bad.json');
writeFileSync(badJson, '{ "schema": ');
const badPack = join(scratch, 'pack.json');
writeFileSync(badPack, JSON.stringify({ schema: 'sidelight.pack/1', id: 'Not Kebab' }));

describe('sidelight annotate', () => {
  it('prints the Analysis JSON for a saved page', { timeout: TIMEOUT }, () => {
    const { code, stdout, stderr } = run(['annotate', SEED, '--url', SEED_URL]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\{\n {2}"schema": /);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.schema).toBe(ANALYSIS_SCHEMA);
    expect(analysis.url).toBe(SEED_URL);
    expect(analysis.title).toBe('Albania-Iran Political Crisis Intensifies After Second Cyberattack');
    expect(analysis.lang).toBe('en');
    expect(analysis.isArticle).toBe(true);
    expect(analysis.incident?.id).toBe('albania-iran-2022');
    expect(analysis.text).toContain('Prime Minister Edi Rama');
    for (const key of ['entities', 'quotes', 'claims', 'facts'] as const) expect(Array.isArray(analysis[key])).toBe(true);
    for (const e of analysis.entities) {
      for (const m of e.mentions) expect(m.end).toBeLessThanOrEqual(analysis.text.length);
    }
  });

  it('reads standard input with -', { timeout: TIMEOUT }, () => {
    const html = '<html lang="sq"><body><article><p>Kryeministri foli sot për buxhetin e vitit të ardhshëm.</p></article></body></html>';
    const { code, stdout } = run(['annotate', '--url', 'https://news.example/a', '-'], html);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout) as Analysis;
    expect(analysis.url).toBe('https://news.example/a');
    expect(analysis.lang).toBe('sq');
    expect(analysis.incident).toBeNull();
    expect(analysis.text).toBe('Kryeministri foli sot për buxhetin e vitit të ardhshëm.');
  });

  it('prints a Markdown report with --format md', { timeout: TIMEOUT }, () => {
    const { code, stdout } = run(['annotate', '--format', 'md', SEED]);
    expect(code).toBe(0);
    expect(stdout.startsWith('# Albania-Iran Political Crisis Intensifies After Second Cyberattack\n')).toBe(true);
    expect(stdout).toContain(`<${SEED_URL}>`); // from the page's canonical link
    expect(stdout).toContain('`albania-iran-2022`');
    expect(stdout).toContain('## Who is speaking');
    expect(stdout).toContain('### Edi Rama');
  });
});

describe('errors: one line on stderr, non-zero exit', () => {
  it.each([
    [[], 2, /no command given/],
    [['frob'], 2, /unknown command 'frob'/],
    [['--frob'], 2, /unknown option '--frob'/],
    [['annotate'], 2, /annotate needs an HTML file/],
    [['annotate', '--bogus', SEED], 2, /unknown option '--bogus'/],
    [['annotate', '--format', 'xml', SEED], 2, /unknown format 'xml'/],
    [['annotate', '--url', 'not a url', SEED], 2, /--url must be an http\(s\) URL/],
    [['annotate', SEED, 'extra.html'], 2, /unexpected argument 'extra.html'/],
    [['annotate', 'tests/fixtures/pages/nope.html'], 1, /no such file: tests\/fixtures\/pages\/nope.html/],
    [['annotate', 'tests/fixtures/pages'], 1, /is a directory/],
    [['annotate', 'package.json'], 1, /package.json does not look like an HTML page/],
    [['pack'], 2, /pack needs a subcommand/],
    [['pack', 'validate'], 2, /pack validate needs a pack file/],
    [['pack', 'validate', join(scratch, 'missing.json')], 1, /no such file/],
    [['pack', 'validate', badJson], 1, /is not valid JSON/],
  ])('sidelight %j', (args, exitCode, message) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(exitCode);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^sidelight: [^\n]+\n$/);
    expect(stderr).toMatch(message);
  }, TIMEOUT);

  it('reports an empty standard input', { timeout: TIMEOUT }, () => {
    const { code, stderr } = run(['annotate', '-'], '');
    expect(code).toBe(1);
    expect(stderr).toBe('sidelight: standard input is empty\n');
  });

  it('accepts the built-in pack', { timeout: TIMEOUT }, () => {
    const { code, stdout, stderr } = run(['pack', 'validate', 'src/pack/data/albania-iran-2022.json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^src\/pack\/data\/albania-iran-2022\.json: valid pack albania-iran-2022 \S+\n$/);
  });

  it('lists every problem of an invalid pack, one per line, and exits 1', { timeout: TIMEOUT }, () => {
    const { code, stdout, stderr } = run(['pack', 'validate', badPack]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    const lines = stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).toContain('pack.json');
  });
});

describe('sidelight --help', () => {
  it.each([['--help'], ['-h'], ['help'], ['annotate', '--help']])('%s prints usage and exits 0', (...args) => {
    const { code, stdout, stderr } = run(args);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('sidelight annotate [--url URL] [--format json|md]');
    expect(stdout).toContain('sidelight pack validate <file.json>');
  }, TIMEOUT);
});
