/**
 * A small, realistic Analysis + Pack for the UI tests: paragraphs of the seed
 * article (Exit News, September 2022) and a slice of the Albania–Iran pack.
 * Offsets are computed from the text, so the fixture stays consistent when a
 * paragraph changes. Each builder returns fresh objects: tests may mutate them.
 */
import { ANALYSIS_SCHEMA, type Analysis, type EntityResult, type QuoteResult, type Span } from '../../src/engine/types.ts';
import { PACK_SCHEMA, type Entity, type Pack, type Source } from '../../src/pack/types.ts';

const RAMA_TWEET_1 =
  'Another cyber attack by the same aggressors, already exposed and condemned by Albania’s friendly and allied countries, was recorded last night on the TIMS system! Meanwhile, we continue to work around the clock with our allies to make our digital systems impenetrable,';
const RAMA_TWEET_2 =
  'Beyond the heavy feeling created by the penetration into these systems, just like when they break into a house and steal, the fact is that the aggression has not achieved its goal at all, no disappearance or serious data leak!';
const TIMS_MESSAGE = 'Albania is still paying for the terrorist acts of the MEK cult in Durres; this game will continue.';
const SPAHIU_QUOTE =
  'The Albanian government should be alert because it is in a direct war with Iran. Albania must be very prepared militarily, even with the intelligence services';
const NSC_STATEMENT =
  'The United States condemns the September 9th cyberattack against our NATO Ally, Albania. This malicious activity against Albania follows the July 15 cyberattack conducted by the Government of Iran.';
const MUZHAQI_QUOTE = 'We must be very clear that further attacks will be expected.';

export const PARAGRAPHS = [
  'Albania-Iran Political Crisis Intensifies After Second Cyberattack',
  'The Albanian border management information system (TIMS) was back online on Sunday, and Prime Minister Edi Rama confirmed there was no serious data breach after it was subject to a second cyberattack over the weekend.',
  'The latest attack comes just days after Rama accused Iran of being behind a 15 July cyberattack that brought all government websites and digital citizens’ services offline.',
  `“${RAMA_TWEET_1}” Rama wrote on Twitter on Saturday.`,
  `“${RAMA_TWEET_2}” Rama wrote on Twitter.`,
  `Those trying to use the TIMS system were confronted by a message stating, “${TIMS_MESSAGE}”`,
  'Albania is home to the MEK group (People’s Mojahedin Organisation of Iran), who were transferred to Albania from an Iraqi refugee camp in 2016.',
  'However, some analysts say it is not just due to MEK that Albania is being targeted. Albania is staunchly pro-American, a member of NATO.',
  `Lawyer and politician Kreshnik Spahiu warned that the government should be vigilant against attacks. “${SPAHIU_QUOTE}”, he said.`,
  `“${NSC_STATEMENT}” a statement on Twitter reads.`,
  'The National Council for Resistance in Iran issued a statement denying that there was a troll farm in Albania affiliated with them.',
  `Meanwhile, security expert Ergys Muzhaqi said the country should brace for more attacks. “${MUZHAQI_QUOTE}”, he told the media.`,
];

export const TEXT = PARAGRAPHS.join('\n\n');

/** Every occurrence of each term in TEXT (word-boundary checks are the engine's job, not the fixture's). */
export function spans(...terms: string[]): Span[] {
  const found: Span[] = [];
  for (const term of terms) {
    for (let at = TEXT.indexOf(term); at !== -1; at = TEXT.indexOf(term, at + term.length)) {
      found.push({ start: at, end: at + term.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function quote(text: string, speaker: QuoteResult['speaker']): QuoteResult {
  const start = TEXT.indexOf(text);
  if (start === -1) throw new Error(`fixture quote not in text: ${text.slice(0, 30)}`);
  return { text, start, end: start + text.length, speaker };
}

const src = (url: string, publisher: string, date?: string): Source => (date ? { url, publisher, date } : { url, publisher });

// The seed article's own page; the fact sheet records no URL for it, so this one is shaped like Exit News's.
const EXIT = src('https://exit.al/en/albania-iran-political-crisis-intensifies-after-second-cyberattack/', 'Exit News', '2022-09-11');
const AP_SEVERS = src(
  'https://www.springfieldnewssun.com/nation-world/albania-cuts-diplomatic-ties-with-iran-over-july-cyberattack/V2V6ED5LZNEDRJ4R5PPMYQXJXI/',
  'Associated Press',
  '2022-09-07',
);
const MEHR = src('https://en.mehrnews.com/news/191177/Iran-rejects-Albania-claims-for-cutting-ties-as-unfounded', 'Mehr News Agency', '2022-09-07');
const AJC_JULY = src(
  'https://www.ajc.com/news/nation-world/cyberattack-blocks-albanias-public-online-services/NNYEJDUMJJA7VIETEETRS6MIHI/',
  'Associated Press',
  '2022-07-18',
);
const AJC_TIMS = src(
  'https://www.ajc.com/news/nation-world/albania-reports-2nd-cyberattack-by-iran-on-border-systems/HIZYHARBSZCNJGLCFM5SSE5CGA/',
  'Associated Press',
  '2022-09-10',
);
const OFAC = src(
  'https://www.upi.com/Top_News/US/2022/09/09/sanctions-Iran-Albania-treasury/6711662755117/',
  'UPI',
  '2022-09-09',
);
const EUNEWS = src('https://www.eu-ocs.com/cyber-attacks-on-albania-target-border-operations/', 'European Cyber Security Organisation');
const META = src('https://about.fb.com/news/2021/04/march-2021-coordinated-inauthentic-behavior-report/', 'Meta', '2021-04-06');
const BREITBART = src(
  'http://www.breitbart.com/national-security/2016/09/11/last-remaining-pmoi-members-leave-camp-liberty-for-albania/',
  'Breitbart',
  '2016-09-11',
);

function entity(id: string, name: string, type: Entity['type'], role: string, description: string, en: string[]): Entity {
  return { id, name, type, role, description, aliases: { en }, sources: [EXIT] };
}

export function buildPack(patch: Partial<Pack> = {}): Pack {
  return {
    schema: PACK_SCHEMA,
    id: 'albania-iran-2022',
    version: '1.0.0',
    title: 'Iran–Albania cyberattacks (2022)',
    summary: 'Cyberattacks on Albanian government systems in July and September 2022, attributed to Iran.',
    languages: ['en', 'sq'],
    triggers: ['albania', 'tims', 'iran'],
    eventTerms: [{ term: 'cyberattack', lang: 'en', weight: 0.6 }],
    entities: [
      entity('edi-rama', 'Edi Rama', 'person', 'Prime Minister of Albania', 'Albania’s prime minister since 2013; he announced the break with Iran.', ['Edi Rama', 'Rama']),
      entity('kreshnik-spahiu', 'Kreshnik Spahiu', 'person', 'Lawyer and politician', 'Albanian lawyer and politician.', ['Kreshnik Spahiu']),
      entity('us-nsc', 'US National Security Council', 'organization', 'White House policy council', 'Advises the US president on national security.', ['National Security Council']),
      entity('iran', 'Iran', 'place', 'State accused of the attacks', 'The Islamic Republic of Iran.', ['Iran']),
      entity('iran-foreign-ministry', 'Iranian Foreign Ministry', 'organization', 'Foreign ministry of Iran', 'Its spokesman rejected the accusation.', ['Iranian Foreign Ministry']),
      entity('albania', 'Albania', 'place', 'State attacked', 'Republic in the western Balkans; NATO member since 2009.', ['Albania']),
      entity('united-states', 'United States', 'place', 'NATO ally of Albania', 'Attributed the July attack to Iran.', ['United States']),
      entity('nato', 'NATO', 'organization', 'Military alliance Albania belongs to', 'The North Atlantic Treaty Organization.', ['NATO']),
      entity('microsoft', 'Microsoft', 'organization', 'Technology company that investigated the attack', 'Its incident responders investigated the attack.', ['Microsoft']),
      entity('tims', 'TIMS', 'system', 'Albania’s border management information system', 'Records every person who enters and leaves Albania.', ['TIMS']),
      entity('mek', 'MEK', 'organization', 'Iranian opposition group based in Albania', 'People’s Mojahedin Organisation of Iran; about 3,000 members in Albania.', ['MEK']),
      entity('ncri', 'National Council of Resistance of Iran', 'organization', 'MEK-led opposition coalition', 'Political umbrella of the MEK.', ['National Council for Resistance in Iran']),
      entity('facebook', 'Facebook', 'organization', 'Social network (Meta)', 'Reported an MEK troll farm in 2021.', ['Facebook']),
      entity('homeland-justice', 'Homeland Justice', 'organization', 'Persona of the attackers', 'Posted stolen data and anti-MEK messages.', ['Homeland Justice']),
      entity('durres', 'Durrës', 'place', 'Albanian port city', 'The MEK camp Ashraf 3 lies in Manëz, Durrës County.', ['Durres', 'Durrës']),
    ],
    facts: [
      { id: 'tims-attack', date: '2022-09-09', text: 'A second cyberattack hit the State Police systems, including TIMS.', category: 'attack', cues: [['TIMS']], sources: [AJC_TIMS, EXIT] },
      { id: 'july-attack', date: '2022-07-15', text: 'A cyberattack took Albanian government online services offline.', category: 'attack', cues: [['15 July']], sources: [AJC_JULY] },
      { id: 'severance', date: '2022-09-07', text: 'Albania severed diplomatic relations with Iran and gave its diplomats 24 hours to leave.', category: 'diplomacy', cues: [['diplomat']], sources: [AP_SEVERS] },
      { id: 'iran-rejects', date: '2022-09-07', text: 'Iran’s Foreign Ministry rejected the accusation as baseless.', category: 'diplomacy', cues: [['baseless']], sources: [MEHR] },
      { id: 'ofac-sanctions', date: '2022-09-09', text: 'The US Treasury sanctioned Iran’s Ministry of Intelligence and its minister.', category: 'sanctions', cues: [['sanction']], sources: [OFAC] },
      { id: 'mek-transfer', date: '2016', text: 'The last MEK members moved from Iraq to Albania.', category: 'background', cues: [['MEK', 'Iraq']], sources: [BREITBART] },
    ],
    claims: [
      { id: 'iran-behind-attacks', text: 'Iranian state actors conducted the attacks on Albania.', claimants: ['albania', 'edi-rama', 'united-states', 'nato', 'microsoft'], cues: [['@iran', 'behind']], sources: [AP_SEVERS] },
      { id: 'iran-denies-involvement', text: 'Iran had nothing to do with the attacks.', claimants: ['iran', 'iran-foreign-ministry'], disputes: ['iran-behind-attacks'], cues: [['baseless']], sources: [MEHR] },
      { id: 'no-serious-data-leak', text: 'The attacks caused no serious data leak.', claimants: ['edi-rama'], cues: [['data', 'leak']], sources: [EXIT] },
      { id: 'attackers-leaked-data', text: 'The attackers published and offered for sale data taken from Albanian systems.', claimants: ['homeland-justice'], disputes: ['no-serious-data-leak'], cues: [['leak']], sources: [EUNEWS] },
      { id: 'mek-troll-farm', text: 'An MEK-linked troll farm operated from Albania.', claimants: ['facebook'], cues: [['troll farm']], sources: [META] },
      { id: 'ncri-denies-troll-farm', text: 'There was no troll farm in Albania affiliated with the MEK.', claimants: ['ncri'], disputes: ['mek-troll-farm'], cues: [['denying', 'troll']], sources: [EXIT] },
      { id: 'mek-presence-motive', text: 'The attacks punish Albania for hosting the MEK.', claimants: ['homeland-justice'], cues: [['MEK', 'paying']], sources: [EXIT] },
      { id: 'nato-geopolitics-motive', text: 'Albania is targeted for being pro-American and a NATO member, not only for the MEK.', claimants: [], disputes: ['mek-presence-motive'], cues: [['NATO', 'targeted']], sources: [EXIT] },
    ],
    quotes: [
      { id: 'rama-2022-09-10-tims', speaker: 'edi-rama', text: RAMA_TWEET_1, date: '2022-09-10', lang: 'en', context: 'On Twitter', sources: [EXIT] },
      { id: 'rama-2022-09-07-failed', speaker: 'edi-rama', text: 'The said attack failed its purpose.', date: '2022-09-07', lang: 'en', sources: [AP_SEVERS] },
      { id: 'rama-2022-07-aggression', speaker: 'edi-rama', text: 'Ky është një agresion i organizuar nga një shtet.', date: '2022-07-21', lang: 'sq', context: 'Press conference', sources: [src('https://abcnews.al/?p=1315174', 'ABC News Albania', '2022-07-21')] },
    ],
    ...patch,
  };
}

function found(id: string, name: string, type: EntityResult['type'], role: string, ...terms: string[]): EntityResult {
  return { id, name, type, role, mentions: spans(...terms) };
}

export function buildAnalysis(patch: Partial<Analysis> = {}): Analysis {
  return {
    schema: ANALYSIS_SCHEMA,
    url: 'https://exit.al/en/albania-iran-political-crisis-intensifies-after-second-cyberattack/',
    title: PARAGRAPHS[0] ?? null,
    lang: 'en',
    isArticle: true,
    incident: {
      id: 'albania-iran-2022',
      title: 'Iran–Albania cyberattacks (2022)',
      score: 0.92,
      evidence: [
        { term: 'TIMS', entityId: 'tims', count: 3 },
        { term: 'Rama', entityId: 'edi-rama', count: 4 },
        { term: 'cyberattack', entityId: null, count: 4 },
      ],
    },
    text: TEXT,
    entities: [
      {
        id: 'edi-rama',
        name: 'Edi Rama',
        type: 'person',
        role: 'Prime Minister of Albania',
        // "Edi Rama" once, then the bare surname: one mention each, never both.
        mentions: [...spans('Edi Rama'), ...spans('Rama').filter((s) => !TEXT.startsWith('Edi ', s.start - 4))].sort(
          (a, b) => a.start - b.start,
        ),
      },
      found('tims', 'TIMS', 'system', 'Albania’s border management information system', 'TIMS'),
      found('iran', 'Iran', 'place', 'State accused of the attacks', 'Iran'),
      found('mek', 'MEK', 'organization', 'Iranian opposition group based in Albania', 'MEK'),
      found('kreshnik-spahiu', 'Kreshnik Spahiu', 'person', 'Lawyer and politician', 'Kreshnik Spahiu'),
      found('nato', 'NATO', 'organization', 'Military alliance Albania belongs to', 'NATO'),
      found('durres', 'Durrës', 'place', 'Albanian port city', 'Durres'),
      found('ncri', 'National Council of Resistance of Iran', 'organization', 'MEK-led opposition coalition', 'National Council for Resistance in Iran'),
    ],
    quotes: [
      quote(RAMA_TWEET_1, { name: 'Edi Rama', entityId: 'edi-rama' }),
      quote(RAMA_TWEET_2, { name: 'Edi Rama', entityId: 'edi-rama' }),
      quote(TIMS_MESSAGE, null),
      quote(SPAHIU_QUOTE, { name: 'Kreshnik Spahiu', entityId: 'kreshnik-spahiu', role: 'Lawyer and politician' }),
      quote(NSC_STATEMENT, { name: 'US National Security Council', entityId: 'us-nsc' }),
      quote(MUZHAQI_QUOTE, { name: 'Ergys Muzhaqi', entityId: null, role: 'security expert' }),
    ],
    claims: [
      {
        id: 'iran-behind-attacks',
        text: 'Iranian state actors conducted the attacks on Albania.',
        claimants: ['albania', 'edi-rama', 'united-states', 'nato', 'microsoft'],
        mentions: spans('Rama accused Iran of being behind a 15 July cyberattack'),
        counterclaims: [
          { id: 'iran-denies-involvement', text: 'Iran had nothing to do with the attacks.', claimants: ['iran', 'iran-foreign-ministry'], inArticle: false, sources: [MEHR] },
        ],
        sources: [AP_SEVERS],
      },
      {
        id: 'no-serious-data-leak',
        text: 'The attacks caused no serious data leak.',
        claimants: ['edi-rama'],
        mentions: spans('no disappearance or serious data leak'),
        counterclaims: [
          { id: 'attackers-leaked-data', text: 'The attackers published and offered for sale data taken from Albanian systems.', claimants: ['homeland-justice'], inArticle: false, sources: [EUNEWS] },
        ],
        sources: [EXIT],
      },
      {
        id: 'mek-presence-motive',
        text: 'The attacks punish Albania for hosting the MEK.',
        claimants: ['homeland-justice'],
        mentions: spans(TIMS_MESSAGE),
        counterclaims: [
          { id: 'nato-geopolitics-motive', text: 'Albania is targeted for being pro-American and a NATO member, not only for the MEK.', claimants: [], inArticle: true, sources: [EXIT] },
        ],
        sources: [EXIT],
      },
    ],
    facts: [
      { id: 'july-attack', date: '2022-07-15', text: 'A cyberattack took Albanian government online services offline.', inArticle: true, sources: [AJC_JULY] },
      { id: 'tims-attack', date: '2022-09-09', text: 'A second cyberattack hit the State Police systems, including TIMS.', inArticle: true, sources: [AJC_TIMS, EXIT] },
      { id: 'severance', date: '2022-09-07', text: 'Albania severed diplomatic relations with Iran and gave its diplomats 24 hours to leave.', inArticle: false, sources: [AP_SEVERS] },
      { id: 'iran-rejects', date: '2022-09-07', text: 'Iran’s Foreign Ministry rejected the accusation as baseless.', inArticle: false, sources: [MEHR] },
      { id: 'mek-transfer', date: '2016', text: 'The last MEK members moved from Iraq to Albania.', inArticle: true, disputed: 'Sources date the last transfer to September 2016; earlier groups arrived from 2013.', sources: [BREITBART] },
    ],
    ...patch,
  };
}

/** Strings that would run script if the UI ever rendered pack or page text as HTML. */
export const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
export const HOSTILE_URL = 'javascript:alert(1)';
