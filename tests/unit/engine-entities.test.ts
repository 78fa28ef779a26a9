import { describe, expect, it } from 'vitest';
import { findEntities } from '../../src/engine/entities/index.ts';
import { fold } from '../../src/engine/text/fold.ts';
import { makeVeloriaPack } from './engine-test-pack.ts';

const pack = makeVeloriaPack();

/** "id:mention text" for every mention, in text order. */
function mentions(text: string): string[] {
  return findEntities(text, fold(text), pack)
    .flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id })))
    .sort((a, b) => a.start - b.start)
    .map((m) => `${m.id}:${text.slice(m.start, m.end)}`);
}

describe('findEntities', () => {
  it.each([
    // Longest first: the full name wins over its parts.
    ['Ilir Manëz spoke.', ['ilir-manez:Ilir Manëz']],
    ['Council of the Lantern of Marrak said.', ['marrak-lantern-council:Council of the Lantern of Marrak']],
    // Diacritics folded both ways, and Unicode word boundaries.
    ['ILIR MANEZ and Drita Xhacka.', ['ilir-manez:ILIR MANEZ', 'drita-xhacka:Drita Xhacka']],
    ['Minister Xhaçka; Xhaçkaj is someone else.', ['drita-xhacka:Xhaçka']],
    ['Marrakesh and Marraks are not Marrak.', ['marrak:Marrak']],
    ['Velorians? Velorian officials.', ['veloria:Velorian']],
    // Possessives: the apostrophe ends the word; the mention is the name.
    ['Marrak’s envoy and Veloria\'s minister.', ['marrak:Marrak', 'veloria:Veloria']],
    // Albanian case forms listed in the pack.
    ['Kryeministri Ilir Manëz. Zyra e Manëzit dhe qeveria e Velorisë.', ['ilir-manez:Ilir Manëz', 'ilir-manez:Manëzit', 'veloria:Velorisë']],
    // `requires` with the entity's own id: the bare surname only after the full name.
    ['Manëz spoke before Ilir Manëz arrived; then Manez left.', ['ilir-manez:Ilir Manëz', 'ilir-manez:Manez']],
    // `caseSensitive`: "ACG" yes, "acg" no.
    ['The ACG failed; acg is a typo; Acg is Albanian style.', ['acg:ACG', 'acg:Acg']],
    // `caseSensitive` + `requires` another entity: BOL only when Marrak or the Lantern is named.
    ['BOL members met.', []],
    ['Marrak accused BOL; bol is a word.', ['marrak:Marrak', 'lantern:BOL']],
    // Whitespace inside a name may be any run with at most one line break.
    ['Crimson\u00A0Ledger and Crimson\n Ledger and Crimson\n\nLedger', ['crimson-ledger:Crimson\u00A0Ledger', 'crimson-ledger:Crimson\n Ledger']],
    // Right-to-left and CJK aliases.
    ['اتهمت فيلوريا مراك بالهجوم', ['veloria:فيلوريا', 'marrak:مراك']],
    ['维洛利亚指责马拉克发动攻击', ['marrak:马拉克']],
    ['Veloria说马拉克', ['veloria:Veloria', 'marrak:马拉克']],
    // The name in a longer alias: "Crimson Ledger group" beats "Crimson Ledger".
    ['The Crimson Ledger group posted.', ['crimson-ledger:Crimson Ledger group']],
  ])('%j', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('reports entities in order of first mention, with their details', () => {
    const text = 'Marrak denied it. Drita Xhaçka said Marrak lied.';
    const found = findEntities(text, fold(text), pack);
    expect(found.map((e) => e.id)).toEqual(['marrak', 'drita-xhacka']);
    expect(found[0]).toEqual({
      id: 'marrak', name: 'Marrak', type: 'place', role: 'The country blamed',
      mentions: [{ start: 0, end: 6 }, { start: 36, end: 42 }],
    });
  });

  it('finds nothing in text without the pack', () => {
    expect(findEntities('Ramadan in Tirana.', fold('Ramadan in Tirana.'), pack)).toEqual([]);
  });
});
