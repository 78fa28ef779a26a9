/**
 * Adjectives (Entity.adjectives) and the Arabic proclitics the word-start rule
 * allows: "the Marrakan government" and "والمراكية" are about Marrak, counted as
 * evidence and for "@marrak" cues, never highlighted as mentions.
 */
import { describe, expect, it } from 'vitest';
import { matchCues } from '../../src/engine/cues/index.ts';
import { findAdjectives } from '../../src/engine/entities/adjectives.ts';
import { findEntities } from '../../src/engine/entities/index.ts';
import { isWordStart } from '../../src/engine/text/chars.ts';
import { fold } from '../../src/engine/text/fold.ts';
import { prepareText } from '../../src/engine/text/prepare.ts';
import { TermIndex } from '../../src/engine/text/terms.ts';
import type { Pack } from '../../src/pack/types.ts';
import { makeVeloriaPack } from './engine-test-pack.ts';

/** The test pack with adjective stems for Marrak in four languages ("Marraki" is also an alias). */
function adjectivePack(): Pack {
  const pack = makeVeloriaPack();
  return {
    ...pack,
    languages: [...pack.languages, 'de', 'ru'],
    entities: pack.entities.map((e) =>
      e.id === 'marrak' ? { ...e, adjectives: { en: ['Marrakan', 'Marraki'], de: ['marrakisch'], ru: ['марракск'], ar: ['مراكي'] } } : e,
    ),
  };
}

const pack = adjectivePack();

function adjectives(text: string): string[] {
  const folded = fold(text);
  const found = findAdjectives(folded, pack, findEntities(text, folded, pack));
  return [...found].flatMap(([id, spans]) => spans.map((s) => `${id}:${text.slice(s.start, s.end)}`));
}

describe('findAdjectives', () => {
  it.each([
    ['The Marrakan government denied it.', ['marrak:Marrakan']],
    // Any inflection: the stem is a prefix, the mention the whole word.
    ['Marrakans and MARRAKAN hackers.', ['marrak:Marrakans', 'marrak:MARRAKAN']],
    ['Die marrakischen Hacker und ein marrakischer Minister.', ['marrak:marrakischen', 'marrak:marrakischer']],
    ['Марракские хакеры атаковали марракскую сеть.', ['marrak:Марракские', 'marrak:марракскую']],
    // After an Arabic proclitic (the article ال, "and" و).
    ['الحكومة المراكية والمراكيون', ['marrak:مراكية', 'marrak:مراكيون']],
    // Not inside a word.
    ['Unmarrakan is not a word; premarrakisch neither.', []],
    // A stem inside a mention is the mention ("Marrakian" is an alias of Marrak)…
    ['Marrakian diplomats left.', []],
    // …and counts as an adjective elsewhere.
    ['Marrakish tea.', ['marrak:Marrakish']],
  ])('%j', (text, expected) => {
    expect(adjectives(text)).toEqual(expected);
  });

  it('never turns an adjective into a highlighted mention', () => {
    const text = 'The Marrakan envoy met Marrak officials.';
    expect(findEntities(text, fold(text), pack).flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)))).toEqual(['Marrak']);
  });

  it('lets adjectives satisfy "@id" cue terms', () => {
    const cuePack: Pack = { ...pack, claims: [{ ...pack.claims[0]!, cues: [['@marrak', 'behind']] }] };
    const doc = prepareText('Officials said Marrakan hackers were behind it. Nobody else was behind it.');
    const entities = findEntities(doc.text, doc.folded, cuePack);
    const adjectiveSpans = findAdjectives(doc.folded, cuePack, entities);
    expect(matchCues(doc, cuePack, entities, adjectiveSpans).sentencesMatching([['@marrak', 'behind']])).toEqual([0]);
    expect(matchCues(doc, cuePack, entities).sentencesMatching([['@marrak', 'behind']])).toEqual([]);
  });
});

describe('Arabic proclitics at word starts', () => {
  it.each([
    // [text, index, can a word start there?]
    ['وإيران', 1, true], // و + name
    ['لإيران', 1, true], // ل + name
    ['بالهجوم', 3, true], // بال + word
    ['للهجوم', 2, true], // لل + word
    ['الهجوم', 2, true], // the article
    ['مراكز', 1, false], // a plain word's second letter
    ['سلام', 2, false],
    ['word', 1, false], // other scripts keep their rule
  ] as const)('%s at %i → %s', (text, i, expected) => {
    expect(isWordStart(fold(text), i)).toBe(expected);
  });

  it.each([
    ['اتهمت فيلوريا ومراك بالهجوم', ['veloria:فيلوريا', 'marrak:مراك']],
    ['زار لمراك', ['marrak:مراك']],
    // The alias must still end a word: مراكز ("centres") is not مراك.
    ['في مراكز المدينة', []],
  ])('finds names after proclitics: %s', (text, expected) => {
    const found = findEntities(text, fold(text), pack).flatMap((e) => e.mentions.map((m) => `${e.id}:${text.slice(m.start, m.end)}`));
    expect(found).toEqual(expected);
  });
});

describe('TermIndex open-ended terms', () => {
  const index = new TermIndex();
  const closed = index.add(['siber saldırı']);
  const open = index.add(['siber saldırı*']);
  const spans = (text: string, id: number): string[] =>
    (index.find(fold(text), { wholeWords: true })[id] ?? []).map((s) => text.slice(s.start, s.end));

  it.each([
    ['Siber saldırı oldu.', ['Siber saldırı'], ['Siber saldırı']],
    ['Siber saldırıyı kınıyorum; siber saldırılar sürüyor.', [], ['Siber saldırı', 'siber saldırı']],
    ['Hiç saldırı yok.', [], []],
  ])('%j', (text, whole, prefixed) => {
    expect(spans(text, closed)).toEqual(whole);
    expect(spans(text, open)).toEqual(prefixed);
  });

  it('treats "*" alone as no alternative', () => {
    expect(index.add(['*', 'hack'])).toBe(index.add(['hack']));
  });
});
