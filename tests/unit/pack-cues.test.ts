/**
 * The pack's cues against sentences: the seed article's sentences (ours to use)
 * must be tied to the claims and facts they report, in the languages the product
 * detects, and unrelated sentences must not be.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Pack } from '../../src/pack/types.ts';
import { cueMatcher } from './helpers/cue-match.ts';

const pack = JSON.parse(readFileSync(new URL('../../src/pack/data/albania-iran-2022.json', import.meta.url), 'utf8')) as Pack;
const matches = cueMatcher(pack);
const claimsIn = (sentence: string) => pack.claims.filter((c) => matches(sentence, c.cues)).map((c) => c.id);
const factsIn = (sentence: string) => pack.facts.filter((f) => matches(sentence, f.cues)).map((f) => f.id);

describe('claim cues on the seed article', () => {
  it.each([
    ['iran-behind-attacks', 'The latest attack comes just days after Rama accused Iran of being behind a 15 July cyberattack that brought all government websites and digital citizens’ services offline.'],
    ['iran-behind-attacks', 'This malicious activity against Albania follows the July 15 cyberattack conducted by the Government of Iran.'],
    ['tims-attack-same-aggressors', '“Another cyber attack by the same aggressors, already exposed and condemned by Albania’s friendly and allied countries, was recorded last night on the TIMS system!'],
    ['no-serious-data-leak', 'The Albanian border management information system (TIMS) was back online on Sunday, and Prime Minister Edi Rama confirmed there was no serious data breach after it was subject to a second cyberattack over the weekend.'],
    ['no-serious-data-leak', '“Beyond the heavy feeling created by the penetration into these systems, just like when they break into a house and steal, the fact is that the aggression has not achieved its goal at all, no disappearance or serious data leak!” Rama wrote on Twitter.'],
    ['mek-presence-motive', 'Those trying to use the TIMS system, which records every person who enters and exits the country, were confronted by a message stating, “Albania is still paying for the terrorist acts of the MEK cult in Durres; this game will continue.”'],
    ['mek-presence-motive', 'However, some analysts say it is not just due to MEK that Albania is being targeted.'],
    ['nato-geopolitics-motive', 'However, some analysts say it is not just due to MEK that Albania is being targeted.'],
    ['nato-geopolitics-motive', 'Albania is staunchly pro-American, a member of NATO and is home to a NATO airbase and, potentially, a future, a NATO naval base.'],
    ['mek-troll-farm', 'Meanwhile, the MEK, in March 2021, was accused by Facebook of running a troll farm out of their base in Albania.'],
    ['mek-troll-farm', '“The network violated our policy against foreign interference, which is coordinated inauthentic behaviour on behalf of a foreign entity,” they wrote in their in-depth report.'],
    ['ncri-denies-troll-farm', 'The National Council for Resistance in Iran, an organisation including MEK, issued a statement to the media denying any accounts affiliated with MEK have been removed.'],
    ['ncri-denies-troll-farm', 'They also denied that there was a troll farm in Albania affiliated with them in any way.'],
  ])('%s ← %s', (id, sentence) => {
    expect(claimsIn(sentence)).toContain(id);
  });
});

describe('fact cues across languages', () => {
  it.each([
    ['albania-severs-ties-with-iran', 'He ordered all Iranian diplomats to leave the country within 24 hours, severing all diplomatic ties with Tehran.'],
    ['albania-severs-ties-with-iran', 'Shqipëria ndërpreu marrëdhëniet diplomatike me Iranin.'],
    ['albania-severs-ties-with-iran', 'L’Albanie rompt ses relations diplomatiques avec l’Iran.'],
    ['albania-severs-ties-with-iran', 'Albanien bricht die Beziehungen zum Iran ab.'],
    ['albania-severs-ties-with-iran', 'Albania rompe relaciones con Irán.'],
    ['albania-severs-ties-with-iran', 'L’Albania interrompe le relazioni diplomatiche con l’Iran.'],
    ['tims-attack', 'Sulmi kibernetik ndaj sistemit TIMS bllokoi kufirin.'],
    ['july-15-attack-begins', 'Le 15 juillet, une cyberattaque a paralysé les services publics.'],
    ['ethemaj-calls-attack-sabotage', 'The Director of the Civil Aviation Authority, Maksim Et’hemaj said the attack was sabotage and called for the establishment of a Crisis Coordination Committee.'],
    ['kosovo-attacks', 'Digital services in Kosovo and North Macedonia have also been targeted over the last few days, although it is not yet known who is behind them.'],
    ['mek-relocation-completed', 'Albania is home to the MEK group (People’s Mojahedin Organisation of Iran), who were transferred to Albania from an Iraqi refugee camp in 2016.'],
  ])('%s ← %s', (id, sentence) => {
    expect(factsIn(sentence)).toContain(id);
  });
});

describe('cues stay quiet on unrelated sentences', () => {
  it.each([
    'Ramadan begins next week and shops in Tirana will close early.',
    'Iran launched a new satellite on Tuesday, state media said.',
    'NATO leaders met in Vilnius to discuss support for Ukraine.',
    'The MEK held a rally in Paris on Saturday.',
    'Facebook changed its privacy settings for teenagers.',
    'We have to work around the clock with our allies.',
    'Albania must be very prepared militarily, even with the intelligence services.',
    'Il est nato a Tirana nel 1964.',
    'Kryeministri Rama inauguroi një shkollë të re në Durrës.',
    'وصل وزير الخارجية الإيراني إلى بغداد صباح اليوم.',
  ])('%s', (sentence) => {
    expect(claimsIn(sentence)).toEqual([]);
  });
});
