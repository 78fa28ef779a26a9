import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import type { Pack } from '../../src/pack/types.ts';
import { article, makeVeloriaPack } from './engine-test-pack.ts';

const veloria = makeVeloriaPack();

// Written for this test: a short report on the fictional incident.
const report = article('Veloria blames Marrak for water grid hack', [
  'Veloria blames Marrak for water grid hack',
  'Prime Minister Ilir Manëz said on Monday that Marrak was behind the cyberattack that took the Aqueduct Control Grid offline.',
  '“No data was lost, and the grid is running again,” Manëz said.',
  'A group calling itself Crimson Ledger published files it said came from the ACG.',
  'Marrak rejected the accusation.',
]);

describe('analyze', () => {
  const analysis = analyze(report, [veloria]);

  it('follows the Analysis contract', () => {
    expect(analysis).toMatchObject({
      schema: 'sidelight.analysis/1',
      url: null,
      title: report.title,
      lang: 'en',
      isArticle: true,
      text: report.text,
    });
    // Plain data: survives a JSON round trip unchanged.
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('recognises the incident', () => {
    expect(analysis.incident?.id).toBe('veloria-grid-2031');
    expect(analysis.incident?.title).toBe(veloria.title);
    expect(analysis.incident?.evidence.length).toBeGreaterThan(0);
  });

  it('finds the entities, with offsets into the text', () => {
    expect(analysis.entities.map((e) => e.id)).toEqual(['veloria', 'marrak', 'ilir-manez', 'acg', 'crimson-ledger']);
    const manez = analysis.entities.find((e) => e.id === 'ilir-manez');
    expect(manez?.mentions.map((m) => report.text.slice(m.start, m.end))).toEqual(['Ilir Manëz', 'Manëz']);
  });

  it('finds claims with their counterclaims, and marks the facts', () => {
    expect(analysis.claims.map((c) => [c.id, c.counterclaims.map((cc) => `${cc.id}:${cc.inArticle}`)])).toEqual([
      ['marrak-behind-hack', ['marrak-denies:true']],
      ['no-data-loss', ['ledger-leaked-data:true', 'leak-verified:false']],
      ['ledger-leaked-data', ['no-data-loss:true']],
      ['marrak-denies', ['marrak-behind-hack:true']],
    ]);
    expect(analysis.facts.filter((f) => f.inArticle).map((f) => f.id)).toEqual(['first-hack']);
  });

  it('extracts the quotes', () => {
    expect(analysis.quotes.map((q) => q.text).join(' ')).toContain('No data was lost');
  });

  it('without a matching incident keeps the quotes and nothing else', () => {
    const other = article('Harbour news', ['“The harbour reopens tomorrow,” the mayor said.', 'Marrak is mentioned in passing.']);
    const result = analyze(other, [veloria]);
    expect(result.incident).toBeNull();
    expect(result.entities).toEqual([]);
    expect(result.claims).toEqual([]);
    expect(result.facts).toEqual([]);
    expect(result.quotes.map((q) => q.text).join(' ')).toContain('The harbour reopens tomorrow');
  });

  it('picks the best-scoring pack, and never analyses a pack its triggers rule out', () => {
    const weaker: Pack = { ...makeVeloriaPack(), id: 'weaker', eventTerms: [{ term: 'hack', lang: 'en', weight: 0.2 }] };
    const silent: Pack = { ...makeVeloriaPack(), id: 'silent', triggers: ['nowhere-to-be-found'] };
    expect(analyze(report, [silent, weaker, veloria]).incident?.id).toBe('veloria-grid-2031');
    expect(analyze(report, [silent]).incident).toBeNull();
    expect(analyze(report, []).incident).toBeNull();
  });
});
