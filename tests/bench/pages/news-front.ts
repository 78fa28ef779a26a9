/**
 * A typical news front page with no incident on it: navigation, a grid of teasers,
 * section lists, ad slots and a long footer. Generated from words written for the
 * bench; the same seed gives the same page.
 */
import { seededRandom } from '../text-gen.ts';

export interface FrontPageOptions {
  seed: number;
  /** A headline put first on the page (to see what one word in it costs). */
  leadHeadline?: string;
}

const SUBJECTS = [
  'City council', 'Local bakery', 'National team', 'Central bank', 'Harbour workers', 'Film festival',
  'Rail operator', 'University researchers', 'Weather service', 'Opposition leader', 'Museum director', 'Farmers',
];
const ACTIONS = [
  'approves new budget for', 'wins award for', 'warns of delays to', 'unveils plans for', 'celebrates',
  'questions the cost of', 'reports record demand for', 'postpones the vote on',
];
const OBJECTS = [
  'the riverside tram line', 'summer concerts', 'school meals', 'the coastal road', 'a new stadium',
  'housing in the old town', 'winter timetables', 'the spring exhibition', 'cheaper bus fares',
];
const SECTIONS = ['World', 'Business', 'Sport', 'Culture', 'Science', 'Travel', 'Opinion'];
const TEASERS = [
  'What the decision means for residents, and what happens next.',
  'Our reporters spent a week finding out how it works.',
  'The numbers behind the headline, explained in five charts.',
  'Critics say the plan goes too far; supporters say it is overdue.',
];

export function newsFrontPageHtml({ seed, leadHeadline }: FrontPageOptions): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const headline = () => `${pick(SUBJECTS)} ${pick(ACTIONS)} ${pick(OBJECTS)}`;
  let n = 0;
  const href = () => `/news/2024/03/${++n}-story`;
  const teaser = (h: string) =>
    `<article class="teaser"><a href="${href()}"><h3>${h}</h3></a><p>${pick(TEASERS)}</p><time>${1 + (n % 12)} hours ago</time></article>`;

  const nav = SECTIONS.map((s) => `<li><a href="/${s.toLowerCase()}">${s}</a></li>`).join('');
  const top = [leadHeadline ?? headline(), ...Array.from({ length: 39 }, headline)].map(teaser).join('\n');
  const sections = SECTIONS.map(
    (s) =>
      `<section class="section"><h2>${s}</h2><ul>${Array.from({ length: 20 }, () => `<li><a href="${href()}">${headline()}</a></li>`).join('')}</ul>` +
      `<div class="ad-slot" id="ad-${s.toLowerCase()}">Advertisement</div></section>`,
  ).join('\n');
  const footer = Array.from({ length: 60 }, (_, i) => `<a href="/page/${i}">${pick(SECTIONS)} ${pick(OBJECTS)}</a>`).join(' · ');

  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<title>The Valmont Herald — News, sport and opinion</title>',
    '<meta name="description" content="Local and world news, sport, culture and opinion from the Valmont Herald.">',
    '<meta property="og:type" content="website">',
    '<style>.teaser{display:inline-block;width:30%;vertical-align:top;margin:8px}.ad-slot{height:90px;background:#eee}</style>',
    '</head><body>',
    `<header><div class="logo">The Valmont Herald</div><nav><ul>${nav}</ul></nav></header>`,
    `<main><section class="top-stories">${top}</section>\n${sections}</main>`,
    `<footer>${footer}<p>© The Valmont Herald</p></footer>`,
    '</body></html>',
  ].join('\n');
}
