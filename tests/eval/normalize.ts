/**
 * Folding used to compare quotes and speaker names across scripts and typography:
 * case-folded, diacritics stripped (NFKD minus combining marks), every quotation mark,
 * punctuation and symbol turned into a space, whitespace collapsed.
 * Letters and digits of every script (Arabic, Cyrillic, Han…) are kept.
 */

const COMBINING_MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_WORD, ' ')
    .trim();
}

export function tokens(text: string): string[] {
  const folded = fold(text);
  return folded === '' ? [] : folded.split(' ');
}
