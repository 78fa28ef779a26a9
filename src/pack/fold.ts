/**
 * Folding used to compare pack strings: case, diacritics (NFKD + drop combining
 * marks, so "Shqipërisë" = "shqiperise" and Arabic "أ" = "ا"), curly quotes and
 * typographic dashes. Triggers are stored already folded with this function.
 */
export function foldPackText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}
