/** The validator's checks for entity adjectives and open-ended event terms (see src/pack/types.ts). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatPackError, validatePack } from '../../src/pack/validate.ts';

const raw = readFileSync(new URL('../../src/pack/data/albania-iran-2022.json', import.meta.url), 'utf8');
type Json = Record<string, unknown>;

/** The shipped pack with one change applied, validated; the error messages. */
function errorsAfter(change: (pack: { entities: Json[]; eventTerms: Json[] }) => void): string[] {
  const pack = JSON.parse(raw) as { entities: Json[]; eventTerms: Json[] };
  change(pack);
  const result = validatePack(pack, 'pack.json');
  return result.ok ? [] : result.errors.map(formatPackError);
}

const withAdjectives = (adjectives: unknown) => (pack: { entities: Json[] }): void => {
  const albania = pack.entities.find((e) => e['id'] === 'albania');
  if (albania !== undefined) albania['adjectives'] = adjectives;
};

const withTerm = (term: string) => (pack: { eventTerms: Json[] }): void => {
  pack.eventTerms.push({ term, lang: 'en', weight: 0.5 });
};

describe('entity adjectives', () => {
  it.each([
    ['stems by language', { en: ['Albanish'], ru: ['албанск'] }, []],
    ['a stem too short to match as a prefix', { en: ['Alb'] }, ['too short']],
    ['a language the pack does not list', { xx: ['Albanish'] }, ['not listed']],
    ['an invalid language code', { EN: ['Albanish'] }, ['invalid language code']],
    ['a list that is not an array', { en: 'Albanish' }, ['expected an array of adjective strings']],
    ['an empty stem', { en: [''] }, ['non-empty adjective']],
    ['a duplicate stem', { en: ['Albanish', 'Albanish'] }, ['duplicate adjective']],
    ['not an object', ['Albanish'], ['adjectives']],
  ])('%s', (_name, adjectives, expected) => {
    const errors = errorsAfter(withAdjectives(adjectives));
    if (expected.length === 0) expect(errors).toEqual([]);
    for (const fragment of expected) expect(errors.join('\n')).toContain(fragment);
  });
});

describe('open-ended event terms', () => {
  it.each([
    ['a final "*"', 'cyberwarfar*', []],
    ['a "*" inside the term', 'cyber*attack', ['may only end an event term']],
    ['"*" alone', '*', ['needs more than']],
  ])('%s', (_name, term, expected) => {
    const errors = errorsAfter(withTerm(term));
    if (expected.length === 0) expect(errors).toEqual([]);
    for (const fragment of expected) expect(errors.join('\n')).toContain(fragment);
  });
});
