/**
 * The pack's cues against sentences: the seed article's sentences (ours to use)
 * and sentences we wrote in the patterns real coverage uses must be tied to the
 * claims and facts they report, in the languages the product detects, and
 * unrelated sentences — including near misses — must not be.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findClaims } from '../../src/engine/claims/index.ts';
import { packEvidence } from '../../src/engine/detect/evidence.ts';
import { matchCues } from '../../src/engine/cues/index.ts';
import { findAdjectives } from '../../src/engine/entities/adjectives.ts';
import { findEntities } from '../../src/engine/entities/index.ts';
import { prepareText } from '../../src/engine/text/prepare.ts';
import type { Pack } from '../../src/pack/types.ts';
import { cueMatcher } from './helpers/cue-match.ts';

const pack = JSON.parse(readFileSync(new URL('../../src/pack/data/albania-iran-2022.json', import.meta.url), 'utf8')) as Pack;
const matches = cueMatcher(pack);
const factsIn = (sentence: string) => pack.facts.filter((f) => matches(sentence, f.cues)).map((f) => f.id);

/**
 * Claims through the engine itself rather than the reference reading: its folding
 * (Turkish "ı" = "i"), Arabic proclitics and alias rules decide what a reader sees.
 */
function claimsOf(text: string) {
  const doc = prepareText(text);
  const entities = findEntities(doc.text, doc.folded, pack);
  return findClaims(doc, pack, matchCues(doc, pack, entities, findAdjectives(doc.folded, pack, entities)));
}
const claimsIn = (sentence: string) => claimsOf(sentence).map((c) => c.id);

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

describe('the attacks as punishment for hosting the MEK, in the ways coverage says it', () => {
  it.each([
    ['en', 'Researchers believe the hackers struck Albania in retaliation for its hosting of some 3,000 MEK members.'],
    ['en', 'The group said it attacked the government because Tirana shelters an Iranian opposition group near Durrës.'],
    ['en', 'Homeland Justice said Albanians should not pay for the terrorists their government hosts.'],
    ['en', 'Analysts think the cyberattack was timed to disrupt the Free Iran World Summit at Ashraf 3.'],
    ['sq', 'Sulmi kibernetik ishte hakmarrje e Teheranit ndaj Shqipërisë për strehimin e Muxhahedinëve.'],
    ['fr', 'Selon les experts, la cyberattaque visait à punir l’Albanie, qui accueille les Moudjahidines du peuple.'],
    ['de', 'Der Hackerangriff gilt als Vergeltung dafür, dass Albanien iranische Oppositionelle aufgenommen hat.'],
    ['de', 'Der Grund dafür: In einem Lager bei Durrës wohnen Tausende Volksmudschahedin.'],
    ['it', 'L’attacco informatico sarebbe una ritorsione per l’ospitalità data ai dissidenti iraniani.'],
    ['es', 'Los piratas atacaron Albania como represalia por acoger a los Muyahidines del Pueblo.'],
    ['ar', 'شن القراصنة الهجوم انتقاما من ألبانيا لاستضافتها منظمة مجاهدي خلق.'],
    ['tr', 'Saldırının, Arnavutluk’un İranlı muhalifleri barındırmasına misilleme olarak yapıldığı düşünülüyor.'],
    ['ru', 'Хакеры атаковали Албанию в отместку за то, что она приютила иранских моджахедов.'],
    ['zh', '黑客发动攻击是为了报复阿尔巴尼亚收容伊朗人民圣战者组织。'],
  ])('%s: %s', (_lang, sentence) => {
    expect(claimsIn(sentence)).toContain('mek-presence-motive');
  });

  it.each([
    // The MEK's presence, or the bad blood it causes, without the attack as its price.
    'Albania has hosted about 3,000 MEK members at Ashraf 3 since 2016.',
    'Relations between Tirana and Tehran have been tense since Albania took in members of the MEK.',
    'Iran and Albania have long been at odds because Albania shelters the Iranian opposition group.',
    'Depuis 2013, l’Albanie accueille des membres de l’OMPI à la demande de Washington.',
    'Die Volksmudschahedin leben seit 2016 in einem Lager bei Durrës.',
    // A summit and an attack that is not the cyberattack.
    'The MEK’s summit at Ashraf 3 was postponed after warnings of a possible terrorist attack.',
    // Albania's own opposition, and the MEK as a suspect rather than a motive.
    'Opposition leader Sali Berisha attacked the government because the cyberattack paralysed public services.',
    'Investigators doubt that the MEK, which Tehran calls a terrorist group, was behind the hack.',
  ])('not: %s', (sentence) => {
    expect(claimsIn(sentence)).not.toContain('mek-presence-motive');
  });
});

describe('data leaked by the attackers, in the ways coverage says it', () => {
  it.each([
    ['en', 'Homeland Justice later published thousands of e-mails stolen from the prime minister’s office.'],
    ['en', 'The hackers leaked police records and passport scans on their Telegram channel.'],
    ['en', 'The intruders spent months inside the network, exfiltrating mailboxes before deploying the wiper.'],
    ['en', 'They have released personal data of hundreds of Albanian officials.'],
    ['en', 'It was a classic hack-and-leak operation.'],
    ['sq', 'Hakerët publikuan të dhënat e punonjësve të policisë.'],
    ['fr', 'Les pirates ont diffusé des courriels internes du gouvernement albanais.'],
    ['de', 'Die Hacker veröffentlichten später E-Mails und Dokumente aus dem Büro des Regierungschefs.'],
    ['it', 'Gli hacker hanno pubblicato documenti riservati della polizia.'],
    ['es', 'Los piratas informáticos filtraron correos del gobierno albanés.'],
    ['tr', 'Hackerlar, Arnavut hükümetine ait belgeleri internette yayınladı.'],
    ['ru', 'Хакеры выложили в сеть документы албанской полиции.'],
    ['ar', 'نشر القراصنة وثائق مسروقة من الحكومة الألبانية.'],
    ['zh', '黑客随后公布了阿尔巴尼亚政府的电子邮件。'],
  ])('%s: %s', (_lang, sentence) => {
    expect(claimsIn(sentence)).toContain('attackers-leaked-data');
  });

  it.each([
    // The opposite claim says "leak" too.
    'There was no serious data leak, the prime minister said.',
    // What the attackers aimed at is not what they did.
    'The hackers tried to steal state data and paralyse public services.',
    'Die Hacker wollten sensible Daten erbeuten.',
    'Sulmi synonte të vidhte të dhënat shtetërore.',
    // Data protection without a leak.
    'The data protection commissioner urged ministries to review how they store citizens’ records.',
    'The commissioner published guidance for officials on protecting personal data.',
    'Microsoft published its report on the attackers on Thursday.',
  ])('not: %s', (sentence) => {
    expect(claimsIn(sentence)).not.toContain('attackers-leaked-data');
  });
});

describe('attribution with the Islamic Republic named, in German', () => {
  it('finds iran-behind-attacks', () => {
    expect(claimsIn('Die Regierung beschuldigte die Islamische Republik, den Cyberangriff verübt zu haben.')).toContain('iran-behind-attacks');
  });
});

describe('counterclaims a reader meets', () => {
  const counterclaims = (text: string, id: string) => claimsOf(text).find((c) => c.id === id)?.counterclaims.map((c) => c.id) ?? [];

  it('sets the MEK motive against the other motives and against Iran’s answer', () => {
    expect(counterclaims('The hackers struck Albania in retaliation for hosting the MEK.', 'mek-presence-motive')).toEqual([
      'iran-denies-involvement',
      'nato-geopolitics-motive',
      'us-designed-scenario',
      'mek-staged-attack',
    ]);
  });

  it('sets the leak against the claims that nothing serious leaked', () => {
    expect(counterclaims('The hackers leaked e-mails from the prime minister’s office.', 'attackers-leaked-data')).toEqual([
      'limited-impact',
      'no-serious-data-leak',
    ]);
  });

  it('offers nothing for a claim the article does not make', () => {
    expect(claimsIn('Albania has hosted about 3,000 MEK members at Ashraf 3 since 2016.')).toEqual([]);
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

describe('claims and names in the forms European coverage uses', () => {
  it.each([
    ['tims-attack-same-aggressors', 'Según el Gobierno, el ataque contra el TIMS fue obra de los mismos agresores que en julio.'],
    ['tims-attack-same-aggressors', 'Pour Tirana, l’attaque contre le TIMS porte la marque des mêmes agresseurs.'],
    ['tims-attack-same-aggressors', 'Secondo il governo, dietro l’attacco al TIMS ci sono gli stessi aggressori.'],
    ['tims-attack-same-aggressors', 'Die Regierung sieht dieselben Angreifer hinter der Attacke auf das TIMS.'],
    ['tims-attack-same-aggressors', 'Sipas qeverisë, sulmi ndaj TIMS u krye nga të njëjtët agresorë.'],
    ['us-designed-scenario', 'Teherán afirma que el diseñador de este escenario es el Gobierno estadounidense.'],
    ['us-designed-scenario', 'Téhéran accuse les Américains d’avoir conçu ce scénario contre l’Iran.'],
    ['us-designed-scenario', 'Teheran sieht die Amerikaner hinter dem Szenario gegen Iran.'],
    ['iran-denies-involvement', 'Teheran ha respinto le accuse, definendole prive di fondamento.'],
    ['iran-denies-involvement', 'Téhéran a rejeté les accusations de Tirana.'],
    ['iran-denies-involvement', 'Irán rechazó las acusaciones del Gobierno albanés.'],
    ['iran-denies-involvement', 'O Irã rejeitou as acusações de Tirana.'],
    ['attackers-leaked-data', 'Washington wirft dem Ministerium vor, Dokumente und persönliche Daten veröffentlicht zu haben.'],
  ])('%s: %s', (claim, sentence) => {
    expect(claimsIn(sentence)).toContain(claim);
  });

  it.each([
    ['mois', 'Die USA bestrafen das iranische Geheimdienstministerium.'],
    ['mois', 'Sanktionen gegen Mitarbeiter des iranischen Geheimdienstministeriums in Teheran.'],
    ['mois', 'Das Geheimdienstministerium des Iran bestreitet die Vorwürfe.'],
    ['ofac', 'Das US-Finanzministerium verhängte Sanktionen.'],
    ['mek', 'Il campo ospita i Mojahedin del popolo (Mek) vicino a Durazzo.'],
    ['nato', 'Il Consiglio Nord Atlantico ha espresso solidarietà a Tirana.'],
  ])('%s is named in: %s', (id, sentence) => {
    const doc = prepareText(sentence);
    expect(findEntities(doc.text, doc.folded, pack).map((e) => e.id)).toContain(id);
  });

  it.each([
    ['a ministry of intelligence with no Iran in the text', 'Das Geheimdienstministerium in Bagdad wies den Bericht zurück.', 'mois'],
    ['"mek" in lower case is no acronym', 'Il mek era un vecchio termine dialettale.', 'mek'],
  ])('%s', (_name, sentence, id) => {
    const doc = prepareText(sentence);
    expect(findEntities(doc.text, doc.folded, pack).map((e) => e.id)).not.toContain(id);
  });
});

describe('claims in Russian, Turkish, Arabic and Chinese coverage', () => {
  it.each([
    ['iran-denies-involvement', 'ru', 'Тегеран отверг обвинения Тираны в причастности к кибератаке.'],
    ['iran-denies-involvement', 'ru', 'МИД Ирана отрицает свою причастность к атаке на албанские серверы.'],
    ['iran-denies-involvement', 'ru', 'В Иране опровергли обвинения Вашингтона.'],
    ['iran-denies-involvement', 'tr', 'İran, Arnavutluk’un suçlamalarını kesinlikle reddetti.'],
    ['iran-denies-involvement', 'tr', 'Tahran yönetimi iddiaları yalanladı.'],
    ['iran-denies-involvement', 'tr', 'İran Dışişleri Bakanlığı Sözcüsü Nasser Kanaani, iddiaların asılsız olduğunu söyledi.'],
    ['iran-denies-involvement', 'ar', 'ونفت طهران الاتهامات الأمريكية بشأن الهجوم.'],
    ['iran-denies-involvement', 'ar', 'وترفض إيران أي اتهام بالتورط في الهجمات الإلكترونية.'],
    ['iran-denies-involvement', 'ar', 'وقال ناصر كنعاني إن هذه المزاعم لا أساس لها من الصحة.'],
    ['iran-denies-involvement', 'zh', '伊朗否认参与了这次网络攻击。'],
    ['iran-denies-involvement', 'zh', '伊朗外交部发言人说，这些指控毫无根据。'],
    ['iran-denies-involvement', 'zh', '伊朗外交部駁斥了美國的指責。'],
    ['tims-attack-same-aggressors', 'ru', 'По словам премьера, систему TIMS атаковали те же агрессоры, что и в июле.'],
    ['tims-attack-same-aggressors', 'ru', 'Власти связывают новую атаку с теми же хакерами.'],
    ['tims-attack-same-aggressors', 'zh', '拉马说，这次攻击出自同一批黑客之手。'],
    ['tims-attack-same-aggressors', 'zh', '政府认为袭击系统的是同样的侵略者。'],
    ['no-serious-data-leak', 'zh', '总理表示，没有发生严重泄露。'],
    ['no-serious-data-leak', 'zh', '拉马说，没有任何数据丢失。'],
  ])('%s (%s): %s', (claim, _lang, sentence) => {
    expect(claimsIn(sentence)).toContain(claim);
  });

  it.each([
    // Denials of something else, and accusations without a denial.
    ['iran-denies-involvement', 'Тегеран отверг предложение о переговорах по ядерной программе.'],
    ['iran-denies-involvement', 'Arnavutluk, İran’ı siber saldırıyla suçladı.'],
    ['iran-denies-involvement', 'رفضت ألبانيا التعليق على الاتهامات.'],
    ['iran-denies-involvement', '阿尔巴尼亚指控伊朗发动了网络攻击。'],
    // "The same" without the attackers; data mentioned without saying none leaked.
    ['tims-attack-same-aggressors', 'В тот же день в Тиране прошли выборы мэра.'],
    ['tims-attack-same-aggressors', '同一天，黑客还攻击了警察系统。'],
    ['no-serious-data-leak', '黑客公布了泄露的数据。'],
  ])('not %s: %s', (claim, sentence) => {
    expect(claimsIn(sentence)).not.toContain(claim);
  });
});

describe('names in the case forms Russian and Turkish coverage uses', () => {
  const namesIn = (text: string) => {
    const doc = prepareText(text);
    return findEntities(doc.text, doc.folded, pack).map((e) => e.id);
  };

  it.each([
    ['iran-foreign-ministry', 'Официальный представитель МИД Ирана выступил с заявлением.'],
    ['iran-foreign-ministry', 'В министерстве иностранных дел Ирана назвали решение поспешным.'],
    ['iran-foreign-ministry', 'İran Dışişleri Bakanlığı’nın açıklamasında karar kınandı.'],
    ['iran-foreign-ministry', 'İran Dışişleri Bakanlığından yapılan açıklama'],
    ['iran-foreign-ministry', 'Em nota, o Ministério das Relações Exteriores do Irã criticou a decisão.'],
    ['iran-foreign-ministry', 'O Ministério dos Negócios Estrangeiros iraniano reagiu.'],
    ['iran-foreign-ministry', '伊朗外交部发表声明。'],
    ['mois', 'США ввели санкции против министерства разведки и безопасности Ирана.'],
    ['mois', 'Санкции направлены против иранского министерства разведки.'],
    ['mois', '美国宣布制裁伊朗情报安全部。'],
    ['brian-nelson', 'Брайан Нельсон заявил, что атака недопустима. По словам Нельсона, ответ последует.'],
    ['esmail-khatib', 'Санкции введены против Эсмаила Хатиба.'],
    ['nasser-kanaani', 'Насер Канани назвал обвинения ложными.'],
    ['jens-stoltenberg', 'Генсек НАТО Йенс Столтенберг осудил атаку.'],
    ['edi-rama', 'По словам Эди Рамы, ответ был соразмерным.'],
    ['tirana', 'Ответ Тираны был жестким.'],
    ['tirana', 'Arnavutluk’ta hükümet, Tiran’ın tepkisinin orantılı olduğunu söyledi.'],
    ['tirana-international-airport', '地拉那国际机场的旅客排起了长队。'],
    ['ashraf-3', 'يقيم أعضاء المنظمة في معسكر أشرف 3 في ألبانيا.'],
    ['durres', 'يقع المعسكر قرب مدينة دوريس في ألبانيا.'],
    ['united-kingdom', 'وقالت الولايات المتحدة وبريطانيا إن إيران تقف وراء الهجوم.'],
  ])('%s is named in: %s', (id, sentence) => {
    expect(namesIn(sentence)).toContain(id);
  });

  it.each([
    ['a bare Russian surname before the full name', 'Нельсона не было на встрече.', 'brian-nelson'],
    ['"рама" as a window frame, and a bare "Рама" with no full name', 'Оконная рама треснула, а Рама в раме не виноват.', 'edi-rama'],
    ['Turkish "tiran" (tyrant) and the Straits of Tiran', 'Tiran Boğazı Mısır’ın kontrolünde; halk tiran bir yöneticiden kurtuldu.', 'tirana'],
    ['Doris the name, with no Albania in the text', 'قالت دوريس إنها ستسافر غدا.', 'durres'],
  ])('not for %s', (_name, sentence, id) => {
    expect(namesIn(sentence)).not.toContain(id);
  });
});

describe('names in French and Albanian coverage, quoted names and the White House', () => {
  const namesIn = (text: string) => {
    const doc = prepareText(text);
    return findEntities(doc.text, doc.folded, pack).map((e) => e.id);
  };

  it.each([
    ['free-iran-summit-2022', 'The camp was to host the group’s “Free Iran” summit in July.'],
    ['free-iran-summit-2022', 'The camp was to host the group\'s "Free Iran" summit in July.'],
    ['iran-foreign-ministry', 'Le porte-parole de la diplomatie iranienne a rejeté ces accusations.'],
    ['iran-foreign-ministry', 'Le ministère iranien des Affaires étrangères a convoqué le chargé d’affaires.'],
    ['iran-foreign-ministry', 'Zëdhënësi i Ministrisë së Jashtme iraniane i quajti akuzat të pabaza.'],
    ['iran-foreign-ministry', 'Në një deklaratë të Ministrisë së Jashtme të Iranit thuhet se vendimi ishte i nxituar.'],
    ['iranian-embassy-tirana', 'La police est entrée dans l’ambassade d’Iran à Tirana.'],
    ['iranian-embassy-tirana', 'Le personnel de l’ambassade iranienne a quitté le pays.'],
    ['iranian-embassy-tirana', 'L’Iran proteste : la police est entrée dans l’ambassade à Tirana.'],
    ['mois', 'SHBA vendosi sanksione ndaj Ministrisë së Inteligjencës dhe Sigurisë së Iranit.'],
    ['mois', 'Ministria e Inteligjencës dhe Sigurisë drejtoi sulmin, sipas Uashingtonit.'],
    ['us-nsc', 'Les États-Unis accusent Téhéran, selon le Conseil de sécurité nationale.'],
    ['us-nsc', 'La Maison Blanche a réagi ; une porte-parole du Conseil de sécurité nationale a parlé.'],
    ['us-nsc', 'The White House said a National Security Council spokesperson would brief reporters.'],
    ['white-house', 'The White House blamed Iran for the attack.'],
    ['nato', 'Në deklaratën e Këshillit të Atlantikut të Veriut thuhet se aleatët qëndrojnë me Shqipërinë.'],
  ])('%s is named in: %s', (id, sentence) => {
    expect(namesIn(sentence)).toContain(id);
  });

  it.each([
    ['a national security council of another country', 'Le Conseil de sécurité nationale turc se réunit mardi.', 'us-nsc'],
    ['a National Security Council with no US or White House in the text', 'India’s National Security Council met on Monday.', 'us-nsc'],
    ['an embassy in Tirana with no Iran in the text', 'L’ambassade à Tirana organise un concert.', 'iranian-embassy-tirana'],
    ['the words "Free Iran" alone', 'Protesters chanted “Free Iran” outside the embassy.', 'free-iran-summit-2022'],
  ])('not for %s', (_name, sentence, id) => {
    expect(namesIn(sentence)).not.toContain(id);
  });
});

describe('claim cues in French and Albanian past forms', () => {
  it.each([
    ['embassy-entry-violated-vienna-convention', 'Selon Téhéran, cette entrée est contraire à la convention de Vienne.'],
    ['embassy-entry-violated-vienna-convention', 'Teherani tha se hyrja e policisë shkel Konventën e Vjenës.'],
    ['embassy-entry-violated-vienna-convention', 'Teheran nannte das einen Verstoß gegen das Wiener Übereinkommen und die Wiener Konvention.'],
    ['embassy-entered-after-departure', 'La police est entrée dans l’ambassade après le départ des diplomates.'],
    ['nato-condemns-attack', 'Aleatët e NATO-s dënuan sulmin kibernetik ndaj Shqipërisë.'],
    ['nato-condemns-attack', 'NATO-ja dënoi sulmin kibernetik dhe shprehu solidaritet.'],
    ['nato-condemns-attack', 'Aleatët dënojnë fuqishëm sulmet kibernetike ndaj Shqipërisë.'],
  ])('%s: %s', (claim, sentence) => {
    expect(claimsIn(sentence)).toContain(claim);
  });

  it.each([
    ['embassy-entry-violated-vienna-convention', 'Le concert du Nouvel An à Vienne est retransmis en direct.'],
    ['nato-condemns-attack', 'Gjykata dënoi të pandehurin për vjedhje.'],
    ['nato-condemns-attack', 'Aleatët e NATO-s u takuan në Bruksel për buxhetin.'],
  ])('not %s: %s', (claim, sentence) => {
    expect(claimsIn(sentence)).not.toContain(claim);
  });
});

describe('German coverage: event words, names and NATO', () => {
  const namesIn = (text: string) => {
    const doc = prepareText(text);
    return findEntities(doc.text, doc.folded, pack).map((e) => e.id);
  };
  const { eventIndex, eventTerms } = packEvidence(pack);
  const eventWordsIn = (text: string) =>
    eventIndex
      .find(prepareText(text).folded, { wholeWords: true })
      .flatMap((spans, id) => (spans !== undefined && spans.length > 0 ? [eventTerms[id]?.term] : []));

  it.each([
    ['Cyberkrieg*', 'Der Cyberkrieg gegen das kleine Land hat gerade erst begonnen.'],
    ['Cyberkrieg*', 'Experten sprechen von einem Cyberkriegs-Szenario auf dem Balkan.'],
    ['Hackerattacke*', 'Nach der Hackerattacke blieben die Behördenseiten tagelang offline.'],
    ['Hackerattacke*', 'Die Regierung meldete zwei weitere Hackerattacken.'],
    ['Hackerangriff*', 'Der Hackerangriff legte die Verwaltung lahm.'],
    ['Cyberangriff*', 'Es ist das erste Mal, dass ein Land wegen eines Cyberangriffs so weit geht.'],
  ])('%s counts as an event word in: %s', (term, sentence) => {
    expect(eventWordsIn(sentence)).toContain(term);
  });

  it.each([
    ['a war without "cyber"', 'Der Krieg in der Ukraine geht weiter.'],
    ['a plain "Angriff", which sports and politics use too', 'Der Angriff des Stürmers kam zu spät.'],
  ])('no event word for %s', (_name, sentence) => {
    expect(eventWordsIn(sentence)).toEqual([]);
  });

  it.each([
    ['iran-foreign-ministry', 'Irans Außenministerium nannte die Vorwürfe haltlos.'],
    ['iran-foreign-ministry', 'Das iranische Außenministerium bestellte den Botschafter ein.'],
    ['iran-foreign-ministry', 'Ein Sprecher des iranischen Außenministeriums widersprach.'],
    ['iran-foreign-ministry', 'Aus dem iranischen Außenministerium hieß es, man prüfe Schritte.'],
    ['white-house', 'Das Weiße Haus sicherte der Regierung in Tirana Unterstützung zu.'],
    ['white-house', 'Im Weißen Haus hieß es, man stehe an der Seite des Verbündeten.'],
    ['white-house', 'Eine Sprecherin des Weißen Hauses verurteilte die Attacke.'],
    ['free-iran-summit-2022', 'Das Lager sollte den „Free Iran“-Gipfel der Exilgruppe ausrichten.'],
    ['free-iran-summit-2022', 'Der Free-Iran-Gipfel wurde kurzfristig abgesagt.'],
  ])('%s is named in: %s', (id, sentence) => {
    expect(namesIn(sentence)).toContain(id);
  });

  it.each([
    ['the Albanian foreign ministry', 'Das albanische Außenministerium bestellte den Botschafter ein.', 'iran-foreign-ministry'],
    ['a white house that is not the White House', 'Sie wohnen in einem weißen Haus am See.', 'white-house'],
    ['"Free Iran" chanted, with no summit', 'Demonstranten riefen „Free Iran“ vor der Botschaft.', 'free-iran-summit-2022'],
  ])('not for %s', (_name, sentence, id) => {
    expect(namesIn(sentence)).not.toContain(id);
  });

  it.each([
    ['nato-condemns-attack', 'Auch die Nato verurteilte den Angriff als destabilisierend.'],
    ['nato-condemns-attack', 'Die NATO verurteilt den Cyberangriff auf ihr Mitglied scharf.'],
  ])('%s: %s', (claim, sentence) => {
    expect(claimsIn(sentence)).toContain(claim);
  });

  it('no NATO condemnation for a NATO summit with no attack', () => {
    expect(claimsIn('Die Nato verurteilte die Verzögerung beim Haushalt.')).not.toContain('nato-condemns-attack');
  });
});

describe('Iran’s denial, in the ways English news reports it', () => {
  it.each([
    'Tehran denies any role.',
    'Iran has denied any involvement in the cyberattack.',
    'Iranian officials rejected the accusations.',
    'Iran’s foreign ministry dismissed the allegations against it.',
    'Tehran refuted the claims made by Tirana and Washington.',
    'Iran rebuffed the charges and summoned the Albanian envoy.',
    'Tehran denied responsibility for the hack.',
    'Iran denied wrongdoing.',
    'The Islamic Republic of Iran rejects any use of cyberspace to attack other countries, the spokesman said.',
    'Iran denied launching the cyberattacks on Albanian government servers.',
    'The spokesman said Iran “categorically rejects” cyberattacks on any country.',
    'Officials said Tehran "denies" hacking Albanian systems.',
    'Tehran said it had nothing to do with the attack.',
    'Iran insisted it played no role in the hacking of the border system.',
    'Iran called the accusation baseless.',
    'Tehran described the allegations as groundless and politically motivated.',
  ])('%s', (sentence) => {
    expect(claimsIn(sentence)).toContain('iran-denies-involvement');
  });

  it.each([
    // Albania's own denials.
    'Albania denies that any data leaked from the TIMS system.',
    'Albanian officials denied that Iranian hackers had stolen citizens’ data.',
    'The outage had nothing to do with Iranian hackers, Albanian officials said.',
    // Iran denying something other than the attacks.
    'Iran denied the drone sales.',
    'Tehran dismissed the report on its nuclear programme.',
    'Iran rejected the sanctions and summoned the Albanian chargé d’affaires.',
    // Attacks by Iranian hackers, where "denial" names the technique.
    'Iranian hackers launched a denial-of-service attack on the portal.',
    // Someone else calling an accusation baseless.
    'The NCRI called the accusation baseless.',
  ])('not: %s', (sentence) => {
    expect(claimsIn(sentence)).not.toContain('iran-denies-involvement');
  });
});

describe('claims and names in Greek, Serbian and Persian coverage', () => {
  const namesIn = (text: string) => {
    const doc = prepareText(text);
    return findEntities(doc.text, doc.folded, pack).map((e) => e.id);
  };

  it.each([
    ['albania-severs-ties-over-attack', 'el', 'Τα Τίρανα τερμάτισαν τις σχέσεις τους με την Τεχεράνη.'],
    ['albania-severs-ties-over-attack', 'el', 'Η κυβέρνηση αποφάσισε τη διακοπή των σχέσεων με το Ιράν.'],
    ['iran-behind-attacks', 'el', 'Η κυβέρνηση κατηγορεί το Ιράν για τις κυβερνοεπιθέσεις.'],
    ['iran-denies-involvement', 'el', 'Η Τεχεράνη αρνήθηκε κάθε εμπλοκή στην επίθεση.'],
    ['tims-attack-same-aggressors', 'sr', 'Премијер је рекао да су напад извели исти агресори.'],
    ['tims-attack-same-aggressors', 'sr', 'Iza napada stoji ista ruka, tvrdi ministarstvo.'],
    ['albania-severs-ties-over-attack', 'sr', 'Албанија је раскинула дипломатске односе са Ираном.'],
    ['albania-severs-ties-over-attack', 'sr', 'Vlada je prekinula odnose sa Iranom.'],
    ['albania-severs-ties-over-attack', 'fa', 'دولت روابط خود را با تهران قطع کرد.'],
    ['iran-denies-involvement', 'fa', 'سخنگوی وزارت خارجه ایران این اتهام را تکذیب کرد.'],
    ['iran-denies-involvement', 'fa', 'ایران اتهام دست داشتن در حمله را رد کرد.'],
    ['mek-presence-motive', 'sq', 'Motivi i sulmit është prania e muxhahedinëve në Manëz.'],
  ])('%s (%s): %s', (claim, _lang, sentence) => {
    expect(claimsIn(sentence)).toContain(claim);
  });

  it.each([
    // Relations and denials about something else; "the same" without attackers.
    ['albania-severs-ties-over-attack', 'Η Ελλάδα ενίσχυσε τις σχέσεις της με την Αλβανία.'],
    ['tims-attack-same-aggressors', 'Исте вечери у Тирани је одржан концерт.'],
    ['iran-denies-involvement', 'ایران پیشنهاد مذاکره را رد کرد.'],
    ['mek-presence-motive', 'Prania e turistëve në Durrës rritet çdo verë.'],
  ])('not %s: %s', (claim, sentence) => {
    expect(claimsIn(sentence)).not.toContain(claim);
  });

  it.each([
    ['albania', 'Η πρωτεύουσα της Αλβανίας είναι τα Τίρανα.'],
    ['tirana', 'Η πρωτεύουσα της Αλβανίας είναι τα Τίρανα.'],
    ['edi-rama', 'Ο πρωθυπουργός Έντι Ράμα μίλησε. Ο Ράμα πρόσθεσε ότι…'],
    ['iran-foreign-ministry', 'Ανακοίνωση του υπουργείου Εξωτερικών του Ιράν.'],
    ['mek', 'Στην Αλβανία ζουν μέλη των Μουτζαχεντίν του Λαού.'],
    ['albania', 'Нови напад на Албанију.'],
    ['albania', 'Vlada Albanije je saopštila.'],
    ['iran', 'Односи са Ираном су прекинути.'],
    ['tims', 'Пао је систем ТИМС.'],
    ['edi-rama', 'Премијер Еди Рама написао је на Твитеру.'],
    ['albania-interior-ministry', 'Албанија: Министарство унутрашњих послова саопштило је резултате.'],
    ['edi-rama', 'ادی راما، نخست‌وزیر آلبانی، گفت.'],
    ['tirana', 'سفارت ایران در تیرانا بسته شد.'],
    ['united-kingdom', 'آمریکا و بریتانیا ایران را متهم کردند.'],
    ['albania-interior-ministry', 'In Albania, the Ministry of Interior said the system was restored.'],
    ['albania-interior-ministry', 'The Interior Ministry in Tirana said Albania was attacked again.'],
  ])('%s is named in: %s', (id, sentence) => {
    expect(namesIn(sentence)).toContain(id);
  });

  it.each([
    ['a bare Greek "Ράμα" with no full name', 'Ο Ράμα δεν ήταν εκεί.', 'edi-rama'],
    ['Serbian "тирани" (tyrants) with no Albania', 'Тирани су владали вековима.', 'tirana'],
    ['an interior ministry with no Albania in the text', 'The Interior Ministry in Paris said nothing.', 'albania-interior-ministry'],
  ])('not for %s', (_name, sentence, id) => {
    expect(namesIn(sentence)).not.toContain(id);
  });
});

describe('the persona as a front, and no Article 5 decision, in the ways coverage says it', () => {
  it.each([
    ['homeland-justice-iranian-front', 'Investigators said the operators behind the Homeland Justice persona had been inside the networks for a year.'],
    ['homeland-justice-iranian-front', 'The actors behind the HomeLand Justice persona used the same wiper in both waves.'],
    ['no-article-5-decision', 'A NATO diplomat said allies would weigh any request case by case.'],
    ['no-article-5-decision', 'NATO officials stressed that no such decision had been made.'],
    ['no-article-5-decision', 'Diplomats said Article 5 had not been taken up: there was no decision yet.'],
  ])('%s ← %s', (id, sentence) => {
    expect(claimsIn(sentence)).toContain(id);
  });

  it.each([
    ['homeland-justice-iranian-front', 'The hacktivist persona Homeland Justice posted new videos on Telegram.'],
    ['no-article-5-decision', 'The ministry said it would review the visa requests case by case.'],
    ['no-article-5-decision', 'Albania weighed asking allies to invoke Article 5.'],
  ])('not %s ← %s', (id, sentence) => {
    expect(claimsIn(sentence)).not.toContain(id);
  });
});
