/**
 * A small pack for a fictional incident, so the engine's unit tests do not depend
 * on the real pack's data: the 2031 hack of Veloria's water grid, blamed on Marrak.
 * Names carry the diacritics and scripts the matcher must handle.
 */
import type { ArticleText } from '../../src/engine/types.ts';
import type { Claim, Entity, Fact, Pack, Source } from '../../src/pack/types.ts';

export const SOURCE: Source = { url: 'https://example.org/report', publisher: 'Example Wire', date: '2031-03-02' };

function entity(e: Omit<Entity, 'description' | 'sources'>): Entity {
  return { ...e, description: `${e.name}, for tests.`, sources: [SOURCE] };
}

function claim(c: Omit<Claim, 'sources'>): Claim {
  return { ...c, sources: [SOURCE] };
}

function fact(f: Omit<Fact, 'sources' | 'category'>): Fact {
  return { ...f, category: 'event', sources: [SOURCE] };
}

export function makeVeloriaPack(): Pack {
  return {
    schema: 'sidelight.pack/1',
    id: 'veloria-grid-2031',
    version: '1.0.0',
    title: 'The 2031 Veloria water-grid hack',
    summary: 'A fictional incident for tests.',
    languages: ['en', 'sq', 'ar', 'zh'],
    triggers: ['veloria', 'marrak', 'crimson ledger', 'manez'],
    eventTerms: [
      { term: 'hack', lang: 'en', weight: 0.4 },
      { term: 'cyberattack', lang: 'en', weight: 0.5 },
      { term: 'cyber attack', lang: 'en', weight: 0.5 },
      { term: 'sulm kibernetik', lang: 'sq', weight: 0.5 },
      { term: 'water grid', lang: 'en', weight: 0.4 },
      { term: 'Crimson Ledger', lang: 'en', weight: 0.9 },
      { term: 'expelled', lang: 'en', weight: 0.3 },
    ],
    entities: [
      entity({
        id: 'ilir-manez', name: 'Ilir Manëz', type: 'person', role: 'Prime Minister of Veloria', gender: 'male',
        aliases: { en: ['Ilir Manez', 'Manëz', 'Manez'], sq: ['Manëzit', 'Manëzi'] },
        aliasRules: [{ alias: 'Manëz', requires: ['ilir-manez'] }, { alias: 'Manez', requires: ['ilir-manez'] }],
      }),
      entity({
        id: 'drita-xhacka', name: 'Drita Xhaçka', type: 'person', role: 'Interior Minister of Veloria', gender: 'female',
        aliases: { en: ['Drita Xhacka', 'Xhaçka'] },
      }),
      entity({
        id: 'veloria', name: 'Veloria', type: 'place', role: 'The country hit',
        aliases: { en: ['Velorian'], sq: ['Velorisë', 'Veloria'], ar: ['فيلوريا'] },
      }),
      entity({
        id: 'marrak', name: 'Marrak', type: 'place', role: 'The country blamed',
        aliases: { en: ['Marraki', 'Marrakian'], ar: ['مراك'], zh: ['马拉克'] },
      }),
      entity({
        id: 'acg', name: 'Aqueduct Control Grid', type: 'system', role: "Veloria's water control system",
        aliases: { en: ['ACG', 'Aqueduct Grid'], sq: ['Acg'] },
        // Two case-sensitive spellings that fold alike: each is allowed, other cases are not.
        aliasRules: [{ alias: 'ACG', caseSensitive: true }, { alias: 'Acg', caseSensitive: true }],
      }),
      entity({
        id: 'crimson-ledger', name: 'Crimson Ledger', type: 'organization', role: 'Hacker persona',
        aliases: { en: ['Crimson Ledger group'] },
      }),
      entity({
        id: 'lantern', name: 'Brotherhood of the Lantern', type: 'organization', role: 'Exiled opposition group',
        aliases: { en: ['Lantern Brotherhood', 'BOL'] },
        aliasRules: [{ alias: 'BOL', caseSensitive: true, requires: ['lantern', 'marrak'] }],
      }),
      entity({
        id: 'marrak-lantern-council', name: 'Council of the Lantern of Marrak', type: 'organization', role: 'Political wing of the Lantern',
        aliases: { en: ['Lantern Council'] },
      }),
      entity({
        id: 'grid-watch', name: 'GridWatch', type: 'organization', role: 'Security researchers',
        aliases: { en: ['Grid Watch'] },
      }),
    ],
    claims: [
      claim({
        id: 'marrak-behind-hack', text: 'Marrak conducted the hack.', claimants: ['veloria', 'ilir-manez'],
        cues: [['@marrak', 'behind|responsible|conducted|blamed'], ['@crimson-ledger', 'state|government']],
      }),
      claim({
        id: 'marrak-denies', text: 'Marrak denies any role in the hack.', claimants: ['marrak'],
        disputes: ['marrak-behind-hack'],
        cues: [['@marrak', 'den|reject']],
      }),
      claim({
        id: 'no-data-loss', text: 'No data was lost in the hack.', claimants: ['ilir-manez'],
        cues: [['no', 'data', 'lost|loss|leak']],
      }),
      claim({
        id: 'ledger-leaked-data', text: 'The attackers published stolen grid data.', claimants: ['crimson-ledger'],
        disputes: ['no-data-loss'],
        cues: [['@crimson-ledger', 'publish|leak|dump']],
      }),
      claim({
        id: 'leak-verified', text: 'Researchers verified that the published data is genuine.', claimants: ['grid-watch'],
        supports: ['ledger-leaked-data'],
        cues: [['@grid-watch', 'genuine|verif']],
      }),
    ],
    facts: [
      fact({ id: 'expulsion', date: '2031-03-05', text: 'Veloria expelled Marrak\u2019s diplomats.', entities: ['veloria', 'marrak'], cues: [['@veloria', 'expel'], ['@marrak', 'diplomat']] }),
      fact({ id: 'first-hack', date: '2031-02-14', text: 'The water grid went offline.', entities: ['veloria', 'acg'], cues: [['@acg', 'offline|down']] }),
      fact({ id: 'lantern-arrives', date: '2030', text: 'The Lantern settled in Veloria.', entities: ['lantern', 'veloria'], cues: [['@lantern', 'settle|arriv']] }),
      fact({ id: 'second-hack', date: '2031-02', text: 'A second intrusion hit the grid.', entities: ['acg', 'marrak'], disputed: 'Exact day unknown.', cues: [['second', 'intrusion|hack']] }),
    ],
    quotes: [],
  };
}

/** An ArticleText whose text is the paragraphs joined by blank lines, as src/extract makes it. */
export function article(title: string, paragraphs: string[]): ArticleText {
  const text = paragraphs.join('\n\n');
  let offset = 0;
  const blocks = paragraphs.map((p) => {
    const block = { start: offset, end: offset + p.length, kind: 'paragraph' as const };
    offset += p.length + 2;
    return block;
  });
  return {
    url: null, title, lang: 'en', isArticle: true, text, blocks,
    metadata: { description: null, siteName: null, published: null, authors: [], type: 'article', keywords: [] },
  };
}
