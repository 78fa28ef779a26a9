/**
 * The cheap check before the expensive one (Readability's isProbablyReaderable,
 * STYLE.md habit 3): does the page's title, URL, metadata or opening text contain
 * a pack's trigger terms? It runs on every page in the content script's initial
 * loader (budget ≤ 1 ms), so it imports no code and does plain `indexOf` searches
 * with word-boundary checks.
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

/** Combining marks that NFD splits off Latin, Greek, Cyrillic and Arabic letters (a \p{M} class costs a compile on first use). */
const MARKS = /[\u0300-\u036f\u064b-\u065f]/g;
/** URL separators become spaces, so "albania-iran-cyberattack" reads as words. */
const URL_SEPARATORS = /[-_+/.?=&#%]+/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const APOSTROPHES = /[\u2018\u2019\u02BC]/g;

/** Lower case, no diacritics, plain dashes and apostrophes (need not keep length). */
function looseFold(s: string): string {
  return s.toLowerCase().normalize('NFD').replace(MARKS, '').replace(DASHES, '-').replace(APOSTROPHES, "'").replaceAll('ı', 'i');
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

interface Trigger {
  text: string;
  /** Must start a word: the trigger is in a script that separates words with spaces. */
  start: boolean;
  /** Must also end a word: a short trigger, an acronym ("mek" is not "Mekong"). */
  end: boolean;
}

const compiledPacks = new WeakMap<Triggered, Trigger[]>();

/** Latin, Greek and Cyrillic lower-case letters: scripts that separate words with spaces. */
function isSpacedScript(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x370 && code <= 0x4ff);
}

/**
 * Word boundaries are checked in code, not with \p{L} in a regex: a regex with Unicode
 * property classes costs milliseconds to compile on first use in a fresh page, which
 * would be most of this check's budget (plain `indexOf` needs no compiling at all).
 */
function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  // Spaces and punctuation outside ASCII that survive folding: NBSP, « », general and CJK punctuation.
  return !(code === 0xa0 || code === 0xab || code === 0xbb || (code >= 0x2000 && code <= 0x206f) || (code >= 0x3000 && code <= 0x303f));
}

/**
 * A trigger in a spaced script must start a word ("tims" is not in "victims", "akshi"
 * not in "Sakshi"); a short one must also end it; longer ones may go on ("albania"
 * finds "albanian", "shqiperise"). Elsewhere (Arabic clitics, CJK) it may start anywhere.
 * Pack triggers are stored folded (the validator checks): lower-casing is all that is
 * left to do here, and it keeps this first call in a fresh page cheap.
 */
function compile(pack: Triggered): Trigger[] {
  let triggers = compiledPacks.get(pack);
  if (triggers === undefined) {
    triggers = [];
    for (const raw of pack.triggers) {
      const trigger = toTrigger(raw);
      if (trigger) triggers.push(trigger);
    }
    compiledPacks.set(pack, triggers);
  }
  return triggers;
}

function toTrigger(raw: string): Trigger | null {
  const text = raw.trim().toLowerCase();
  if (text === '') return null;
  const start = isSpacedScript(text.charCodeAt(0));
  return { text, start, end: start && text.length <= 4 };
}

/**
 * What the content script keeps of a pack: its id and the triggers worth searching
 * for. A trigger that another one begins, and may go on from, is found by that one
 * ("albania" finds "albanian"); on a page that matches nothing every trigger costs a
 * search of the whole input, so those are left out here, once, where the pack is
 * published (not in the page).
 */
export function prefilterEntry({ id, triggers }: Pick<Pack, 'id' | 'triggers'>): { id: string; triggers: string[] } {
  const all = triggers.map(toTrigger);
  const covers = (a: Trigger, b: Trigger) => !a.end && a.start === b.start && a.text.length < b.text.length && b.text.startsWith(a.text);
  return { id, triggers: triggers.filter((_, i) => all[i] !== null && !all.some((other) => other !== null && covers(other, all[i]!))) };
}

function occursAsWord(haystack: string, { text, start, end }: Trigger): boolean {
  for (let at = haystack.indexOf(text); at >= 0; at = haystack.indexOf(text, at + 1)) {
    const after = at + text.length;
    const startsWord = !start || at === 0 || !isWordChar(haystack.charCodeAt(at - 1));
    const endsWord = !end || after === haystack.length || !isWordChar(haystack.charCodeAt(after));
    if (startsWord && endsWord) return true;
  }
  return false;
}

/** The packs whose trigger terms occur in the input, in the order given. */
export function prefilter<P extends Triggered>(input: PrefilterInput, packs: readonly P[]): P[] {
  if (packs.length === 0) return [];
  const url = input.url === null ? '' : decodeUrl(input.url).replace(URL_SEPARATORS, ' ');
  const haystack = looseFold([input.title ?? '', url, input.meta, input.head.slice(0, PREFILTER_HEAD_LENGTH)].join('\n'));
  return packs.filter((pack) => compile(pack).some((trigger) => occursAsWord(haystack, trigger)));
}
