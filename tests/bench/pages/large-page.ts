/**
 * Issue 5's very large page: 20,000 paragraphs, about 2 MB of text, 5,000 mentions of
 * 20 names, with a link in every paragraph so text is split across nodes as on real
 * pages. Names are whole inside one text node, so a per-node matcher (mark.js) and a
 * matcher over the extracted text find the same mentions.
 */
import { seededRandom } from '../text-gen.ts';

export interface LargePageOptions {
  paragraphs: number;
  mentions: number;
  /** Distinct names, used in turn. None may occur inside the filler text or inside another name. */
  names: readonly string[];
  seed: number;
}

export const LARGE_PAGE: Omit<LargePageOptions, 'names'> = { paragraphs: 20_000, mentions: 5_000, seed: 7 };

const OPENINGS = [
  'The harbour authority published its annual figures',
  'Residents of the old quarter gathered before noon',
  'A new ferry timetable starts next month',
  'The regional court adjourned the hearing',
  'Farmers in the valley reported a smaller harvest',
  'The library will close for renovation',
];
const LINKS = ['read more', 'the report', 'earlier coverage', 'our explainer', 'live updates'];
const CLOSINGS = [
  'and the debate goes on for now',
  'while the weather stayed mild all day',
  'as traffic slowed on the coastal road',
  'and more details will follow later',
];

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page's HTML; every `paragraphs / mentions`-th paragraph names someone. */
export function largePageHtml({ paragraphs, mentions, names, seed }: LargePageOptions): string {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const every = paragraphs / mentions;
  const parts: string[] = [];
  let named = 0;
  for (let i = 0; i < paragraphs; i++) {
    const mention = named < mentions && i >= named * every;
    const middle = mention ? `, said ${escapeHtml(names[named++ % names.length]!)},` : '';
    parts.push(`<p>${pick(OPENINGS)}${middle} ${pick(CLOSINGS)} (<a href="/archive/${i}">${pick(LINKS)}</a>).</p>`);
  }
  return [
    '<!doctype html><html lang="en"><head><meta charset="utf-8">',
    '<meta property="og:type" content="article"><title>The long archive</title></head>',
    '<body><article><h1>The long archive</h1>',
    parts.join('\n'),
    '</article></body></html>',
  ].join('\n');
}
