/**
 * Deterministic news-like prose for the bench: sentences written for it, in the patterns
 * of incident coverage (names, direct quotes in both orders, "according to", claims and
 * denials) mixed with sentences that mention nothing. The same seed always gives the
 * same text, so runs are comparable.
 */

export interface Names {
  people: readonly string[];
  organizations: readonly string[];
  places: readonly string[];
}

/** mulberry32: a tiny seeded PRNG, good enough to vary sentences. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUOTES = [
  'We will not allow anyone to hold our public services hostage',
  'The attackers had been inside the network for months before anyone noticed',
  'This was a deliberate attempt to destroy data and paralyse the state',
  'Our systems are back online and no personal data was lost',
  'We reject these accusations as baseless and politically motivated',
  'The evidence points clearly to a state actor',
  'Every institution must now review how it protects its servers',
];

const FILLER = [
  'The council met on Tuesday to discuss the budget for the coming year.',
  'Traffic on the coastal road was slow for most of the afternoon.',
  'Several schools reopened after the summer holidays with new timetables.',
  'The report runs to more than two hundred pages and includes a long annex.',
  'Prices for bread and fuel rose again in the last quarter.',
  'A spokesperson declined to comment on the details of the investigation.',
  'The museum extended its opening hours for the festival week.',
  'Analysts expect the debate to continue well into the autumn.',
];

type Pick = <T>(list: readonly T[]) => T;

const TEMPLATES: readonly ((n: Names, pick: Pick) => string)[] = [
  (n, p) => `${p(n.people)} said the attack on government systems was "${p(QUOTES).toLowerCase()}".`,
  (n, p) => `"${p(QUOTES)}," ${p(n.people)} told reporters in ${p(n.places)} on Thursday.`,
  (n, p) => `According to ${p(n.organizations)}, the hackers had access to the network for fourteen months.`,
  (n, p) => `Officials in ${p(n.places)} said online services were restored after several days.`,
  (n, p) => `The government blamed ${p(n.organizations)} for the disruption, a claim that ${p(n.people)} rejected.`,
  (n, p) => `${p(n.people)}, speaking for ${p(n.organizations)}, wrote on Twitter: "${p(QUOTES)}."`,
  (n, p) => `The cyberattack forced ${p(n.places)} to take its border and tax systems offline.`,
  (n, p) => `${p(n.organizations)} denied any involvement and called the decision to cut ties "a hostile act".`,
];

/** Paragraphs of three to six sentences, about half of them mentioning names; endless. */
export function* paragraphs(names: Names, seed: number): Generator<string, never> {
  const random = seededRandom(seed);
  const pick: Pick = (list) => list[Math.floor(random() * list.length)]!;
  for (;;) {
    const count = 3 + Math.floor(random() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(random() < 0.5 ? pick(TEMPLATES)(names, pick) : pick(FILLER));
    yield sentences.join(' ');
  }
}

const wordCount = (s: string): number => s.split(/\s+/).filter(Boolean).length;

/** The first paragraphs that together reach `words` words. */
export function paragraphsOfWords(names: Names, seed: number, words: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (const p of paragraphs(names, seed)) {
    if (total >= words) break;
    out.push(p);
    total += wordCount(p);
  }
  return out;
}

/** The first paragraphs whose text, joined by blank lines, reaches `chars` characters. */
export function paragraphsOfLength(names: Names, seed: number, chars: number): string[] {
  const out: string[] = [];
  let total = 0;
  for (const p of paragraphs(names, seed)) {
    if (total >= chars) break;
    out.push(p);
    total += p.length + (out.length > 1 ? 2 : 0);
  }
  return out;
}
