import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/ui/dates.ts';
import { isHttpUrl } from '../../src/ui/links.ts';
import { entityLookup } from '../../src/ui/names.ts';
import { buildAnalysis, buildPack } from './ui-fixtures.ts';

describe('formatDate', () => {
  it.each([
    ['2022-07-15', '15 July 2022'],
    ['2022-09-07', '7 September 2022'],
    ['2022-07', 'July 2022'],
    ['2016', '2016'],
    ['2022-12-31', '31 December 2022'],
    // Not an ISO date of a known precision: shown as written, never guessed.
    ['2022-13', '2022-13'],
    ['2022-07-20/21', '2022-07-20/21'],
    ['', ''],
    ['١٤٠١', '١٤٠١'],
  ])('%s → %s', (iso, shown) => {
    expect(formatDate(iso)).toBe(shown);
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://exit.al/en/', true],
    ['http://www.breitbart.com/x', true],
    ['HTTPS://EXAMPLE.COM', true],
    ['https://shqiptarja.com/lajm/sulmi-kibernetik-ë', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['\tjavascript:alert(1)', false],
    ['data:text/html,hi', false],
    ['ftp://example.com/file', false],
    ['//example.com/protocol-relative', false],
    ['/relative', false],
    ['', false],
  ])('%s → %s', (url, ok) => {
    expect(isHttpUrl(url)).toBe(ok);
  });
});

describe('entityLookup', () => {
  const lookup = entityLookup(buildAnalysis(), buildPack());

  it.each([
    ['edi-rama', { id: 'edi-rama', name: 'Edi Rama', role: 'Prime Minister of Albania', known: true }],
    ['durres', { id: 'durres', name: 'Durrës', role: 'Albanian port city', known: true }],
    ['not-in-pack', { id: 'not-in-pack', name: 'not-in-pack', role: null, known: false }],
  ])('%s', (id, info) => {
    expect(lookup(id)).toEqual(info);
  });

  it('falls back to the analysis for an entity the pack lacks', () => {
    const analysis = buildAnalysis();
    analysis.entities.push({ id: 'olta-xhacka', name: 'Olta Xhaçka', type: 'person', role: '', mentions: [] });
    expect(entityLookup(analysis, buildPack())('olta-xhacka')).toEqual({ id: 'olta-xhacka', name: 'Olta Xhaçka', role: null, known: true });
  });
});
