import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPackError, isPackDate, validatePack } from '../../src/pack/validate.ts';
import { foldPackText } from '../../src/pack/fold.ts';

const FIXTURES = new URL('../fixtures/packs/', import.meta.url);
const readFixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, FIXTURES), 'utf8'));

describe('isPackDate', () => {
  it.each([
    ['2022', true],
    ['2022-07', true],
    ['2022-07-15', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['1900-02-29', false], // divisible by 100 only
    ['2023-02-29', false],
    ['2022-04-31', false],
    ['2022-13', false],
    ['2022-00-10', false],
    ['2022-7-15', false],
    ['22-07-15', false],
    ['2022-07-15T10:00', false],
    ['15 July 2022', false],
    ['', false],
  ])('%j → %s', (value, expected) => {
    expect(isPackDate(value)).toBe(expected);
  });
});

describe('foldPackText', () => {
  it.each([
    ['Shqipërisë', 'shqiperise'],
    ['Çuçi', 'cuci'],
    ['Et’hemaj', "et'hemaj"],
    ['Téhéran', 'teheran'],
    ['İran', 'iran'],
    ['cyber‑attack', 'cyber-attack'], // non-breaking hyphen
    ['ألبانيا', 'البانيا'], // hamza folded, right-to-left text kept in order
    ['آلبانی', 'البانی'],
    ['阿爾巴尼亞', '阿爾巴尼亞'],
  ])('%s → %s', (input, expected) => {
    expect(foldPackText(input)).toBe(expected);
  });
});

describe('the fictional second pack', () => {
  it('validates', () => {
    const result = validatePack(readFixture('fictional-harbor-outage-2031.json'), 'fictional-harbor-outage-2031.json');
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([]);
  });
});

// One broken pack per kind of mistake; each must be refused with this path and message.
const BROKEN: [file: string, path: string, message: string][] = [
  ['not-an-object', '$', 'a pack must be a JSON object, got an array'],
  ['entities-not-an-array', '$.entities', 'expected an array, got an object'],
  ['missing-source', '$.facts[0].sources', 'must have at least 1 item'],
  ['dangling-claimant', '$.claims[0].claimants[1]', 'claimant refers to unknown entity "harbour-cat"'],
  ['dangling-dispute', '$.claims[1].disputes[0]', 'disputed claim refers to unknown claim "ghost-claim"'],
  ['dangling-cue-entity', '$.facts[3].cues[0][0]', 'cue "@tide-lock" refers to unknown entity "tide-lock"'],
  ['duplicate-id', '$.quotes[1].id', 'duplicate id "harbour-closed" (first defined at $.facts[1].id)'],
  ['bad-date', '$.facts[1].date', 'invalid date "2031-02-29"'],
  ['bad-alias-rule', '$.entities[0].aliasRules[0].alias', '"Brine Co" is not one of this entity\'s aliases'],
  ['rule-does-nothing', '$.entities[1].aliasRules[0]', 'otherwise it changes nothing'],
  ['alias-collision', '$.entities[3].aliases.en[2]', 'alias "marenza" also belongs to "marenza" and "port-of-marenza-authority"'],
  ['unknown-key', '$.facts[0].sourcse', 'unknown key "sourcse" (did you mean "sources"?)'],
  ['wrong-schema', '$.schema', 'unsupported schema "sidelight.pack/2"'],
  ['bad-url', '$.facts[2].sources[0].url', 'not an absolute http(s) URL: "ftp://example.org/ledger"'],
  ['weight-out-of-range', '$.eventTerms[0].weight', 'weight must be a number from 0 to 1'],
  ['not-kebab-id', '$.entities[6].id', 'id "Valdoria_Cyber_Office" is not kebab-case'],
  ['unfolded-trigger', '$.triggers[4]', 'trigger "Valdória" must be stored folded, as "valdoria"'],
  ['unlisted-language', '$.quotes[0].lang', 'language "de" is not listed in $.languages'],
];

describe('broken packs are refused', () => {
  it('every fixture in broken/ is covered by the table', () => {
    const files = readdirSync(new URL('broken/', FIXTURES)).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(BROKEN.map(([f]) => f).sort());
  });

  it.each(BROKEN)('%s → %s', (name, path, message) => {
    const file = `broken/${name}.json`;
    const result = validatePack(readFixture(file), file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(expect.objectContaining({ file, path, message: expect.stringContaining(message) }));
  });

  it('reports every problem, not just the first', () => {
    const result = validatePack(readFixture('broken/unknown-key.json'), 'unknown-key.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(['$.facts[0]', '$.facts[0].sourcse']);
  });

  it('collects many independent errors in one pass', () => {
    const pack = readFixture('fictional-harbor-outage-2031.json') as Record<string, unknown>;
    const broken = { ...pack, schema: 'nope', version: 'one', extra: true, languages: ['EN'] };
    const result = validatePack(broken, 'many.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    for (const p of ['$.schema', '$.version', '$.extra', '$.languages[0]']) expect(paths).toContain(p);
  });
});

describe('formatPackError', () => {
  it('names the file, the path and the problem', () => {
    expect(formatPackError({ file: 'my-pack.json', path: '$.entities[3].aliases.sq[0]', message: 'duplicate alias "Rama"' })).toBe(
      'my-pack.json: $.entities[3].aliases.sq[0]: duplicate alias "Rama"',
    );
  });
});
