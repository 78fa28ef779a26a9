/**
 * Speaker scoring on matched quotes. The gold speaker is a name as the article gives it
 * ("Edi Rama", "Iran's foreign ministry", "North Atlantic Council (NATO)"); the predicted
 * speaker is a name plus, when linked, a pack entity. The two agree when some form of the
 * gold name equals the predicted name or any name/alias of the predicted entity, after
 * folding. For people a bare surname is enough ("Rama" for "Edi Rama"); organisations need
 * the whole name, so "Iran" and "Iran's foreign ministry" stay different speakers.
 * Gold speakers "unknown" are left out of the accuracy.
 */
import type { GoldQuote } from './corpus.ts';
import { tokens } from './normalize.ts';

export interface PredictedSpeaker {
  name: string;
  entityId: string | null;
}

/** Every name and alias of a pack entity, in all languages; [] for an unknown id. */
export type AliasLookup = (entityId: string) => string[];

/** Folded tokens with the possessive "'s" dropped and initials joined ("U.S." → "us"). */
export function nameTokens(name: string): string[] {
  const raw = tokens(name).filter((t, i, all) => !(t === 's' && i > 0 && (all[i - 1]?.length ?? 0) > 1));
  const joined: string[] = [];
  let previousWasLetter = false;
  for (const t of raw) {
    const isLetter = t.length === 1 && /\p{L}/u.test(t);
    if (isLetter && previousWasLetter) joined[joined.length - 1] += t;
    else joined.push(t);
    previousWasLetter = isLetter;
  }
  return joined[0] === 'the' ? joined.slice(1) : joined;
}

/** "North Atlantic Council (NATO)" → itself, "North Atlantic Council" and "NATO". */
export function goldNameForms(speaker: string): string[] {
  const forms = [speaker];
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(speaker);
  if (m?.[1] && m[2]) forms.push(m[1], m[2]);
  return forms;
}

function sameTokens(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

/** Every token of the shorter name in the longer one, and the same last token (surname). */
function surnameCompatible(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  return short.every((t) => long.includes(t)) && short[short.length - 1] === long[long.length - 1];
}

export function speakerAgrees(gold: GoldQuote, predicted: PredictedSpeaker | null, aliases: AliasLookup): boolean {
  if (predicted === null) return false;
  const candidates = [predicted.name, ...(predicted.entityId !== null ? aliases(predicted.entityId) : [])].map(nameTokens);
  const isPerson = gold.speaker_type === 'person';
  return goldNameForms(gold.speaker)
    .map(nameTokens)
    .some((g) => candidates.some((c) => sameTokens(g, c) || (isPerson && surnameCompatible(g, c))));
}

export function isScorableSpeaker(gold: GoldQuote): boolean {
  return gold.speaker.trim().toLowerCase() !== 'unknown' && gold.speaker_type !== 'unknown';
}
