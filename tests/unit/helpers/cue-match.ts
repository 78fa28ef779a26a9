/**
 * A reference reading of the `Cue` contract in src/pack/types.ts, for testing the
 * pack's data (not the engine): a sentence matches a cue when every term has an
 * alternative that starts at a word start of the folded sentence; "@id" stands for
 * any alias of that entity, matched as whole words. Alias rules are ignored here,
 * which makes this check looser than the engine, never stricter.
 */
import { foldPackText } from '../../../src/pack/fold.ts';
import type { Cue, Pack } from '../../../src/pack/types.ts';

const WORD_CHAR = /[\p{L}\p{N}]/u;

function occursAtWordStart(text: string, needle: string, wholeWord: boolean): boolean {
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    if (before !== undefined && WORD_CHAR.test(before)) continue;
    if (wholeWord && after !== undefined && WORD_CHAR.test(after)) continue;
    return true;
  }
  return false;
}

export function cueMatcher(pack: Pack): (sentence: string, cues: readonly Cue[]) => boolean {
  const aliases = new Map<string, string[]>();
  for (const e of pack.entities) {
    aliases.set(e.id, Object.values(e.aliases).flat().map(foldPackText));
  }
  const alternativeMatches = (text: string, alt: string): boolean => {
    if (alt.startsWith('@')) return (aliases.get(alt.slice(1)) ?? []).some((a) => occursAtWordStart(text, a, true));
    return occursAtWordStart(text, foldPackText(alt), false);
  };
  return (sentence, cues) => {
    const text = foldPackText(sentence);
    return cues.some((cue) => cue.every((term) => term.split('|').some((alt) => alternativeMatches(text, alt))));
  };
}
