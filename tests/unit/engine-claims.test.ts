import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/engine/claims/index.ts';
import { matchCues } from '../../src/engine/cues/index.ts';
import { findEntities } from '../../src/engine/entities/index.ts';
import { findFacts } from '../../src/engine/facts/index.ts';
import { prepareText } from '../../src/engine/text/prepare.ts';
import type { ClaimResult } from '../../src/engine/types.ts';
import { makeVeloriaPack } from './engine-test-pack.ts';

const pack = makeVeloriaPack();

function analyse(text: string) {
  const doc = prepareText(text);
  const cues = matchCues(doc, pack, findEntities(doc.text, doc.folded, pack));
  return { doc, claims: findClaims(doc, pack, cues), facts: findFacts(pack, cues) };
}

/** claim id → its counterclaims as "id:inArticle". */
function graph(claims: readonly ClaimResult[]): Record<string, string[]> {
  return Object.fromEntries(claims.map((c) => [c.id, c.counterclaims.map((cc) => `${cc.id}:${cc.inArticle}`)]));
}

describe('cues', () => {
  it.each([
    // Every term of a cue in one sentence, alternatives at word start ("blamed", "conducted").
    ['Veloria blamed Marrak.', ['marrak-behind-hack']],
    ['Marrak. It blamed nobody.', []],
    // "@id" means any alias of the entity, in any script or case form.
    ['Velorisë: ky sulm u konsiderua si "conducted" nga مراك.', ['marrak-behind-hack']],
    // A term alternative must start a word: "unblamed" is not "blamed".
    ['Marrak was unblamed.', []],
    // Folded text: curly quotes, diacritics and case do not matter.
    ['NO DATA WAS “LOST”, said Manëz.', ['no-data-loss']],
    // The second cue of a claim is enough.
    ['Crimson Ledger is a state front.', ['marrak-behind-hack']],
  ])('%j', (text, expected) => {
    expect(analyse(text).claims.map((c) => c.id)).toEqual(expected);
  });
});

describe('claims and counterclaims', () => {
  it('offers counterclaims, marking the ones the article reports', () => {
    const { claims } = analyse(
      'Prime Minister Ilir Manëz said no data was lost. Marrak was behind the hack, he said. Marrak rejected the charge.',
    );
    expect(graph(claims)).toEqual({
      'no-data-loss': ['ledger-leaked-data:false', 'leak-verified:false'],
      'marrak-behind-hack': ['marrak-denies:true'],
      'marrak-denies': ['marrak-behind-hack:true'],
    });
  });

  it('includes the claims that support a counterclaim, and the disputes in both directions', () => {
    const { claims } = analyse('Crimson Ledger published the files. GridWatch said they look genuine.');
    expect(graph(claims)).toEqual({
      'ledger-leaked-data': ['no-data-loss:false'],
      // A supporting claim is not set against the claim it supports.
      'leak-verified': [],
    });
  });

  it('never offers a counterclaim for a claim the article does not make', () => {
    const { claims } = analyse('Marrak rejected the charge.');
    expect(claims.map((c) => c.id)).toEqual(['marrak-denies']);
    expect(claims[0]?.counterclaims.map((c) => c.id)).toEqual(['marrak-behind-hack']);
  });

  it('reports the sentences as mentions, and the claim details and sources', () => {
    const text = 'Heading\n\nMarrak denied it. Later, Marrak rejected it again.';
    const { claims } = analyse(text);
    expect(claims).toHaveLength(1);
    const [claim] = claims;
    expect(claim?.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Marrak denied it.', 'Later, Marrak rejected it again.']);
    expect(claim?.claimants).toEqual(['marrak']);
    expect(claim?.sources[0]?.publisher).toBe('Example Wire');
    expect(claim?.counterclaims[0]).toMatchObject({ text: 'Marrak conducted the hack.', claimants: ['veloria', 'ilir-manez'], inArticle: false });
  });

  it('lists claims in the order the article makes them', () => {
    const { claims } = analyse('Marrak denied it. Veloria blamed Marrak.');
    expect(claims.map((c) => c.id)).toEqual(['marrak-denies', 'marrak-behind-hack']);
  });
});

describe('facts', () => {
  it('is the whole timeline in date order, marked where the article mentions it', () => {
    const { facts } = analyse('Veloria expelled the envoys. The ACG went offline. The second hack came later.');
    expect(facts.map((f) => [f.date, f.id, f.inArticle])).toEqual([
      ['2030', 'lantern-arrives', false],
      ['2031-02', 'second-hack', true],
      ['2031-02-14', 'first-hack', true],
      ['2031-03-05', 'expulsion', true],
    ]);
    expect(facts[1]?.disputed).toBe('Exact day unknown.');
    expect(facts[0]).not.toHaveProperty('disputed');
  });

  it('marks nothing for an article that mentions no fact', () => {
    expect(analyse('Nothing here.').facts.every((f) => !f.inArticle)).toBe(true);
  });
});
