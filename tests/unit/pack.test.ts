/**
 * The shipped pack as data: valid, canonical, sorted, complete against the fact
 * sheet it was written from, and carrying what the seed article needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtinPacks } from '../../src/pack/builtin.ts';
import { formatPackError, validatePack } from '../../src/pack/validate.ts';
import { foldPackText } from '../../src/pack/fold.ts';
import type { Pack } from '../../src/pack/types.ts';

const FILE = 'src/pack/data/albania-iran-2022.json';
const raw = readFileSync(new URL(`../../${FILE}`, import.meta.url), 'utf8');
const pack = JSON.parse(raw) as Pack;

const entity = (id: string) => pack.entities.find((e) => e.id === id);
const claim = (id: string) => pack.claims.find((c) => c.id === id);
const allAliases = (id: string) => Object.values(entity(id)?.aliases ?? {}).flat();

describe('albania-iran-2022 pack', () => {
  it('validates', () => {
    const result = validatePack(JSON.parse(raw), FILE);
    expect(result.ok ? [] : result.errors.map(formatPackError)).toEqual([]);
  });

  it('is the pack shipped as built-in and validates as imported', () => {
    expect(builtinPacks.map((p) => p.id)).toEqual(['albania-iran-2022']);
    const result = validatePack(builtinPacks[0], 'builtin');
    expect(result.ok).toBe(true);
  });

  it('is canonically formatted (2-space JSON, trailing newline)', () => {
    expect(JSON.stringify(pack, null, 2) + '\n').toBe(raw);
  });

  it('keeps entities and claims sorted by id, facts and quotes by date then id', () => {
    const ids = (list: { id: string }[]) => list.map((x) => x.id);
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const byDate = (a: { id: string; date: string }, b: { id: string; date: string }) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : byId(a, b);
    expect(ids(pack.entities)).toEqual(ids([...pack.entities].sort(byId)));
    expect(ids(pack.claims)).toEqual(ids([...pack.claims].sort(byId)));
    expect(ids(pack.facts)).toEqual(ids([...pack.facts].sort(byDate)));
    expect(ids(pack.quotes)).toEqual(ids([...pack.quotes].sort(byDate)));
  });

  it('cites at least one source for every entity, fact, claim and quote', () => {
    for (const item of [...pack.entities, ...pack.facts, ...pack.claims, ...pack.quotes]) {
      expect(item.sources.length, item.id).toBeGreaterThan(0);
      for (const s of item.sources) expect(s.publisher.trim(), `${item.id} ${s.url}`).not.toBe('');
    }
  });

  it('covers the fact sheet (83 facts, 72 entities, 14 claim sets, 62 quotes)', () => {
    expect(pack.facts.length).toBeGreaterThanOrEqual(80);
    expect(pack.entities.length).toBeGreaterThanOrEqual(70);
    expect(pack.quotes.length).toBeGreaterThanOrEqual(60);
    expect(pack.facts.filter((f) => f.disputed).length).toBeGreaterThanOrEqual(15);
  });

  // Each claim set of the fact sheet, as the claim and the counterclaim(s) that answer it.
  it.each([
    ['C01 attribution', 'iran-behind-attacks', ['iran-denies-involvement', 'us-designed-scenario', 'mek-staged-attack']],
    ['C02 early attribution', 'state-aggression-july', ['russia-serbia-involved']],
    ['C03 data leakage', 'no-serious-data-leak', ['attackers-leaked-data', 'tims-not-fully-restored', 'broad-aggression-breach']],
    ['C04 TIMS attribution', 'tims-attack-same-aggressors', ['tims-attacked-from-within', 'iran-denies-involvement']],
    ['C05 motive', 'mek-presence-motive', ['nato-geopolitics-motive', 'us-designed-scenario']],
    ['C06 troll farm', 'mek-troll-farm', ['ncri-denies-troll-farm']],
    ['C07 MEK cyber activity', 'mek-cyber-operations-from-albania', ['ashraf-3-raid-oppressive']],
    ['C08 death in the raid', 'raid-killed-mek-member', ['police-not-responsible-for-death']],
    ['C09 seized drives', 'seized-drives-reached-iran', ['no-drives-handed-to-iran']],
    ['C10 embassy entry', 'embassy-entry-violated-vienna-convention', ['embassy-entered-after-departure']],
    ['C11 Homeland Justice identity', 'homeland-justice-iranian-front', ['homeland-justice-albanian-citizens']],
    ['C12 INSTAT data', 'instat-census-data-unaffected', ['homeland-justice-stole-census-data']],
    ['C13 Parliament data', 'parliament-data-untouched', ['homeland-justice-breached-parliament']],
    ['C14 Article 5', 'albania-weighed-article-5', ['no-article-5-decision']],
  ])('%s: %s is disputed by its counterclaims', (_set, id, counters) => {
    expect(claim(id), id).toBeDefined();
    for (const counter of counters) expect(claim(counter)?.disputes ?? [], counter).toContain(id);
  });

  it('links every claim into the claim graph', () => {
    const linked = new Set<string>();
    for (const c of pack.claims) {
      for (const other of [...(c.supports ?? []), ...(c.disputes ?? [])]) linked.add(other).add(c.id);
    }
    expect(pack.claims.map((c) => c.id).filter((id) => !linked.has(id))).toEqual([]);
  });

  it('uses the fixed ids other parts rely on', () => {
    const entities = ['edi-rama', 'kreshnik-spahiu', 'maksim-ethemaj', 'ergys-muzhaqi', 'us-nsc', 'facebook', 'ncri', 'mek', 'iran',
      'albania', 'united-states', 'nato', 'microsoft', 'mandiant', 'homeland-justice', 'tims', 'iran-foreign-ministry', 'tirana',
      'durres', 'euronews-albania', 'civil-aviation-authority'];
    for (const id of entities) expect(entity(id), id).toBeDefined();
    const claims = ['iran-behind-attacks', 'iran-denies-involvement', 'no-serious-data-leak', 'attackers-leaked-data', 'mek-troll-farm',
      'ncri-denies-troll-farm', 'mek-presence-motive', 'nato-geopolitics-motive'];
    for (const id of claims) expect(claim(id), id).toBeDefined();
    expect(pack.id).toBe('albania-iran-2022');
  });

  // The seed article's speakers, each with a fragment of what the seed quotes them saying.
  it.each([
    ['edi-rama', 'Another cyber attack by the same aggressors'],
    ['edi-rama', 'no disappearance or serious data leak!'],
    ['homeland-justice', 'Albania is still paying for the terrorist acts of the MEK cult in Durres'],
    ['kreshnik-spahiu', 'it is in a direct war with Iran'],
    ['us-nsc', 'The United States condemns the September 9th cyberattack against our NATO Ally, Albania.'],
    ['maksim-ethemaj', 'is classified by the definition, sabotage.In such cases'],
    ['facebook', 'long-running operation from Albania that targeted primarily Iran.'],
    ['facebook', 'The network violated our policy against foreign interference'],
    ['ergys-muzhaqi', 'We have Russian hackers who are just as famous, although Iranians are more dangerous.'],
  ])('carries the seed quote of %s: "%s"', (speaker, fragment) => {
    const quote = pack.quotes.find((q) => q.speaker === speaker && q.text.includes(fragment));
    expect(quote, `${speaker}: ${fragment}`).toBeDefined();
    expect(quote?.sources.some((s) => s.publisher === 'Exit News')).toBe(true);
  });

  it.each([
    ['edi-rama', ['Edi Rama', 'Rama', 'Ramës']],
    ['iran', ['Iran', 'Irani', 'Iranit', 'Iranin', 'Tehran', 'إيران', '伊朗']],
    ['albania', ['Albania', 'Shqipëria', 'Shqipëri', 'Shqipërisë', 'Albanie', 'Albanien', 'ألبانيا', '阿尔巴尼亚']],
    ['mek', ['MEK', 'PMOI', 'MKO', 'Mujahedin-e Khalq', 'Mojahedin-e Khalq', 'People\'s Mojahedin Organisation of Iran',
      'People\'s Mojahedin Organization of Iran', 'Muxhahedinët']],
    ['ncri', ['National Council of Resistance of Iran', 'National Council for Resistance in Iran', 'NCRI']],
    ['maksim-ethemaj', ["Maksim Et'hemaj"]],
    ['homeland-justice', ['Homeland Justice', 'Drejtësi për Atdheun']],
  ])('%s has the aliases %j (compared folded)', (id, expected) => {
    const have = new Set(allAliases(id).map(foldPackText));
    for (const alias of expected) expect(have.has(foldPackText(alias)), alias).toBe(true);
  });

  it('never makes a plain word an alias', () => {
    const plainWords = ['justice', 'liberty', 'exit', 'meta', 'treasury', 'assembly', 'resistance', 'hypocrites', 'iranian', 'albanian'];
    const aliases = pack.entities.flatMap((e) => Object.values(e.aliases).flat().map((a) => [e.id, foldPackText(a)] as const));
    expect(aliases.filter(([, a]) => plainWords.includes(a))).toEqual([]);
  });

  it('guards ambiguous short forms with alias rules', () => {
    const rule = (id: string, alias: string) => entity(id)?.aliasRules?.find((r) => r.alias === alias);
    expect(rule('edi-rama', 'Rama')).toEqual({ alias: 'Rama', caseSensitive: true, requires: ['edi-rama'] });
    for (const [id, alias] of [['mek', 'MEK'], ['mek', 'MKO'], ['us-nsc', 'NSC'], ['tims', 'TIMS'], ['nato', 'NATO']] as const) {
      expect(rule(id, alias)?.caseSensitive, `${id} ${alias}`).toBe(true);
    }
  });

  it('has aliases and event terms in the six detection languages', () => {
    for (const lang of ['en', 'sq', 'fr', 'de', 'it', 'es']) {
      expect(pack.entities.filter((e) => (e.aliases[lang] ?? []).length > 0).length, lang).toBeGreaterThan(10);
      expect(pack.eventTerms.filter((t) => t.lang === lang).length, lang).toBeGreaterThan(2);
    }
  });

  // Headlines written for this test in each language of the development corpus: the
  // prefilter must let every one of them through.
  it.each([
    ['en', 'Albania breaks off relations with Iran after hack'],
    ['sq', 'Qeveria e Shqipërisë ndërpret marrëdhëniet me Iranin'],
    ['ar', 'ألبانيا وإيران: أزمة دبلوماسية بعد هجوم إلكتروني'],
    ['zh', '阿尔巴尼亚与伊朗关系紧张'],
    ['zh-Hant', '阿爾巴尼亞政府遭網絡攻擊'],
    ['fr', 'L’Albanie accuse l’Iran d’une cyberattaque'],
    ['de', 'Albanien weist iranische Diplomaten aus'],
    ['es', 'Albania expulsa a los diplomáticos iraníes'],
    ['it', "L'Albania espelle i diplomatici iraniani"],
    ['pt', 'Albânia expulsa diplomatas iranianos'],
    ['tr', 'Arnavutluk İran ile diplomatik ilişkilerini kesti'],
    ['ru', 'Албания выслала иранских дипломатов'],
    ['az', 'Albaniya İran diplomatlarını ölkədən çıxarır'],
    ['fa', 'آلبانی دیپلمات‌های ایرانی را اخراج کرد'],
  ])('triggers fire on a %s title', (_lang, title) => {
    const folded = foldPackText(title);
    expect(pack.triggers.some((t) => folded.includes(t))).toBe(true);
  });
});
