import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/engine/quotes/index.ts';
import type { Block, EntityResult, QuoteResult } from '../../src/engine/types.ts';
import { PACK_SCHEMA, type Entity, type EntityType, type Pack } from '../../src/pack/types.ts';

// ---- A small inline pack and a plain mention finder (the real one is src/engine/entities) ----

const SOURCE = [{ url: 'https://example.org/', publisher: 'Test' }];

function entity(id: string, type: EntityType, name: string, role: string, aliases: string[],
  gender?: 'male' | 'female', description = ''): Entity {
  return { id, type, name, role, description, aliases: { en: aliases }, sources: SOURCE, ...(gender ? { gender } : {}) };
}

const ENTITIES: Entity[] = [
  entity('edi-rama', 'person', 'Edi Rama', 'Prime Minister of Albania', ['Edi Rama', 'Rama', 'Ramës', 'إدي راما', 'Эди Рама', 'ادی راما', 'Έντι Ράμα', 'Ράμα', 'Еди Рама', 'Рама'], 'male'),
  entity('kreshnik-spahiu', 'person', 'Kreshnik Spahiu', 'Albanian lawyer and politician', ['Kreshnik Spahiu'], 'male'),
  entity('maksim-ethemaj', 'person', 'Maksim Ethemaj', 'Director of the Albanian Civil Aviation Authority',
    ['Maksim Et’hemaj', 'Maksim Ethemaj'], 'male'),
  entity('ergys-muzhaqi', 'person', 'Ergys Muzhaqi', 'Albanian security expert', ['Ergys Muzhaqi'], 'male'),
  entity('us-nsc', 'organization', 'US National Security Council', 'US national security body',
    ['US National Security Council', 'National Security Council', 'NSC']),
  entity('facebook', 'organization', 'Facebook', 'Social network run by Meta', ['Facebook', 'Meta']),
  entity('homeland-justice', 'organization', 'Homeland Justice', 'Hacker persona that claimed the attacks on Albania',
    ['Homeland Justice']),
  entity('euronews-albania', 'organization', 'Euronews Albania', 'Albanian television channel', ['Euronews Albania']),
  entity('tims', 'system', 'TIMS', 'Albania’s border management information system', ['TIMS']),
  entity('albania', 'place', 'Albania', 'Country', ['Albania']),
  entity('iran', 'place', 'Iran', 'Country', ['Iran']),
  entity('mek', 'organization', 'MEK', 'Iranian opposition group', ['MEK']),
  entity('anna-berisha', 'person', 'Anna Berisha', 'Test journalist', ['Anna Berisha'], 'female'),
  entity('ilir-hoxha', 'person', 'Ilir Hoxha', 'Test official', ['Ilir Hoxha'], 'male'),
  entity('interior-ministry', 'organization', 'Ministry of the Interior of Albania', 'Albania’s interior ministry',
    ['Albania’s Interior Ministry', 'Albanian interior ministry', 'Министарство унутрашњих послова',
      'Ministarstvo unutrašnjih poslova']),
  entity('foreign-ministry', 'organization', 'Ministry of Foreign Affairs of Iran', 'Iran’s foreign ministry',
    ['Iranian foreign ministry', 'İran Dışişleri Bakanlığı', 'وزارة الخارجية الإيرانية', 'Ministério das Relações Exteriores do Irã',
      'وزارت امور خارجه ایران', 'υπουργείο Εξωτερικών του Ιράν']),
  entity('nasser-kanaani', 'person', 'Nasser Kanaani', 'Spokesman of Iran’s foreign ministry',
    ['Nasser Kanaani', 'ناصر كنعاني', 'Насер Канани', 'ناصر کنعانی'], 'male'),
  entity('nato', 'organization', 'NATO', 'North Atlantic Treaty Organization', ['NATO', 'Kuzey Atlantik Konseyi']),
  entity('jens-stoltenberg', 'person', 'Jens Stoltenberg', 'NATO Secretary General', ['Jens Stoltenberg', 'Stoltenberg'], 'male'),
  entity('brian-nelson', 'person', 'Brian Nelson', 'US Treasury official', ['Brian Nelson', 'Брайан Нельсон'], 'male'),
  entity('albanian-government', 'organization', 'Government of Albania', 'Albania’s government', ['Albanian Government']),
  entity('associated-press', 'organization', 'Associated Press', 'US news agency', ['Associated Press']),
  entity('ncri', 'organization', 'National Council of Resistance of Iran', 'Iranian opposition coalition',
    ['National Council of Resistance of Iran', 'NCRI']),
];

const PACK: Pack = {
  schema: PACK_SCHEMA, id: 'test-pack', version: '0.0.0', title: 'Test', summary: 'Test pack', languages: ['en'],
  triggers: [], eventTerms: [], entities: ENTITIES, facts: [], claims: [], quotes: [],
};

function article(paragraphs: readonly string[]): { text: string; blocks: Block[] } {
  let text = '';
  const blocks: Block[] = [];
  for (const p of paragraphs) {
    if (text !== '') text += '\n\n';
    blocks.push({ start: text.length, end: text.length + p.length, kind: 'paragraph' });
    text += p;
  }
  return { text, blocks };
}

/** Every alias occurrence on word boundaries, longest alias first, no overlaps. */
function mentions(text: string, pack: Pack): EntityResult[] {
  const taken: { start: number; end: number }[] = [];
  const aliases = pack.entities.flatMap((e) => Object.values(e.aliases).flat().map((alias) => ({ e, alias })))
    .sort((a, b) => b.alias.length - a.alias.length);
  const found = new Map<string, EntityResult>();
  for (const { e, alias } of aliases) {
    for (let i = text.indexOf(alias); i >= 0; i = text.indexOf(alias, i + 1)) {
      const end = i + alias.length;
      if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) continue;
      if (taken.some((t) => i < t.end && end > t.start)) continue;
      taken.push({ start: i, end });
      const result = found.get(e.id) ?? { id: e.id, name: e.name, type: e.type, role: e.role, mentions: [] };
      result.mentions.push({ start: i, end });
      found.set(e.id, result);
    }
  }
  for (const r of found.values()) r.mentions.sort((a, b) => a.start - b.start);
  return [...found.values()];
}

function quotesOf(paragraphs: readonly string[], pack: Pack | null = PACK): { text: string; quotes: QuoteResult[] } {
  const { text, blocks } = article(paragraphs);
  return { text, quotes: findQuotes(text, blocks, pack ? mentions(text, pack) : [], pack) };
}

interface Expected {
  text: string;
  /** Speaker name, or null for no speaker. */
  speaker: string | null;
  entityId?: string | null;
  role?: string | null;
}

function check(paragraphs: readonly string[], expected: readonly Expected[], pack: Pack | null = PACK): void {
  const { text, quotes } = quotesOf(paragraphs, pack);
  expect(quotes.map((q) => q.text)).toEqual(expected.map((e) => e.text));
  quotes.forEach((q, i) => {
    const want = expected[i];
    if (want === undefined) return;
    if (!q.text.includes('\n\n')) expect(text.slice(q.start, q.end)).toBe(q.text);
    if (want.speaker === null) {
      expect(q.speaker).toBeNull();
      return;
    }
    expect(q.speaker?.name).toBe(want.speaker);
    if (want.entityId !== undefined) expect(q.speaker?.entityId ?? null).toBe(want.entityId);
    if (want.role !== undefined) expect(q.speaker?.role ?? null).toBe(want.role);
  });
}

// ---- Attribution forms (English) --------------------------------------------------------------

const Q = 'We will not be intimidated by these attacks';
const RAMA = { speaker: 'Edi Rama', entityId: 'edi-rama' } as const;

const englishForms: [string, string[], Expected[]][] = [
  ['name before the verb, after the quote', [`"${Q}," Rama said on Monday.`], [{ text: Q, ...RAMA }]],
  ['verb before the name, after the quote', [`“${Q},” said Rama.`], [{ text: Q, ...RAMA }]],
  ['colon introduction', [`Rama said: “${Q}.”`], [{ text: `${Q}.`, ...RAMA }]],
  ['according to, before', [`According to Rama, “${Q}.”`], [{ text: `${Q}.`, ...RAMA }]],
  ['according to, after, with a role', [`“${Q},” according to the prime minister Edi Rama.`],
    [{ text: Q, ...RAMA, role: 'prime minister' }]],
  ['wrote on Twitter', [`“${Q},” Rama wrote on Twitter on Saturday.`], [{ text: Q, ...RAMA }]],
  ['tweeted with a colon', [`Rama tweeted: “${Q}.”`], [{ text: `${Q}.`, ...RAMA }]],
  ['posted', [`“${Q},” Rama posted on Facebook.`], [{ text: Q, ...RAMA }]],
  ['said in a statement', [`“${Q},” Facebook said in a statement.`], [{ text: Q, speaker: 'Facebook', entityId: 'facebook' }]],
  ['warned / added', [`“${Q},” Rama warned.`, `“We are ready for anything that comes next,” he added.`],
    [{ text: Q, ...RAMA }, { text: 'We are ready for anything that comes next', ...RAMA }]],
  ['told a broadcaster: the listener is not the speaker', [`“${Q},” Rama told Euronews Albania.`], [{ text: Q, ...RAMA }]],
  ['pack role when the article gives none', [`“${Q},” Rama said.`], [{ text: Q, ...RAMA, role: 'Prime Minister of Albania' }]],
  ['appositive role before the name', [`Lawyer and politician Kreshnik Spahiu said: “${Q}.”`],
    [{ text: `${Q}.`, speaker: 'Kreshnik Spahiu', entityId: 'kreshnik-spahiu', role: 'Lawyer and politician' }]],
  ['appositive role between commas after the name', [`“${Q},” Edi Rama, the Albanian prime minister, said.`],
    [{ text: Q, ...RAMA, role: 'Albanian prime minister' }]],
  ['appositive role after an inverted verb', [`“${Q},” said Edi Rama, the Albanian prime minister.`],
    [{ text: Q, ...RAMA, role: 'Albanian prime minister' }]],
  ['role from the first mention that gives one', ['Prime Minister Edi Rama visited Durres.', `“${Q},” Rama said.`],
    [{ text: Q, ...RAMA, role: 'Prime Minister' }]],
  ['surname linked to a pack person', [`“${Q},” Spahiu said.`],
    [{ text: Q, speaker: 'Kreshnik Spahiu', entityId: 'kreshnik-spahiu' }]],
  ['unknown speaker keeps the article’s name and role', [`“${Q},” said John Smith, a researcher at the institute.`],
    [{ text: Q, speaker: 'John Smith', entityId: null, role: 'researcher at the institute' }]],
  ['unknown surname goes back to the full name', ['Security analyst John Smith said the attack was planned.',
    `“${Q},” Smith said.`], [{ text: Q, speaker: 'John Smith', entityId: null, role: 'Security analyst' }]],
  ['the company → nearest organisation', ['Facebook removed the accounts on Tuesday.',
    '“The network was run from a camp in Albania,” the company said.'],
  [{ text: 'The network was run from a camp in Albania', speaker: 'Facebook', entityId: 'facebook' }]],
  ['an unnamed spokesman', ['“The attack was carefully planned over months,” a government spokesman said.'],
    [{ text: 'The attack was carefully planned over months', speaker: 'a government spokesman', entityId: null }]],
  ['a possessive owner', ['Facebook’s report said: “The network was run from a camp in Albania.”'],
    [{ text: 'The network was run from a camp in Albania.', speaker: 'Facebook', entityId: 'facebook' }]],
  ['they wrote in their report → the organisation', ['“We removed the network for violating our policy,” Facebook said.',
    '“The operation targeted primarily Iran,” they wrote in their report.'],
  [{ text: 'We removed the network for violating our policy', speaker: 'Facebook' },
    { text: 'The operation targeted primarily Iran', speaker: 'Facebook', entityId: 'facebook' }]],
];

// ---- Pronouns and introductions -----------------------------------------------------------------

const pronounForms: [string, string[], Expected[]][] = [
  ['she → nearest female person', ['Anna Berisha met Ilir Hoxha on Monday.', '“We have never seen anything like this,” she said.'],
    [{ text: 'We have never seen anything like this', speaker: 'Anna Berisha', entityId: 'anna-berisha' }]],
  ['he → nearest male person', ['Anna Berisha met Ilir Hoxha on Monday.', '“We have never seen anything like this,” he said.'],
    [{ text: 'We have never seen anything like this', speaker: 'Ilir Hoxha', entityId: 'ilir-hoxha' }]],
  ['honorific gives the gender of an unknown name', ['Mrs Jane Roe met Mr Bob Stone on Monday.',
    '“We have never seen anything like this,” she said.'], [{ text: 'We have never seen anything like this', speaker: 'Jane Roe', entityId: null }]],
  ['previous-sentence introduction beats a nearer name', [
    'Security expert Ergys Muzhaqi said the country should brace for attacks ordered by Rama’s rivals.',
    '“We must be very clear that further attacks will be expected,” he told the media.'],
  [{ text: 'We must be very clear that further attacks will be expected', speaker: 'Ergys Muzhaqi', role: 'Security expert' }]],
  ['introduction without any verb after the quote', ['Rama wrote on Sunday evening:', '“We will rebuild every system that was hit.”'],
    [{ text: 'We will rebuild every system that was hit.', ...RAMA }]],
  ['unnamed speaker introduced in the previous sentence', ['The president said the talks went well.',
    '“We agreed on all the main points today,” he said.'], [{ text: 'We agreed on all the main points today', speaker: 'the president' }]],
  ['partial quote with a pronoun subject', ['Rama spoke in Tirana on Monday.', 'He called it “an unprecedented attack on our sovereignty” and left.'],
    [{ text: 'an unprecedented attack on our sovereignty', ...RAMA }]],
  ['partial quote with a named subject', ['Rama called the attack “an unprecedented attack on our sovereignty” on Sunday.'],
    [{ text: 'an unprecedented attack on our sovereignty', ...RAMA }]],
  ['no antecedent → no speaker', ['“We have never seen anything like this,” she said.'],
    [{ text: 'We have never seen anything like this', speaker: null }]],
  ['a quote paragraph continuing the previous speaker', [`“${Q},” Rama said.`, '“We will rebuild every system that was hit.”'],
    [{ text: Q, ...RAMA }, { text: 'We will rebuild every system that was hit.', ...RAMA }]],
];

// ---- Marks, nesting, paragraphs, scare quotes -------------------------------------------------------

const markForms: [string, string[], Expected[]][] = [
  ['scare quotes are not quotations', ['The company dismissed the so-called “troll farm” claims as baseless.'], []],
  ['a quoted name is not a quotation', ['The group calls itself “Homeland Justice” online.'], []],
  ['a quoted title is not a quotation', ['The site ran “Albania Iran Political Crisis Intensifies After Second Cyberattack” today.'], []],
  ['a short full utterance with a cue is a quotation', ['“No comment,” Rama said.'], [{ text: 'No comment', ...RAMA }]],
  ['nested quotes belong to the outer quote', ['“He told us ‘we are not afraid of anything’ and then he left,” Rama said.'],
    [{ text: 'He told us ‘we are not afraid of anything’ and then he left', ...RAMA }]],
  ['a quotation that is the subject of another clause has no speaker', ['“Four words in quotes” is the title of the article Rama wrote.'],
    [{ text: 'Four words in quotes', speaker: null }]],
  ['a decade apostrophe does not open a quote', ['In the ‘90s era, Rama said ‘we will win this fight against them all’.'],
    [{ text: 'we will win this fight against them all', ...RAMA }]],
  ['apostrophes are not single quotes', ['Rama said Albania’s systems didn’t fail, and Et’hemaj agreed.'], []],
  ['single curly quotes', ['‘We will not be intimidated by anyone,’ Rama said.'], [{ text: 'We will not be intimidated by anyone', ...RAMA }]],
  ['multi-paragraph quote', ['“The first paragraph of a long statement has no closing mark,',
    '“and the second paragraph goes on with the same statement,” Rama said.'],
  [{ text: 'The first paragraph of a long statement has no closing mark\n\nand the second paragraph goes on with the same statement', ...RAMA }]],
  ['an unclosed mark does not run away', ['Rama said “we will respond in kind and the rest of this is lost', 'Another paragraph follows here with more words.',
    '“This one is a proper quotation of its own,” Spahiu said.'],
  [{ text: 'This one is a proper quotation of its own', speaker: 'Kreshnik Spahiu' }]],
  ['a paragraph that opens a quote and never closes it', ['“We will respond to every attack on our systems.'],
    [{ text: 'We will respond to every attack on our systems.', speaker: null }]],
  ['breadcrumb guillemets are not quotes', ['Home » Albania » Albania-Iran Political Crisis Intensifies', `Rama wrote: “${Q}.”`],
    [{ text: `${Q}.`, ...RAMA }]],
  ['„low-high“ marks', ['„Wir werden uns von diesen Angriffen nicht einschüchtern lassen“, sagte Rama.'],
    [{ text: 'Wir werden uns von diesen Angriffen nicht einschüchtern lassen', ...RAMA }]],
  ['„low-high” marks', ['„Shqipëria nuk do të tërhiqet para sulmeve”, tha Rama.'],
    [{ text: 'Shqipëria nuk do të tërhiqet para sulmeve', ...RAMA }]],
  ['»…« marks', ['»Wir werden uns nicht einschüchtern lassen«, sagte Rama am Montag.'],
    [{ text: 'Wir werden uns nicht einschüchtern lassen', ...RAMA }]],
  ['‹…› marks', ['‹Wir lassen uns von niemandem einschüchtern›, sagte Rama.'],
    [{ text: 'Wir lassen uns von niemandem einschüchtern', ...RAMA }]],
  ['「…」 marks, no attribution', ['「我们不会被这些攻击吓倒」'], [{ text: '我们不会被这些攻击吓倒', speaker: null }]],
];

// ---- Other languages, Unicode, right-to-left --------------------------------------------------------

const languageForms: [string, string[], Expected[]][] = [
  ['Albanian tha', ['“Nuk do të tërhiqemi para këtyre sulmeve”, tha Rama.'], [{ text: 'Nuk do të tërhiqemi para këtyre sulmeve', ...RAMA }]],
  ['Albanian sipas with an inflected name', ['Sipas Ramës, “sulmi nuk e arriti qëllimin e tij kurrsesi”.'],
    [{ text: 'sulmi nuk e arriti qëllimin e tij kurrsesi', ...RAMA }]],
  ['Albanian u shpreh', ['Rama u shpreh: “Shqipëria nuk do të frikësohet nga askush.”'],
    [{ text: 'Shqipëria nuk do të frikësohet nga askush.', ...RAMA }]],
  ['French a déclaré with guillemets and spaces', ['« Nous ne céderons pas face à ces attaques », a déclaré Edi Rama.'],
    [{ text: 'Nous ne céderons pas face à ces attaques', ...RAMA }]],
  ['French a-t-il déclaré', ['Edi Rama était à Tirana lundi.', '« Nous ne céderons pas face à ces attaques », a-t-il déclaré.'],
    [{ text: 'Nous ne céderons pas face à ces attaques', ...RAMA }]],
  ['French selon', ['Selon Rama, « les attaquants n’ont pas atteint leur objectif ».'],
    [{ text: 'les attaquants n’ont pas atteint leur objectif', ...RAMA }]],
  ['German so', ['„Wir werden uns nicht einschüchtern lassen”, so Rama.'], [{ text: 'Wir werden uns nicht einschüchtern lassen', ...RAMA }]],
  ['German sagte er', ['Rama sprach am Montag in Tirana.', '„Wir werden uns nicht einschüchtern lassen“, sagte er.'],
    [{ text: 'Wir werden uns nicht einschüchtern lassen', ...RAMA }]],
  ['Italian ha detto', ['«Non ci faremo intimidire da questi attacchi», ha detto Rama.'],
    [{ text: 'Non ci faremo intimidire da questi attacchi', ...RAMA }]],
  ['Italian secondo', ['Secondo Rama, «gli aggressori non hanno raggiunto il loro obiettivo».'],
    [{ text: 'gli aggressori non hanno raggiunto il loro obiettivo', ...RAMA }]],
  ['Spanish dijo', ['“No nos dejaremos intimidar por estos ataques”, dijo Rama.'],
    [{ text: 'No nos dejaremos intimidar por estos ataques', ...RAMA }]],
  ['Spanish según', ['Según Rama, «los atacantes no lograron su objetivo final».'],
    [{ text: 'los atacantes no lograron su objetivo final', ...RAMA }]],
  ['Spanish dijo with no subject → the speaker before', ['Rama habló el lunes en Tirana.', '“No nos dejaremos intimidar por nadie”, dijo.'],
    [{ text: 'No nos dejaremos intimidar por nadie', ...RAMA }]],
  ['Portuguese disse', ['“Não vamos ceder a estes ataques de forma alguma”, disse Rama.'],
    [{ text: 'Não vamos ceder a estes ataques de forma alguma', ...RAMA }]],
  ['Turkish dedi, name before the quote', ['Erdoğan, “Bu saldırılara asla boyun eğmeyeceğiz” dedi.'],
    [{ text: 'Bu saldırılara asla boyun eğmeyeceğiz', speaker: 'Erdoğan', entityId: null }]],
  ['Turkish açıkladı', ['“Bu saldırılara asla boyun eğmeyeceğiz”, diye açıkladı Rama.'],
    [{ text: 'Bu saldırılara asla boyun eğmeyeceğiz', ...RAMA }]],
  ['Russian заявил', ['«Мы не позволим запугать нас этими атаками», — заявил Эди Рама.'],
    [{ text: 'Мы не позволим запугать нас этими атаками', ...RAMA }]],
  ['Russian по словам', ['По словам Эди Рама, «нападавшие не достигли своей цели».'],
    [{ text: 'нападавшие не достигли своей цели', ...RAMA }]],
  ['Arabic وقال with a role, right to left', ['وقال رئيس الوزراء إدي راما: «لن نسمح لهذه الهجمات بأن تخيفنا أبدا».'],
    [{ text: 'لن نسمح لهذه الهجمات بأن تخيفنا أبدا', ...RAMA, role: 'رئيس الوزراء' }]],
  ['Arabic وفقا ل', ['وفقاً لـ إدي راما، «لم يحقق المهاجمون هدفهم على الإطلاق».'],
    [{ text: 'لم يحقق المهاجمون هدفهم على الإطلاق', ...RAMA }]],
  ['Arabic unknown speaker keeps the Arabic name', ['قال محمد علي: «لن نسمح لهذه الهجمات بأن تخيفنا».'],
    [{ text: 'لن نسمح لهذه الهجمات بأن تخيفنا', speaker: 'محمد علي', entityId: null }]],
  ['diacritics and apostrophes in names', ['“The attack was sabotage by definition,” said Maksim Et’hemaj.'],
    [{ text: 'The attack was sabotage by definition', speaker: 'Maksim Ethemaj', entityId: 'maksim-ethemaj' }]],
];

// ---- Partial quotes: short fragments of someone's words vs names and terms ----------------------

const fragmentForms: [string, string[], Expected[]][] = [
  ['one word after "rejected … as"', ['Iran rejected the accusation as “groundless” on Tuesday.'],
    [{ text: 'groundless', speaker: 'Iran', entityId: 'iran' }]],
  ['two words after a speech verb earlier in the sentence', ['Rama said Tehran had acted with “extreme recklessness” in July.'],
    [{ text: 'extreme recklessness', ...RAMA }]],
  ['French guillemets, two words', ['Edi Rama a accusé l’Iran d’une attaque « orchestrée et planifiée » en juillet.'],
    [{ text: 'orchestrée et planifiée', ...RAMA }]],
  ['Spanish, one word, perfect tense', ['Rama ha asegurado que el objetivo era sembrar "pánico" en el país.'],
    [{ text: 'pánico', ...RAMA }]],
  ['German noun fragment', ['Rama bezichtigte Teheran der «gezielten Sabotage» am Montag.'], [{ text: 'gezielten Sabotage', ...RAMA }]],
  ['a quoted speech verb is the speaker’s word', ['Irani “dënoi” sot vendimin e qeverisë.'],
    [{ text: 'dënoi', speaker: 'Irani', entityId: null }]],
  ['a capitalised fragment is a name', ['Rama said a group dubbed “Black Falcon” was behind it.'], []],
  ['so-called marks a term', ['Rama said the so-called “cyber army” was a fiction.'], []],
  ['a fragment with no speech in its sentence is a scare quote', ['The “digital fortress” stood for two days.'], []],
  ['a span that is exactly a known name', ['Rama said “Homeland Justice” was a front.'], []],
  ['Chinese organisation name in quotes', ['拉马说,反政府组织“伊朗人民圣战者组织”在阿尔巴尼亚。'], []],
  ['Arabic name after a naming noun', ['وقال راما إن صحيفة «ألبانيا اليوم» نشرت الخبر.'], []],
];

// ---- British marks, cut excerpts, repeated headlines -------------------------------------------------

const pageForms: [string, string[], Expected[]][] = [
  ['British single quotes, name after', ['\'We will not tolerate these attacks on our systems,\' Rama said.'],
    [{ text: 'We will not tolerate these attacks on our systems', ...RAMA }]],
  ['British single quotes around a fragment, apostrophes around it', ['Iran’s envoy said Albania\'s claims were \'absurd\' and the hackers\' aims unclear.'],
    [{ text: 'absurd', speaker: 'Iran', entityId: 'iran' }]],
  ['apostrophes alone are never quotes', ['Albania\'s government said the hackers\' tools weren\'t new.'], []],
  ['a quote cut off by the end of the excerpt', ['Rama spoke on Monday.', '“How can this government, which has forci'], []],
  ['a headline repeated by the page is one quotation', ['Rama accuses Tehran of “state aggression” again',
    'Rama accuses Tehran of “state aggression” again', 'The government met on Monday.'],
  [{ text: 'state aggression', ...RAMA }]],
];

// ---- Speakers: appositives, roles, verb-subject order, languages ---------------------------------------

const speakerForms: [string, string[], Expected[]][] = [
  ['role then the name in apposition', ['“This plan changes how the whole city moves,” said the deputy mayor for transport, Hélène Marchetti, who presented it.'],
    [{ text: 'This plan changes how the whole city moves', speaker: 'Hélène Marchetti', entityId: null, role: 'deputy mayor for transport' }]],
  ['Italian role of an organisation, then the name', ['“Gli Stati Uniti condannano questo attacco informatico”, ha scritto la portavoce del Consiglio di sicurezza nazionale, Anna Berisha, in un comunicato.'],
    [{ text: 'Gli Stati Uniti condannano questo attacco informatico', speaker: 'Anna Berisha', entityId: 'anna-berisha' }]],
  ['Spanish perfect tense with an appositive role', ['El primer ministro, Edi Rama, ha confirmado que "el Gobierno ha roto las relaciones con Irán".'],
    [{ text: 'el Gobierno ha roto las relaciones con Irán', ...RAMA }]],
  ['Spanish inverted perfect tense with a role description', ['Edi Rama, primer ministro, habló el lunes.', '"Hemos informado a todos nuestros aliados de la OTAN", ha puntualizado el primer ministro.'],
    [{ text: 'Hemos informado a todos nuestros aliados de la OTAN', ...RAMA }]],
  ['Albanian ka shtuar with a surname', ['“Është një vendim i imponuar nga veprimet e tyre”, ka shtuar Spahiu.'],
    [{ text: 'Është një vendim i imponuar nga veprimet e tyre', speaker: 'Kreshnik Spahiu', entityId: 'kreshnik-spahiu' }]],
  ['Azerbaijani bəyan edib with a colon', ['Edi Rama bəyan edib: “Hökumət İranla əlaqələri kəsmək qərarına gəlib.”'],
    [{ text: 'Hökumət İranla əlaqələri kəsmək qərarına gəlib.', ...RAMA }]],
  ['Turkish ifade etti, name before the quote', ['Rama, “Bu saldırıların arkasında İran var” ifade etti.'],
    [{ text: 'Bu saldırıların arkasında İran var', ...RAMA }]],
  ['Russian по словам with a relative clause before the quote', ['По словам Эди Рама, которые приводит телеканал, «решение принято после долгого расследования».'],
    [{ text: 'решение принято после долгого расследования', ...RAMA }]],
  ['Arabic verb, then a preposition before the quote', ['وأشار إدي راما إلى "هجوم إلكتروني وقع في تموز ضد مؤسسات حكومية".'],
    [{ text: 'هجوم إلكتروني وقع في تموز ضد مؤسسات حكومية', ...RAMA }]],
  ['Arabic participle after the quote takes the clause subject', ['وأشار إدي راما إلى أمور كثيرة، "تحقيقا معمقا قدم لنا دليلا واضحا"، لافتا إلى ذلك.'],
    [{ text: 'تحقيقا معمقا قدم لنا دليلا واضحا', ...RAMA }]],
  ['Arabic role, comma, then the name', ['قال رئيس الوزراء، إدي راما: "قررنا قطع العلاقات الدبلوماسية مع إيران".'],
    [{ text: 'قررنا قطع العلاقات الدبلوماسية مع إيران', ...RAMA }]],
  ['German adverbial before an inverted verb', ['In einer kurzen Videoansprache sagte Rama, der Angriff habe "die öffentlichen Dienste lahmlegen sollen".'],
    [{ text: 'die öffentlichen Dienste lahmlegen sollen', ...RAMA }]],
  ['a nationality adjective is not the speaker', ['Ilir Hoxha spoke for the ministry on Monday.', '“We were attacked from abroad,” the Albanian spokesman said.'],
    [{ text: 'We were attacked from abroad', speaker: 'the Albanian spokesman', entityId: null }]],
  ['French "Pour X, « … »" right before the mark', ['Pour Edi Rama, « c’est une attaque sans précédent contre notre État ».'],
    [{ text: 'c’est une attaque sans précédent contre notre État', ...RAMA }]],
  ['French "Pour le ministre, « … »"', ['Pour le ministre, « c’est une attaque sans précédent contre notre État ».'],
    [{ text: 'c’est une attaque sans précédent contre notre État', speaker: 'le ministre', entityId: null }]],
  ['French "Pour le moment, « … »" names no speaker', ['Pour le moment, « aucune donnée sensible n’a été volée selon nos informations ».'],
    [{ text: 'aucune donnée sensible n’a été volée selon nos informations', speaker: null }]],
  ['French "Pour X," not right before the mark', ['Pour Edi Rama, l’attaque était « une agression d’État contre nos institutions », rien de moins.'],
    [{ text: 'une agression d’État contre nos institutions', speaker: null }]],
  ['Chinese 说 after a circumstance', ['拉马在一份视频声明中说:"深入的调查使我们掌握了确凿的证据。"'],
    [{ text: '深入的调查使我们掌握了确凿的证据。', speaker: '拉马', entityId: null }]],
  ['Chinese role before the name', ['美国国家安全委员会发言人沃森在一份声明中说:"美国强烈谴责这次网络攻击。"'],
    [{ text: '美国强烈谴责这次网络攻击。', speaker: '沃森', entityId: null }]],
  ['Chinese partial quote with 表示', ['拉马表示,这次攻击是一种"国家侵略"。'], [{ text: '国家侵略', speaker: '拉马', entityId: null }]],
];

// ---- Speakers the article describes but does not name ----------------------------------------
// The speaker is the person named earlier with that role, else the article's own phrase
// ("the official"), never a made-up proper name ("Official").

const describedForms: [string, string[], Expected[]][] = [
  ['"the official"', [`“${Q},” the official said.`], [{ text: Q, speaker: 'the official', entityId: null, role: null }]],
  ['"a spokeswoman", verb first', [`“${Q},” said a spokeswoman.`], [{ text: Q, speaker: 'a spokeswoman', entityId: null }]],
  ['"the ministry spokesman"', [`“${Q},” the ministry spokesman said.`], [{ text: Q, speaker: 'the ministry spokesman', entityId: null }]],
  ['sentence-initial determiner in lower case', [`The official said: “${Q}.”`], [{ text: `${Q}.`, speaker: 'the official', entityId: null }]],
  ['French "un responsable"', ['« Nous ne laisserons pas cette attaque sans réponse », a déclaré un responsable.'],
    [{ text: 'Nous ne laisserons pas cette attaque sans réponse', speaker: 'un responsable', entityId: null }]],
  ['German "der Sprecher", sentence-initial', ['Der Sprecher sagte: „Wir werden auf diesen Angriff entschieden reagieren.“'],
    [{ text: 'Wir werden auf diesen Angriff entschieden reagieren.', speaker: 'der Sprecher', entityId: null }]],
  ['the role named earlier with a name → that person', ['Ministry spokesman Omid Karimi dismissed the report on Monday.',
    '“The accusation is baseless and politically motivated,” the spokesman said.'],
  [{ text: 'The accusation is baseless and politically motivated', speaker: 'Omid Karimi', entityId: null, role: 'Ministry spokesman' }]],
  ['"an official … the official": one speaker', [`“${Q},” an official said.`, '“We are ready for anything that comes next,” the official added.'],
    [{ text: Q, speaker: 'an official' }, { text: 'We are ready for anything that comes next', speaker: 'an official' }]],
];

describe('findQuotes: described, unnamed speakers', () => {
  it.each(describedForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: attribution forms', () => {
  it.each(englishForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: pronouns and introductions', () => {
  it.each(pronounForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: marks', () => {
  it.each(markForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: languages and scripts', () => {
  it.each(languageForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: partial quotes', () => {
  it.each(fragmentForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: page conventions', () => {
  it.each(pageForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: speakers in apposition and in other languages', () => {
  it.each(speakerForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

// ---- Who speaks for an organisation, and whose clause a verb belongs to ---------------------------------

const MINISTRY = { speaker: 'Ministry of the Interior of Albania', entityId: 'interior-ministry' } as const;
const IRAN = { speaker: 'Iran', entityId: 'iran' } as const;

const clauseForms: [string, string[], Expected[]][] = [
  ['a second verb after "and" keeps the subject of the first',
    ['Iran later rejected the accusation as “baseless” and called the decision “a short-sighted and hostile move”.'],
    [{ text: 'baseless', ...IRAN }, { text: 'a short-sighted and hostile move', ...IRAN }]],
  ['French: « et a dénoncé » keeps the subject of « a rejeté »',
    ['L’Iran a rejeté ces accusations « sans fondement » et a dénoncé « une décision irréfléchie et hostile ».'],
    [{ text: 'sans fondement', ...IRAN }, { text: 'une décision irréfléchie et hostile', ...IRAN }]],
  ['Spanish: a verb after "y" following the quote does not attribute it',
    ['Estados Unidos dijo que Irán estaba detrás del "imprudente e irresponsable" ataque y afirmó que apoyaría a Albania.'],
    [{ text: 'imprudente e irresponsable', speaker: 'Estados Unidos', entityId: null }]],
  ['German: a capital speaks for its country, also across "und"',
    ['Washington, Albaniens engster Verbündeter, gab dem Iran die Schuld und versprach, "weitere Maßnahmen gegen den Iran zu ergreifen".'],
    [{ text: 'weitere Maßnahmen gegen den Iran zu ergreifen', speaker: 'United States', entityId: null }]],
  ['a capital linked to the pack country', ['“These accusations are baseless and politically motivated,” Tehran said.'],
    [{ text: 'These accusations are baseless and politically motivated', ...IRAN }]],
  ['a participle takes the subject of the verb before it, not the organisation in the role',
    ['Iranian foreign ministry spokesperson Ilir Hoxha condemned the decision as “unfounded,” adding that it “only serves a foreign conspiracy.”'],
    [{ text: 'unfounded', speaker: 'Ilir Hoxha', entityId: 'ilir-hoxha' },
      { text: 'only serves a foreign conspiracy.', speaker: 'Ilir Hoxha', entityId: 'ilir-hoxha' }]],
  ['role, then the name between commas, then the verb',
    ['“We will not tolerate these attacks on our allies,” the Treasury’s Under Secretary for Terrorism and Financial Intelligence, Anna Berisha, said in the statement.'],
    [{ text: 'We will not tolerate these attacks on our allies', speaker: 'Anna Berisha', entityId: 'anna-berisha' }]],
  ['Spanish: role, name between commas, perfect tense, after another speaker',
    ['El Gobierno de Albania ha anunciado la ruptura de relaciones.',
      'El primer ministro albanés, Edi Rama, ha confirmado que "el Consejo de Ministros ha decidido romper las relaciones".'],
    [{ text: 'el Consejo de Ministros ha decidido romper las relaciones', ...RAMA }]],
  ['Spanish: a relative clause goes back to the name before the comma',
    ['"Esta medida extrema no era deseada por nadie", ha dicho Rama, que ha agregado que el objetivo era causar "caos".'],
    [{ text: 'Esta medida extrema no era deseada por nadie', ...RAMA }, { text: 'caos', ...RAMA }]],
  ['an acronym in brackets does not break the subject',
    ['The National Agency for Information Society (AKSHI) said in a press statement that the systems were closed.',
      '“We have been forced to close down government systems until the attacks are neutralised,” the statement read.'],
    [{ text: 'We have been forced to close down government systems until the attacks are neutralised', speaker: 'AKSHI', entityId: null }]],
  ['an aside in brackets after an inverted verb',
    ['“NATO supports our ally in the current difficult context,” said Deputy Assistant Secretary-General (for emerging security challenges) Ilir Hoxha.'],
    [{ text: 'NATO supports our ally in the current difficult context', speaker: 'Ilir Hoxha', entityId: 'ilir-hoxha' }]],
];

const organisationForms: [string, string[], Expected[]][] = [
  ['"the ministry" is the ministry named before, not the news agency',
    ['Albania’s Interior Ministry said one of its border systems was hit, the Associated Press reported.',
      'The ministry said in a statement that the police system was found to be “under a cyberattack similar to the one in July.”'],
    [{ text: 'under a cyberattack similar to the one in July.', ...MINISTRY }]],
  ['"it said in a statement" passes the speaker on to "the statement said"',
    ['Albania’s Interior Ministry said on Saturday that a second system was hit.',
      'It said in a statement that the border police system had been shut down.',
      '“Preliminary results show the attack was committed by the same hand,” the statement said.'],
    [{ text: 'Preliminary results show the attack was committed by the same hand', ...MINISTRY }]],
  ['"it" is not the news agency that reports the story',
    ['Facebook removed the accounts on Tuesday, the Associated Press reported.', '“The network was run from a camp in Albania,” it said.'],
    [{ text: 'The network was run from a camp in Albania', speaker: 'Facebook', entityId: 'facebook' }]],
  ['a description only one pack organisation fits', ['The Albanian interior said: “Its sites were attacked again on Friday night.”'],
    [{ text: 'Its sites were attacked again on Friday night.', ...MINISTRY }]],
  ['"the government" after the country is named, through "said the statement" and a second paragraph',
    ['Albania was hit by a massive cyberattack on Sunday.', 'The government confirmed the attack on Monday morning.',
      '“This criminal cyberattack was synchronised from outside the country,” said the statement.',
      '“In order to protect our systems, the agency shut down all online services.”'],
    [{ text: 'This criminal cyberattack was synchronised from outside the country', speaker: 'Government of Albania', entityId: 'albanian-government' },
      { text: 'In order to protect our systems, the agency shut down all online services.', speaker: 'Government of Albania', entityId: 'albanian-government' }]],
];

describe('findQuotes: clauses, apposition and asides', () => {
  it.each(clauseForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: organisations that speak', () => {
  it.each(organisationForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: messages on a breached system', () => {
  const paragraphs = ['Hackers hit the ministry on Friday.',
    'Visitors to the ministry website were greeted by a message reading: “Your data is now ours and we will publish it.”'];
  it('goes to the pack entity whose role says it is the attacker', () => {
    check(paragraphs, [{ text: 'Your data is now ours and we will publish it.', speaker: 'Attackers (message on the website)',
      entityId: 'homeland-justice' }]);
  });
  it('without a pack, names the attackers without linking', () => {
    check(paragraphs, [{ text: 'Your data is now ours and we will publish it.', speaker: 'Attackers (message on the website)',
      entityId: null }], null);
  });
  it('is not linked when two pack entities could be the attacker', () => {
    const pack: Pack = { ...PACK, entities: [...ENTITIES,
      entity('other-persona', 'organization', 'Other', 'Hacker persona that claimed other attacks', ['Other'])] };
    check(paragraphs, [{ text: 'Your data is now ours and we will publish it.', speaker: 'Attackers (message on the website)',
      entityId: null }], pack);
  });
});

// ---- The seed article ------------------------------------------------------------------------------

describe('findQuotes: the seed article', () => {
  const raw = readFileSync(new URL('../../../shared/seed/exit-news-albania-iran-second-cyberattack.txt', import.meta.url), 'utf8');
  const paragraphs = raw.split(/\n\s*\n/u).map((p) => p.trim()).filter((p) => p !== '');

  const expected: Expected[] = [
    { text: 'Another cyber attack by the same aggressors, already exposed and condemned by Albania’s friendly and allied ' +
      'countries, was recorded last night on the TIMS system! Meanwhile, we continue to work around the clock with our ' +
      'allies to make our digital systems impenetrable', ...RAMA, role: 'Prime Minister' },
    { text: 'Beyond the heavy feeling created by the penetration into these systems, just like when they break into a house ' +
      'and steal, the fact is that the aggression has not achieved its goal at all, no disappearance or serious data leak!',
    ...RAMA, role: 'Prime Minister' },
    { text: 'Albania is still paying for the terrorist acts of the MEK cult in Durres; this game will continue.',
      speaker: 'Attackers (message on TIMS)', entityId: 'homeland-justice' },
    { text: 'The Albanian government should be alert because it is in a direct war with Iran. Albania must be very prepared ' +
      'militarily, even with the intelligence services, but also as a society in terms of other attacks that in the future ' +
      'will no longer be on the Internet and social networks, but we will have consequences and physical victims',
    speaker: 'Kreshnik Spahiu', entityId: 'kreshnik-spahiu', role: 'Lawyer and politician' },
    { text: 'The United States condemns the September 9th cyberattack against our NATO Ally, Albania. This malicious activity ' +
      'against Albania follows the July 15 cyberattack conducted by the Government of Iran. The U.S. government is supporting ' +
      'Albania’s efforts to mitigate and recover.', speaker: 'US National Security Council', entityId: 'us-nsc' },
    { text: 'In civil aviation, what happened with the TIMS system is classified by the definition, sabotage.In such cases, ' +
      'in cases of sabotage, the civil aviation asks the local authorities to set up what is called the Crisis Coordination ' +
      'Committee. We are talking about an abnormal, unusual situation', speaker: 'Maksim Ethemaj', entityId: 'maksim-ethemaj',
    role: 'Director of the Civil Aviation Authority' },
    { text: 'long-running operation from Albania that targeted primarily Iran.', speaker: 'Facebook', entityId: 'facebook' },
    { text: 'The network violated our policy against foreign interference, which is coordinated inauthentic behaviour on ' +
      'behalf of a foreign entity', speaker: 'Facebook', entityId: 'facebook' },
    { text: 'We must be very clear that further attacks will be expected. We have Russian hackers who are just as famous, ' +
      'although Iranians are more dangerous. We have Serbian hackers, we have hackers who would like to participate in such ' +
      'a situation. Albania has no time to lose to take its measures', speaker: 'Ergys Muzhaqi', entityId: 'ergys-muzhaqi',
    role: 'security expert' },
  ];

  it('finds every quotation with its speaker', () => check(paragraphs, expected));

  it('finds the same quotations and speaker names without a pack', () => {
    const { quotes } = quotesOf(paragraphs, null);
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Edi Rama', 'Edi Rama', 'Attackers (message on TIMS)', 'Kreshnik Spahiu',
      'US National Security Council', 'Maksim Et’hemaj', 'Facebook', 'Facebook', 'Ergys Muzhaqi']);
    expect(quotes.every((q) => q.speaker?.entityId === null)).toBe(true);
  });
});

describe('findQuotes: paragraphs without blocks', () => {
  it('splits the text on blank lines', () => {
    const text = `“${Q},” Rama said.\n\n“The first paragraph has no closing mark,\n\n“and the second one closes it,” he said.`;
    const quotes = findQuotes(text, [], mentions(text, PACK), PACK);
    expect(quotes.map((q) => [q.text, q.speaker?.entityId])).toEqual([
      [Q, 'edi-rama'], ['The first paragraph has no closing mark\n\nand the second one closes it', 'edi-rama']]);
  });
});

// ---- Scale ------------------------------------------------------------------------------------------

describe('findQuotes: large pages', () => {
  it('stays linear on a megabyte of text with stray marks', () => {
    const paragraph = 'He said "we will see and Rama wrote “more words here ‘and there » and „ « 「 without closing. ';
    const big = [Array.from({ length: 10_000 }, () => paragraph).join('')];
    const started = performance.now();
    const { quotes } = quotesOf(big, null);
    const elapsed = performance.now() - started;
    expect(quotes.length).toBeLessThan(20_000);
    // Generous bound: a quadratic scan of this page would take minutes.
    expect(elapsed).toBeLessThan(5_000);
  });

  it('handles many ordinary quotations', () => {
    const paragraphs = Array.from({ length: 2_000 }, (_, i) => `“Quotation number ${i} is here for the test,” Rama said.`);
    const { quotes } = quotesOf(paragraphs);
    expect(quotes).toHaveLength(2_000);
    expect(quotes.every((q) => q.speaker?.entityId === 'edi-rama')).toBe(true);
  });
});

// ---- Titles, statement chains and adverbials in other languages -------------------------------------

const NSC = { speaker: 'US National Security Council', entityId: 'us-nsc' } as const;
const BERISHA = { speaker: 'Anna Berisha', entityId: 'anna-berisha' } as const;

const titleAndChainForms: [string, string[], Expected[]][] = [
  ['French: "M." is a title, after the verb', ['« Cette décision est une erreur historique », a déclaré M. Rama.'],
    [{ text: 'Cette décision est une erreur historique', ...RAMA }]],
  ['French: "Mme" is a title after "selon"', ['Selon Mme Anna Berisha, le pays a été « frappé au cœur de son administration ».'],
    [{ text: 'frappé au cœur de son administration', ...BERISHA }]],
  ['English: "Dr." keeps its full stop inside the name', ['“The systems were never patched,” said Dr. Ilir Hoxha.'],
    [{ text: 'The systems were never patched', speaker: 'Ilir Hoxha', entityId: 'ilir-hoxha' }]],
  ['Italian: "si legge nel comunicato" speaks for the organisation named before',
    ['Il National Security Council ha espresso solidarietà a Tirana.',
      '«Sosterremo il nostro alleato in ogni modo possibile», si legge nel comunicato diffuso giovedì.'],
    [{ text: 'Sosterremo il nostro alleato in ogni modo possibile', ...NSC }]],
  ['Spanish: "se lee en el comunicado" speaks for the organisation named before',
    ['El National Security Council condenó el ataque.',
      '"Apoyaremos a nuestro aliado de todas las formas posibles", se lee en el comunicado.'],
    [{ text: 'Apoyaremos a nuestro aliado de todas las formas posibles', ...NSC }]],
  ['Albanian: a short adverbial between the verb and a role and name',
    ['„Ky vendim do të mbrojë qytetarët nga sulmet e reja“, tha në seancë deputetja Anna Berisha, pa dhënë detaje.'],
    [{ text: 'Ky vendim do të mbrojë qytetarët nga sulmet e reja', ...BERISHA }]],
  ['Albanian: a time word between the verb and the name', ['„Sulmi nuk e arriti qëllimin e tij“, tha sot Edi Rama.'],
    [{ text: 'Sulmi nuk e arriti qëllimin e tij', ...RAMA }]],
  ['a place after a bare preposition is not taken as the speaker',
    ['„Sulmi nuk e arriti qëllimin e tij“, tha në Albania një zyrtar.'],
    [{ text: 'Sulmi nuk e arriti qëllimin e tij', speaker: null }]],
];

describe('findQuotes: titles, statement chains and adverbials', () => {
  it.each(titleAndChainForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

// ---- Turkish, Arabic, Russian and Chinese attribution; English wire conventions ---------------

const MFA = { speaker: 'Ministry of Foreign Affairs of Iran', entityId: 'foreign-ministry' } as const;
const KANAANI = { speaker: 'Nasser Kanaani', entityId: 'nasser-kanaani' } as const;
const NATO = { speaker: 'NATO', entityId: 'nato' } as const;

const wave2Forms: [string, string[], Expected[]][] = [
  // Turkish: the subject before the quotation, the verb after it; a bare noun for the body named before.
  ['Turkish ifadelerini kullandı', ['Stoltenberg, “Bu saldırıyı şiddetle kınıyorum ve yanınızdayız” ifadelerini kullandı.'],
    [{ text: 'Bu saldırıyı şiddetle kınıyorum ve yanınızdayız', speaker: 'Jens Stoltenberg', entityId: 'jens-stoltenberg' }]],
  ['Turkish Konsey after Kuzey Atlantik Konseyi',
    ['Kuzey Atlantik Konseyi saldırıyı kınadı. Konsey ayrıca “Müttefikler Arnavutluk’un açıklamalarını kabul ediyor” dedi.'],
    [{ text: 'Müttefikler Arnavutluk’un açıklamalarını kabul ediyor', ...NATO }]],
  ['Turkish Bakanlık after a ministry with a case ending',
    ['İran Dışişleri Bakanlığı bir açıklama yayımladı. Rama ise kararın doğru olduğunu söyledi. ' +
      'Bakanlık, “Bu iddialar tamamen asılsız ve kabul edilemez” dedi.'],
    [{ text: 'Bu iddialar tamamen asılsız ve kabul edilemez', ...MFA }]],
  ['Turkish Konseyi outside the pack: the folded noun still finds it',
    ['Güvenlik Konseyi toplantıdan sonra açıklama yaptı. Konsey’in sözcüsü değil, Konsey “Saldırıyı kınıyoruz ve destek veriyoruz” dedi.'],
    [{ text: 'Saldırıyı kınıyoruz ve destek veriyoruz', speaker: 'Güvenlik Konseyi', entityId: null }]],
  // Arabic (right to left): the role comes before the name, and the organisation inside the role is not the speaker.
  ['Arabic قال + role + name', ['وقال المتحدث باسم وزارة الخارجية الإيرانية ناصر كنعاني إن بلاده «ترفض أي استخدام للفضاء الإلكتروني لمهاجمة الدول».'],
    [{ text: 'ترفض أي استخدام للفضاء الإلكتروني لمهاجمة الدول', ...KANAANI }]],
  ['Arabic ووفقا لبيان + organisation', ['ووفقا لبيان وزارة الخارجية الإيرانية، فإن القرار "خطوة متسرعة وقصيرة النظر في العلاقات الدولية".'],
    [{ text: 'خطوة متسرعة وقصيرة النظر في العلاقات الدولية', ...MFA }]],
  ['Arabic وبحسب + organisation', ['وبحسب وزارة الخارجية الإيرانية، فإن «الاتهامات الألبانية لا أساس لها على الإطلاق».'],
    [{ text: 'الاتهامات الألبانية لا أساس لها على الإطلاق', ...MFA }]],
  // Russian: the name after "по словам" is in the genitive.
  ['Russian по словам + genitive surname linked to the pack', ['По словам Нельсона, Вашингтон «не потерпит агрессивной кибердеятельности Ирана».'],
    [{ text: 'не потерпит агрессивной кибердеятельности Ирана', speaker: 'Brian Nelson', entityId: 'brian-nelson' }]],
  ['Russian по словам + genitive full name (-ы)', ['По словам Эди Рамы, это была «еще одна атака тех же агрессоров».'],
    [{ text: 'еще одна атака тех же агрессоров', ...RAMA }]],
  ['Russian по словам + a name outside the pack is kept as written', ['По словам Петрова, это была «еще одна атака тех же агрессоров».'],
    [{ text: 'еще одна атака тех же агрессоров', speaker: 'Петрова', entityId: null }]],
  ['Russian назвал + partial quote', ['Представитель МИД Ирана Насер Канани назвал санкции продолжением «ложного обвинения».'],
    [{ text: 'ложного обвинения', ...KANAANI }]],
  // Chinese: pronouns refer back like "he said".
  ['Chinese 他说 after 拉马说', ['9月11日，拉马说，边境系统已恢复运行。他说：“这次侵略根本没有达到目的。”'],
    [{ text: '这次侵略根本没有达到目的。', speaker: '拉马', entityId: null }]],
  ['Chinese 她还表示 with an adverb', ['安娜说，调查仍在进行。她还表示：“我们很快就会公布结果。”'],
    [{ text: '我们很快就会公布结果。', speaker: '安娜', entityId: null }]],
  ['Chinese 他们称 (plural)', ['外交部说，指控毫无根据。他们称：“这是一个仓促的决定。”'],
    [{ text: '这是一个仓促的决定。', speaker: '外交部', entityId: null }]],
  // English wire conventions.
  ['a described speaker with a nationality adjective', ['“The systems were isolated as soon as the attack was detected,” a senior Albanian official said.'],
    [{ text: 'The systems were isolated as soon as the attack was detected', speaker: 'a senior Albanian official', entityId: null }]],
  ['a short partial quote that takes the full stop',
    ['In a statement, the Iranian foreign ministry called the decision “a rash act” and said it was based on “baseless accusations.”'],
    [{ text: 'a rash act', ...MFA }, { text: 'baseless accusations.', ...MFA }]],
  ['a short complete utterance with a capital still needs a cue next to it', ['The meeting ended late. “No comment.” Nobody spoke after that.'], []],
  // A document of an organisation speaks for it.
  ['Portuguese segundo o comunicado do ministério',
    ['O Ministério das Relações Exteriores do Irã publicou uma nota. Rama disse que a decisão era justa.',
      '“A decisão é um ato precipitado e míope nas relações internacionais”, segundo o comunicado do ministério.'],
    [{ text: 'A decisão é um ato precipitado e míope nas relações internacionais', ...MFA }]],
];

describe('findQuotes: Turkish, Arabic, Russian, Chinese and wire attribution', () => {
  it.each(wave2Forms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

// ---- Messages after a colon, titles as subjects, statements of an organisation, parenthetical sources ----

const DATA = 'Your data is now ours and we will publish it.';
const ATTACKERS = (system: string): Expected => ({ text: DATA, speaker: `Attackers (message on ${system})`, entityId: 'homeland-justice' });

const wave3Forms: [string, string[], Expected[]][] = [
  // A message on a breached system, introduced with a colon or "reading" and no comma.
  ['the screen carried the message: “…”', ['Hackers hit the border police on Friday.', `The screen carried the message: “${DATA}”`],
    [ATTACKERS('the screen')]],
  ['users were met with a message reading “…”', ['Hackers hit the ministry on Friday.',
    `Users of the website were met with a message reading “${DATA}”`], [ATTACKERS('the website')]],
  ['French: le message : « … » on a screen', ['Une cyberattaque a frappé la police des frontières.',
    'Sur le système, les écrans affichaient le message : « Vos données sont à nous et nous les publierons. »'],
  [{ text: 'Vos données sont à nous et nous les publierons.', speaker: 'Attackers (message on the système)', entityId: 'homeland-justice' }]],
  ['Albanian: mesazhi: „…“ on the system', ['Hakerat sulmuan policinë kufitare të premten.',
    'Në ekranet e sistemit u shfaq mesazhi: „Të dhënat tuaja janë tani tonat dhe do t’i publikojmë.“'],
  [{ text: 'Të dhënat tuaja janë tani tonat dhe do t’i publikojmë.', speaker: 'Attackers (message on the ekranet)', entityId: 'homeland-justice' }]],
  ['a colon after a message that is no system’s still needs a speaker', ['Rama sent a message: “We stand together with our allies.”'],
    [{ text: 'We stand together with our allies.', ...RAMA }]],
  // A title alone as the subject is the person named before with that role.
  ['English: said the prime minister', ['Rama announced the decision on Wednesday.',
    '“This measure was forced on us by the gravity of the attack,” said the prime minister.'],
  [{ text: 'This measure was forced on us by the gravity of the attack', ...RAMA }]],
  ['Albanian: tha kryeministri', ['Rama njoftoi vendimin të mërkurën.',
    '„Kjo masë u imponua nga rëndësia e sulmit“, tha kryeministri.'], [{ text: 'Kjo masë u imponua nga rëndësia e sulmit', ...RAMA }]],
  ['French: a déclaré le Premier ministre', ['Edi Rama a annoncé la décision mercredi.',
    '« Cette mesure nous a été imposée par la gravité de l’attaque », a déclaré le Premier ministre.'],
  [{ text: 'Cette mesure nous a été imposée par la gravité de l’attaque', ...RAMA }]],
  ['a title with no one named before stays a description', ['“The attack changed nothing for us,” said the prime minister.'],
    [{ text: 'The attack changed nothing for us', speaker: 'the prime minister', entityId: null }]],
  // A statement of an organisation named right after the statement noun, in the genitive.
  ['Albanian: thuhet në deklaratën e NATO-s', ['Rama foli me aleatët.',
    '„Ne dënojmë fuqishëm aktivitete të tilla keqdashëse“, thuhet në deklaratën e NATO-s.'],
  [{ text: 'Ne dënojmë fuqishëm aktivitete të tilla keqdashëse', ...NATO }]],
  ['English: said a statement by NATO', ['Rama spoke to the allies.',
    '“We strongly condemn such malicious activities,” said a statement by NATO.'],
  [{ text: 'We strongly condemn such malicious activities', ...NATO }]],
  ['Albanian: deklaratën e + an organisation outside the pack, in the genitive', ['Rama foli me aleatët.',
    '„Ne dënojmë fuqishëm aktivitete të tilla keqdashëse“, thuhet në deklaratën e Këshillit të Sigurimit Kombëtar.'],
  [{ text: 'Ne dënojmë fuqishëm aktivitete të tilla keqdashëse', speaker: 'Këshillit të Sigurimit Kombëtar', entityId: null }]],
  ['a statement of a ministry still goes to the ministry', ['Albania’s Interior Ministry reported the attack.',
    '“The systems are back online,” said a statement from the ministry.'],
  [{ text: 'The systems are back online', speaker: 'Ministry of the Interior of Albania', entityId: 'interior-ministry' }]],
  ['German: heißt es in der Erklärung der NATO', ['Rama sprach mit den Verbündeten.',
    '„Wir verurteilen solche böswilligen Aktivitäten aufs Schärfste“, heißt es in der Erklärung der NATO.'],
  [{ text: 'Wir verurteilen solche böswilligen Aktivitäten aufs Schärfste', ...NATO }]],
  // "according to X," in the middle of a later clause introduces that clause, not the quote before it.
  ['English: a parenthetical according to belongs to the next clause', ['The MEK is an exile group.',
    'It calls itself the “government in waiting” of the country, runs a newspaper and, according to Facebook, ran a “troll farm” from its camp.'],
  [{ text: 'government in waiting', speaker: 'MEK', entityId: 'mek' }, { text: 'troll farm', speaker: 'Facebook', entityId: 'facebook' }]],
  ['an according to right after the quote still attributes it', ['“We found a long-running operation,” according to Facebook, which removed the accounts.'],
    [{ text: 'We found a long-running operation', speaker: 'Facebook', entityId: 'facebook' }]],
];

describe('findQuotes: messages after a colon, titles, statements of an organisation, parenthetical sources', () => {
  it.each(wave3Forms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

// ---- Passive agents and organisations named without their country ----

const passiveForms: [string, string[], Expected[]][] = [
  ['English: called “…” by an organisation named in full', ['Albania blamed Tehran for the outage.',
    'Tehran denied any role, in a reply called “a pack of lies” by the Iranian foreign ministry.'],
  [{ text: 'a pack of lies', ...MFA }]],
  ['English: called “…” by the ministry named before', ['The Iranian foreign ministry issued a reply on Friday.',
    'Tehran rejected the charges, called “groundless” by the ministry.'],
  [{ text: 'groundless', ...MFA }]],
  ['Italian: definite «…» da + a name', ['Tirana accusa Teheran per l’attacco.',
    'Teheran respinge le accuse, definite «prive di fondamento» da Nasser Kanaani.'],
  [{ text: 'prive di fondamento', ...KANAANI }]],
  ['French: qualifiées de « … » par + a name', ['Tirana accuse Téhéran.',
    'Téhéran rejette les accusations, qualifiées de « pure invention » par Nasser Kanaani.'],
  [{ text: 'pure invention', ...KANAANI }]],
  ['Spanish: calificadas de «…» por + a name', ['Tirana acusa a Teherán.',
    'Teherán rechaza las acusaciones, calificadas de «totalmente falsas» por Nasser Kanaani.'],
  [{ text: 'totalmente falsas', ...KANAANI }]],
  ['Portuguese: classificadas de “…” pelo + the ministry’s full name', ['Tirana acusa Teerã.',
    'Teerã rejeita as acusações, classificadas de “sem fundamento” pelo Ministério das Relações Exteriores do Irã.'],
  [{ text: 'sem fundamento', ...MFA }]],
  ['German: „…“ genannt von + a name', ['Tirana beschuldigt Teheran.',
    'Teheran weist die Vorwürfe zurück, „völlig haltlos“ genannt von Nasser Kanaani.'],
  [{ text: 'völlig haltlos', ...KANAANI }]],
  ['a participle with no agent leaves the subject as speaker', ['Edi Rama spoke in parliament.',
    'Rama called the attack “an act of state aggression against our country” in his speech.'],
  [{ text: 'an act of state aggression against our country', speaker: 'Edi Rama', entityId: 'edi-rama' }]],
];

const countryOrganisationForms: [string, string[], Expected[]][] = [
  ['“the Foreign Ministry” after the country is named is that country’s ministry', ['Iran rejected the accusations on Saturday.',
    'In a statement, the Foreign Ministry called the decision “a short-sighted and rash move in international relations”.'],
  [{ text: 'a short-sighted and rash move in international relations', ...MFA }]],
  ['“Foreign Ministry” after another country stays the article’s own name', ['Albania rejected the accusations on Saturday.',
    'In a statement, the Foreign Ministry called the decision “a short-sighted and rash move in international relations”.'],
  [{ text: 'a short-sighted and rash move in international relations', speaker: 'Foreign Ministry', entityId: null }]],
];

describe('findQuotes: passive agents', () => {
  it.each(passiveForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

describe('findQuotes: an organisation named without its country', () => {
  it.each(countryOrganisationForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

// ---- Subjects past an aside, and long roles before a name ----

const NELSON = { speaker: 'Brian Nelson', entityId: 'brian-nelson' } as const;
const NCRI = { speaker: 'National Council of Resistance of Iran', entityId: 'ncri' } as const;

const asideForms: [string, string[], Expected[]][] = [
  ['colon after a relative clause: the name before it, whatever the verb',
    ['Anna Berisha, who led the audit, put the result in a single line: “Even the servers needed a holiday.”'],
  [{ text: 'Even the servers needed a holiday.', speaker: 'Anna Berisha', entityId: 'anna-berisha' }]],
  ['colon after an appositive: an unknown name keeps the article’s spelling',
    ['Dora Lleshi, the lab’s chief engineer, summed it up bluntly: “Nothing came back online for a week.”'],
  [{ text: 'Nothing came back online for a week.', speaker: 'Dora Lleshi', entityId: null }]],
  ['colon after a relative clause with no name before it names nobody',
    ['The outage, which began on Friday, left one sign on every screen: “Access denied to all users.”'],
  [{ text: 'Access denied to all users.', speaker: null }]],
  ['“it” after an appositive subject is the subject, not the organisation inside the appositive',
    ['The National Council of Resistance of Iran, the MEK’s political arm, dismissed the findings.',
      'It said the charge was “wholly invented and false.”'],
  [{ text: 'wholly invented and false.', ...NCRI }]],
  ['a determined appositive before a cue verb is stepped over',
    ['The NCRI, an umbrella for several exile groups, said the report was “a smear”.'],
  [{ text: 'a smear', ...NCRI }]],
  ['a long role with “for” and “and” before the name, after the quote',
    ['Albania cut ties with Tehran on Wednesday.',
      '“This attack broke every rule of conduct in cyberspace,” Deputy Secretary for Cyber Policy and Foreign Intelligence Brian Nelson said in a statement.'],
  [{ text: 'This attack broke every rule of conduct in cyberspace', ...NELSON }]],
  ['a long role naming an organisation before the name: the person speaks',
    ['“Sanctions will follow against those responsible,” NATO Assistant Secretary General for Emerging Security Challenges Jens Stoltenberg said.'],
  [{ text: 'Sanctions will follow against those responsible', speaker: 'Jens Stoltenberg', entityId: 'jens-stoltenberg' }]],
];

describe('findQuotes: subjects past an aside and long roles', () => {
  it.each(asideForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

// ---- Persian: subject–object–verb, right to left ------------------------------------------------

const persianForms: [string, string[], Expected[]][] = [
  ['a prepositional phrase before the verb is not the speaker',
    ['ادی راما، نخست‌وزیر آلبانی، در یک نشست خبری گفت: «ما از این حملات نمی‌ترسیم».'],
    [{ text: 'ما از این حملات نمی‌ترسیم', ...RAMA }]],
  ['a phrase opening with با is not the speaker either',
    ['ناصر کنعانی، سخنگوی وزارت خارجه، با انتشار بیانیه‌ای اعلام کرد: «این ادعاها پایه ندارد».'],
    [{ text: 'این ادعاها پایه ندارد', ...KANAANI }]],
  ['او resolves to the person named before',
    ['ناصر کنعانی این گزارش را رد کرد.', 'او گفت: «ایران در این حمله نقشی نداشته است».'],
    [{ text: 'ایران در این حمله نقشی نداشته است', ...KANAANI }]],
  ['وی with نیز before the verb',
    ['ادی راما روز دوشنبه در تیرانا سخن گفت.', 'وی نیز افزود: «پاسخ ما قاطع خواهد بود».'],
    [{ text: 'پاسخ ما قاطع خواهد بود', ...RAMA }]],
  ['به گفته names the source',
    ['به گفته وزارت امور خارجه ایران، این تصمیم «یک اشتباه بزرگ» است.'],
    [{ text: 'یک اشتباه بزرگ', ...MFA }]],
  ['a title and a time phrase around the name',
    ['آقای کنعانی روز بعد افزود که «هیچ مدرکی ارائه نشده است».'],
    [{ text: 'هیچ مدرکی ارائه نشده است', ...KANAANI }]],
  ['امروز between the subject and اظهار داشت',
    ['ناصر کنعانی امروز اظهار داشت: «ما این اتهام را محکوم می‌کنیم».'],
    [{ text: 'ما این اتهام را محکوم می‌کنیم', ...KANAANI }]],
  ['an unknown speaker keeps the Persian name, without the title',
    ['خانم مریم احمدی دیروز تاکید کرد: «امنیت سایبری اولویت ماست».'],
    [{ text: 'امنیت سایبری اولویت ماست', speaker: 'مریم احمدی' }]],
];

describe('findQuotes: Persian attribution', () => {
  it.each(persianForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

// ---- Greek and Serbian: the verb after the quote, the subject after the verb ----------------------

const ETHEMAJ = { speaker: 'Maksim Ethemaj', entityId: 'maksim-ethemaj' } as const;
const INTERIOR = { speaker: 'Ministry of the Interior of Albania', entityId: 'interior-ministry' } as const;
const IRAN_MFA = { speaker: 'Ministry of Foreign Affairs of Iran', entityId: 'foreign-ministry' } as const;

const greekForms: [string, string[], Expected[]][] = [
  ...(['δήλωσε', 'είπε', 'ανέφερε', 'πρόσθεσε', 'έγραψε', 'τόνισε'] as const).map((verb): [string, string[], Expected[]] => [
    `«…», ${verb} ο πρωθυπουργός X`,
    [`«Οι επιθέσεις δεν θα μας τρομάξουν», ${verb} ο πρωθυπουργός Έντι Ράμα σε ανάρτησή του.`],
    [{ text: 'Οι επιθέσεις δεν θα μας τρομάξουν', ...RAMA }]]),
  ['σύμφωνα με το X names the source of a partial quote',
    ['Σύμφωνα με το υπουργείο Εξωτερικών του Ιράν, οι κατηγορίες είναι «εντελώς αβάσιμες».'],
    [{ text: 'εντελώς αβάσιμες', ...IRAN_MFA }]],
  ['an unknown Greek speaker keeps the article’s name',
    ['«Τα συστήματα επανήλθαν μέσα σε μία ώρα», είπε ο Νίκος Παπαδάκης στο ραδιόφωνο.'],
    [{ text: 'Τα συστήματα επανήλθαν μέσα σε μία ώρα', speaker: 'Νίκος Παπαδάκης', entityId: null }]],
];

describe('findQuotes: Greek attribution', () => {
  it.each(greekForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

const serbianForms: [string, string[], Expected[]][] = [
  ...(['рекао је', 'изјавио је', 'написао је', 'навео је', 'додао је', 'rekao je', 'izjavio je', 'napisao je']
    .map((verb): [string, string[], Expected[]] => [
      `„…“, ${verb} премијер X`,
      [`„Нећемо се повући пред нападачима“, ${verb} премијер Еди Рама на Твитеру.`],
      [{ text: 'Нећемо се повући пред нападачима', ...RAMA }]])),
  ['саопштило је: the ministry after the neuter verb',
    ['„Сви подаци су сачувани“, саопштило је Министарство унутрашњих послова.'],
    [{ text: 'Сви подаци су сачувани', ...INTERIOR }]],
  ['saopštilo je in Latin script',
    ['„Svi podaci su sačuvani“, saopštilo je Ministarstvo unutrašnjih poslova.'],
    [{ text: 'Svi podaci su sačuvani', ...INTERIOR }]],
  ['рекао је он: the nearest earlier person',
    ['Maksim Ethemaj је потврдио да систем не ради.', '„Путници се евидентирају ручно на свим прелазима“, рекао је он.'],
    [{ text: 'Путници се евидентирају ручно на свим прелазима', ...ETHEMAJ }]],
  ['рекла је она does not take a man named before',
    ['Maksim Ethemaj је потврдио да систем не ради.', '„Штета ће бити процењена до краја недеље“, рекла је она.'],
    [{ text: 'Штета ће бити процењена до краја недеље', speaker: null }]],
];

describe('findQuotes: Serbian attribution', () => {
  it.each(serbianForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

const HOMELAND = { speaker: 'Homeland Justice', entityId: 'homeland-justice' } as const;

/** What the attackers leave or post speaks for them; the speaker is never the clause around it. */
const attackerMessageForms: [string, string[], Expected[]][] = [
  ['One of its messages read: the persona named before',
    ['Homeland Justice, which claimed the attack, posted screenshots of the border system.',
      'One of its messages read: “The ministry will keep paying for its guests in Durrës.”'],
    [{ text: 'The ministry will keep paying for its guests in Durrës.', ...HOMELAND }]],
  ['Another of their posts said: the persona named before',
    ['Homeland Justice leaked files from the ministry on Monday.',
      'Another of their posts said: “Every file will be published.”'],
    [{ text: 'Every file will be published.', ...HOMELAND }]],
  ['a report recalls the ransom note left on machines, which asked: the note, not the report',
    ['Hackers hit the ministry in July.',
      'The report also recalls the ransom note left on infected machines, which asked: “Who pays for the guests?”'],
    [{ text: 'Who pays for the guests?', speaker: 'Attackers (message on the machines)', entityId: 'homeland-justice' }]],
  ['the wiper note on the computers read',
    ['Hackers hit the ministry in July.',
      'A wiper note shown on the ministry computers read: “Your files are gone.”'],
    [{ text: 'Your files are gone.', speaker: 'Attackers (message on the computers)', entityId: 'homeland-justice' }]],
];

describe('findQuotes: the attackers’ own messages', () => {
  it.each(attackerMessageForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});

/** "according to the report" with no author in sight: the document itself, never a clause. */
const documentAuthorForms: [string, string[], Expected[]][] = [
  ['according to the advisory with no author named → the advisory',
    ['Hackers were inside the networks for a year.',
      '“The actors used the same tools in both waves,” according to the advisory.'],
    [{ text: 'The actors used the same tools in both waves', speaker: 'the advisory' }]],
];

describe('findQuotes: a document with no author named', () => {
  it.each(documentAuthorForms)('%s', (_name, paragraphs, expected) => check(paragraphs, expected));
});
