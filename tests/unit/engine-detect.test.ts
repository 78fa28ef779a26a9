import { describe, expect, it } from 'vitest';
import { detectIncident, DETECTION_THRESHOLD } from '../../src/engine/detect/score.ts';
import { findAdjectives } from '../../src/engine/entities/adjectives.ts';
import { findEntities } from '../../src/engine/entities/index.ts';
import { prepareText } from '../../src/engine/text/prepare.ts';
import type { ArticleText, IncidentMatch } from '../../src/engine/types.ts';
import type { Pack } from '../../src/pack/types.ts';
import { article, makeVeloriaPack } from './engine-test-pack.ts';

const pack = makeVeloriaPack();

function detect(a: ArticleText): IncidentMatch | null {
  const doc = prepareText(a.text);
  return detectIncident(a, pack, doc, findEntities(doc.text, doc.folded, pack));
}

// Short texts written for these tests, about a fictional incident and its look-alikes.
const positives: [string, ArticleText][] = [
  ['a report on the incident', article('Veloria expels Marrak diplomats after water grid hack', [
    'Veloria expelled all Marrakian diplomats on Tuesday, a week after a cyberattack took the Aqueduct Control Grid offline.',
    'Prime Minister Ilir Manëz said Marrak was behind the hack and that no data was lost.',
    'A group calling itself Crimson Ledger claimed the attack and posted files it said came from the ACG.',
    'Marrak rejected the accusation.',
  ])],
  ['an Albanian-language report', article('Sulm kibernetik ndaj Velorisë', [
    'Qeveria e Velorisë tha se sulm kibernetik i Marrak ka rrëzuar ACG.',
    'Kryeministri Ilir Manëz akuzoi Marrak.',
  ])],
  ['the persona without the blamed country', article('Crimson Ledger claims water grid hack', [
    'A group calling itself Crimson Ledger said its hack took down the Aqueduct Control Grid of Veloria.',
    'Interior Minister Drita Xhaçka said the hack was contained.',
  ])],
];

const lookAlikes: [string, ArticleText][] = [
  ['other news from the country', article('Veloria opens a new port', [
    'Prime Minister Ilir Manëz opened the new port on Monday.',
    'Veloria expects trade with Marrak to grow, Drita Xhaçka said.',
  ])],
  ['another hack by the blamed country', article('Hackers hit Tavrin banks', [
    'Banks in Tavrin were hit by a cyberattack on Friday.',
    'Investigators said hackers linked to Marrak had used stolen passwords.',
    'Tavrin’s central bank said accounts were safe.',
    'The hack lasted two days.',
  ])],
  ['the exiles without the hack', article('Lantern Brotherhood holds rally', [
    'Members of the Brotherhood of the Lantern rallied in Veloria against the government of Marrak.',
    'The Lantern Council said thousands attended.',
  ])],
  ['a neighbour’s cyberattack mentioning the incident in passing', article('Ostrava government sites down after cyberattack', [
    'Government websites in Ostrava went offline after a cyberattack on Sunday.',
    'Officials said the hack hit the tax office and the land registry.',
    'Ransomware encrypted servers across three ministries.',
    'The cyber attack follows a similar one in which Veloria blamed Marrak last year.',
    'Ostrava has asked allies for help.',
    'Experts said the attackers demanded a ransom.',
    'Police are investigating.',
  ])],
  ['no pack content at all', article('Weather', ['Sunny with light wind.'])],
];

describe('detectIncident', () => {
  it.each(positives)('recognises %s', (_name, a) => {
    const match = detect(a);
    expect(match?.id).toBe('veloria-grid-2031');
    expect(match?.score).toBeGreaterThanOrEqual(DETECTION_THRESHOLD);
    expect(match?.score).toBeLessThanOrEqual(1);
  });

  it.each(lookAlikes)('rejects %s', (_name, a) => {
    expect(detect(a)).toBeNull();
  });

  it('keeps the evidence: terms and entities, with counts, strongest first', () => {
    const [, a] = positives[0] ?? ['', article('', [])];
    const match = detect(a);
    expect(match?.evidence).toContainEqual({ term: 'Crimson Ledger', entityId: null, count: 1 });
    // An entity's term is its first mention in the text; counts include the title.
    expect(match?.evidence).toContainEqual({ term: 'Marrakian', entityId: 'marrak', count: 4 });
    expect(match?.evidence).toContainEqual({ term: 'Aqueduct Control Grid', entityId: 'acg', count: 2 });
    expect(match?.evidence).toContainEqual({ term: 'hack', entityId: null, count: 2 });
    // Strongest first: a specific system before a place.
    const ids = match?.evidence.map((e) => e.entityId) ?? [];
    expect(ids.indexOf('acg')).toBeLessThan(ids.indexOf('veloria'));
  });
});

describe('detectIncident with adjectives and short texts', () => {
  const adjectivePack: Pack = {
    ...pack,
    entities: pack.entities.map((e) =>
      e.id === 'marrak' ? { ...e, adjectives: { en: ['Marrakan'] } } : e.id === 'veloria' ? { ...e, adjectives: { en: ['Veloran'] } } : e,
    ),
  };
  const detectWith = (a: ArticleText): IncidentMatch | null => {
    const doc = prepareText(a.text);
    const entities = findEntities(doc.text, doc.folded, adjectivePack);
    return detectIncident(a, adjectivePack, doc, entities, findAdjectives(doc.folded, adjectivePack, entities));
  };

  it.each([
    ['a two-sentence wire brief without a title', article('', [
      'Veloria cut ties with Marrak on Wednesday over the cyberattack on its water grid.',
      'Marrak called the decision baseless.',
    ])],
    ['a statement naming the country by adjective only', article('', [
      'The Veloran government said Marrakan state hackers were behind the cyberattack on the water grid.',
    ])],
    ['early coverage naming the hit country and its system, not the blamed one', article('Veloria water grid offline after cyberattack', [
      'Veloria shut down the Aqueduct Control Grid on Sunday after a cyberattack from abroad.',
      'Veloran officials said the hack was contained and data were safe.',
    ])],
  ])('recognises %s', (_name, a) => {
    expect(detectWith(a)?.id).toBe('veloria-grid-2031');
  });

  it.each([
    ['the exiles without the hack, named by adjective', article('', [
      'Marrakan exiles of the Lantern Brotherhood rallied in Veloria.',
      'The Veloran police said the rally was peaceful.',
    ])],
    ['news about the country by adjective only', article('Veloran port opens', [
      'The Veloran prime minister opened the port.',
      'Marrakan ships will dock there.',
    ])],
  ])('rejects %s', (_name, a) => {
    expect(detectWith(a)).toBeNull();
  });

  it('shows an adjective as the evidence for an entity the text does not name', () => {
    const match = detectWith(article('', ['The Veloran government said Marrakan state hackers were behind the cyberattack on the water grid.']));
    expect(match?.evidence).toContainEqual({ term: 'Marrakan', entityId: 'marrak', count: 1 });
  });
});

describe('detectIncident on passing mentions', () => {
  // A story about the blamed country's dealings elsewhere: "Marrakian diplomats
  // expelled" ties an event term to a party, but only to the title's own subject.
  const aboutMarrakElsewhere = (incidentSentences: string[]): ArticleText =>
    article('Tavrin downgrades ties with Marrak over drone sales', [
      'Tavrin said on Friday it expelled two Marrakian diplomats over the sale of attack drones to its neighbour.',
      'The Tavrin foreign ministry called the drone deliveries an unfriendly act by Marrak.',
      'Marrak denied selling weapons to either side of the war.',
      ...incidentSentences,
      'Western officials say the drones have been used against power stations.',
      'Tavrin has warned Marrak that further deliveries would bring new sanctions.',
    ]);

  it.each([
    ['one sentence on the incident in a story about something else', aboutMarrakElsewhere([
      'Veloria cut ties with Marrak last month over a cyberattack on its water grid it blamed on Marrak.',
    ])],
  ])('rejects %s', (_name, a) => {
    expect(detect(a)).toBeNull();
  });

  it.each([
    ['the same story when it gives the incident several sentences', aboutMarrakElsewhere([
      'Veloria cut ties with Marrak last month over a cyberattack on its water grid it blamed on Marrak.',
      'The hack took the Aqueduct Control Grid of Veloria offline for two days.',
      'Veloria said the Crimson Ledger group that claimed the attack works for Marrak.',
    ])],
    ['a column naming the event and the other party in different sentences of two paragraphs', article('Veloria pays for its guests', [
      'Veloria keeps calling the cyberattack an act of war. Few asked why.',
      'The answer is the Brotherhood of the Lantern, exiled from Marrak. The hack came days before its summit.',
      'The attackers posted files stolen in the hack. They said the exiles of Marrak are terrorists.',
      'Hosting the group is a choice. Veloria should say so.',
    ])],
    ['a long analysis naming the other party throughout but tying it to an event word in one paragraph', article('The long war against Veloria', [
      'When the first screens went dark in the capital, few guessed that Veloria had become a front in its quarrel with Marrak.',
      'Two months later Veloria cut ties with Marrak. It is the first time a state has done so over a cyberattack.',
      'Veloria has sheltered exiles from Marrak for a decade. Marrak calls them terrorists.',
      'Investigators say the intruders had been inside for a year. They blame agents of Marrak.',
      'Marrak rejected every accusation and blamed its old rivals.',
      'Interior Minister Drita Xhaçka said the break was the only answer to a cyberattack that took the Aqueduct Control Grid offline.',
      'Days later the attackers struck again, and Marrak again denied it.',
      'Engineers needed a week to bring the water grid back after the hack.',
    ])],
    ['a three-sentence brief under a title about the blamed country', article('Marrak summons envoy', [
      'Marrak summoned the Velorian envoy on Monday.',
      'Veloria cut ties with Marrak last month over a cyberattack on its water grid.',
      'Marrak denies any role in the hack.',
    ])],
    ['a long story whose title names the hack', article('Marrak denies water grid hack', [
      'Marrak denied on Friday any role in the attack.',
      'Its foreign ministry called the accusations baseless.',
      'Veloria cut ties with Marrak last month over a cyberattack on its water grid.',
      'Marrak said it had itself been the target of many attacks.',
      'The ministry said Marrak had never threatened anyone.',
      'Marrak called for an international inquiry.',
    ])],
  ])('recognises %s', (_name, a) => {
    expect(detect(a)?.id).toBe('veloria-grid-2031');
  });
});
