/**
 * The engine over the seed article with the real built-in pack: the integration
 * check that the pack's aliases, cues and event terms and the engine fit together.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/index.ts';
import { builtinPacks } from '../../src/pack/builtin.ts';
import { article } from './engine-test-pack.ts';

const SEED = new URL('../../../shared/seed/exit-news-albania-iran-second-cyberattack.txt', import.meta.url);
const paragraphs = readFileSync(SEED, 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '');
const TITLE = 'Albania-Iran Political Crisis Intensifies After Second Cyberattack';
const seed = { ...article(TITLE, paragraphs), url: 'https://exit.al/en/albania-iran-political-crisis-intensifies-after-second-cyberattack/' };

describe('the seed article with the built-in pack', () => {
  const analysis = analyze(seed, builtinPacks);

  it('is about the 2022 Iran–Albania cyberattacks', () => {
    expect(analysis.incident?.id).toBe('albania-iran-2022');
    expect(analysis.incident?.score).toBeGreaterThan(0.8);
  });

  it('finds the people, organisations, places and systems it names', () => {
    const ids = analysis.entities.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining([
      'edi-rama', 'kreshnik-spahiu', 'maksim-ethemaj', 'ergys-muzhaqi', 'us-nsc', 'facebook', 'ncri', 'mek',
      'iran', 'albania', 'united-states', 'nato', 'tims', 'tirana', 'durres', 'euronews-albania', 'civil-aviation-authority',
    ]));
    const rama = analysis.entities.find((e) => e.id === 'edi-rama');
    // "Edi Rama" once, then "Rama" three times; never inside another word.
    expect(rama?.mentions.map((m) => seed.text.slice(m.start, m.end))).toEqual(['Edi Rama', 'Rama', 'Rama', 'Rama']);
    const ethemaj = analysis.entities.find((e) => e.id === 'maksim-ethemaj');
    expect(ethemaj?.mentions.map((m) => seed.text.slice(m.start, m.end))).toEqual(['Maksim Et’hemaj']);
  });

  it('finds the claims the article reports, with the counterclaims it leaves out', () => {
    const claims = new Map(analysis.claims.map((c) => [c.id, c]));
    for (const id of ['iran-behind-attacks', 'no-serious-data-leak', 'mek-troll-farm', 'ncri-denies-troll-farm', 'mek-presence-motive', 'nato-geopolitics-motive']) {
      expect(claims.has(id), id).toBe(true);
    }
    const counter = (id: string, other: string) => claims.get(id)?.counterclaims.find((c) => c.id === other);
    // Iran's denial is not in this article; the NCRI's denial is.
    expect(counter('iran-behind-attacks', 'iran-denies-involvement')?.inArticle).toBe(false);
    expect(counter('mek-troll-farm', 'ncri-denies-troll-farm')?.inArticle).toBe(true);
    expect(counter('no-serious-data-leak', 'attackers-leaked-data')?.inArticle).toBe(false);
  });

  it('marks the facts it mentions on a dated timeline', () => {
    const dates = analysis.facts.map((f) => f.date);
    expect(dates).toEqual([...dates].sort());
    expect(analysis.facts.some((f) => f.inArticle)).toBe(true);
  });
});

// Short texts written for this test: the incident, and the stories it must not be mistaken for.
describe('detection with the built-in pack', () => {
  it.each([
    ['a short report', 'Albania cuts ties with Iran over cyberattack', [
      'Albania severed diplomatic ties with Iran on Wednesday and ordered its diplomats to leave within 24 hours.',
      'Prime Minister Edi Rama said an investigation showed Iran was behind the July cyberattack on government websites.',
      'Iran’s foreign ministry rejected the accusation as baseless.',
    ]],
    ['a German report', 'Albanien bricht diplomatische Beziehungen zu Iran ab', [
      'Albanien hat nach einem Cyberangriff die diplomatischen Beziehungen zum Iran abgebrochen.',
      'Ministerpräsident Edi Rama sagte, der Angriff im Juli sei vom Iran ausgegangen.',
    ]],
  ])('recognises %s', (_name, title, paragraphs) => {
    expect(analyze(article(title, paragraphs), builtinPacks).incident?.id).toBe('albania-iran-2022');
  });

  it.each([
    ['the 2022 Montenegro cyberattack', 'Montenegro government servers hit by cyberattack', [
      'Montenegro’s government said on Friday that a coordinated cyberattack had knocked several state websites offline.',
      'The Cuba ransomware gang claimed responsibility and demanded a ransom.',
      'Officials said Russia may be behind the hackers, and the FBI sent a team to Podgorica.',
      'The attack recalled the cyberattack on Albania earlier this year, which Tirana blamed on Iran.',
      'Electricity and water systems were placed on manual control as a precaution.',
    ]],
    ['another Iranian hack', 'Iran-linked hackers target Israeli water systems', [
      'Hackers linked to Iran tried to break into the control systems of Israeli water utilities, officials said.',
      'Israel’s cyber directorate said the cyberattack was stopped before damage was done.',
      'Microsoft said the same state-sponsored group had hit other targets in the region.',
      'Iran did not comment.',
    ]],
    ['other Albanian news', 'Rama wins third term as Albania votes', [
      'Prime Minister Edi Rama’s Socialist Party won a third term in Albania’s parliamentary election.',
      'Sali Berisha, the opposition leader, said the vote in Tirana and Durrës was unfair.',
      'Rama promised to bring Albania into the European Union by 2030.',
    ]],
    ['MEK news without the attacks', 'MEK supporters rally in Paris', [
      'Supporters of the People’s Mojahedin Organization of Iran (MEK) rallied in Paris on Saturday.',
      'Maryam Rajavi told the crowd that the government in Tehran would fall.',
      'The group, which has lived in a camp near Tirana, Albania, since 2016, says it has thousands of members.',
      'Iran calls the MEK a terrorist group.',
    ]],
  ])('is not fooled by %s', (_name, title, paragraphs) => {
    expect(analyze(article(title, paragraphs), builtinPacks).incident).toBeNull();
  });
});
