/**
 * The cheap check before the expensive one (Readability's isProbablyReaderable,
 * STYLE.md habit 3): does the page's title, URL, metadata or opening text contain
 * a pack's trigger terms? It runs on every page in the content script's initial
 * loader (budget ≤ 1 ms), so it imports nothing and does plain `includes`.
 */
import type { Pack } from '../../pack/types.ts';

export interface PrefilterInput {
  title: string | null;
  url: string | null;
  /** Description, keywords, site name… joined. */
  meta: string;
  /** The start of the text (see PREFILTER_HEAD_LENGTH). */
  head: string;
}

/** How much of the text's start the prefilter reads. */
export const PREFILTER_HEAD_LENGTH = 3000;

const MARKS = /\p{M}/gu;
/** URL separators become spaces, so "albania-iran-cyberattack" reads as words. */
const URL_SEPARATORS = /[-_+/.?=&#%]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;

/** Lower case, no diacritics, plain dashes and apostrophes (need not keep length). */
function looseFold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(DASHES, '-').replace(APOSTROPHES, "'").replace(/ı/g, 'i');
}

function decodeUrl(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** Anything with triggers: a whole pack, or the { id, triggers } the content script keeps. */
export type Triggered = Pick<Pack, 'triggers'>;

const patterns = new WeakMap<Triggered, RegExp | null>();

/** Scripts that separate words with spaces; elsewhere (Arabic clitics, CJK) a trigger may start anywhere. */
const SPACED = /^[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}]/u;
const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * One regex per pack. A trigger in a spaced script must start a word ("tims" is not in
 * "victims", "akshi" not in "Sakshi"); a short one (an acronym) must also end it ("mek"
 * is not "Mekong"); longer ones may go on ("albania" finds "albanian", "shqiperise").
 */
function patternOf(pack: Triggered): RegExp | null {
  let pattern = patterns.get(pack);
  if (pattern === undefined) {
    const alternatives = pack.triggers
      .map((t) => looseFold(t.trim()))
      .filter((t) => t !== '')
      .map((t) => {
        const body = t.replace(SPECIAL, '\\$&');
        if (!SPACED.test(t)) return body;
        return `(?<![\\p{L}\\p{N}])${body}${t.length <= 4 ? '(?![\\p{L}\\p{N}])' : ''}`;
      });
    pattern = alternatives.length ? new RegExp(alternatives.join('|'), 'u') : null;
    patterns.set(pack, pattern);
  }
  return pattern;
}

/** The packs whose trigger terms occur in the input, in the order given. */
export function prefilter<P extends Triggered>(input: PrefilterInput, packs: readonly P[]): P[] {
  if (packs.length === 0) return [];
  const url = input.url === null ? '' : decodeUrl(input.url).replace(URL_SEPARATORS, ' ');
  const haystack = looseFold([input.title ?? '', url, input.meta, input.head.slice(0, PREFILTER_HEAD_LENGTH)].join('\n'));
  return packs.filter((pack) => patternOf(pack)?.test(haystack) ?? false);
}
