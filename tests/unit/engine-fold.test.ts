import { describe, expect, it } from 'vitest';
import { fold } from '../../src/engine/text/fold.ts';

describe('fold', () => {
  it.each([
    ['Edi Rama', 'edi rama'],
    ['Manëz Xhaçka Këlliçi', 'manez xhacka kellici'],
    ['Şişli İstanbul ıslak', 'sisli istanbul islak'],
    ['Straße ẞ', 'straße ß'],
    ['Łódź Øresund Đakovica', 'lodz oresund dakovica'],
    ['Rama’s ‘view’', "rama's 'view'"],
    ['“TIMS” „Grenze“', '"tims" "grenze"'],
    ['Iraq–Iran war — 1980‒1988 −5', 'iraq-iran war - 1980-1988 -5'],
    ['a\u00A0b\u202Fc\u3000d', 'a b c d'],
    ['line\nbreak\ttab', 'line\nbreak\ttab'],
    ['ＴＩＭＳ　２０２２', 'tims 2022'],
    ['Ελλάδα ΣΟΦΙΑ', 'ελλαδα σοφια'],
    ['ИРАН Тирана', 'иран тирана'],
    ['إيران وألبانيا', 'ايران والبانيا'],
    ['伊朗和阿尔巴尼亚', '伊朗和阿尔巴尼亚'],
    ['한국어', '한국어'],
    ['«guillemets»', '«guillemets»'],
  ])('%s → %s', (input, expected) => {
    const folded = fold(input);
    expect(folded).toBe(expected);
    expect(folded.length).toBe(input.length);
  });

  it.each([
    ['astral letters and emoji', 'A𝐀b 😀 𠀋Z'],
    ['combining marks', 'Mane\u0308z Xhac\u0327ka'],
    ['lone surrogates', 'x\uD800y\uDC00z'],
    ['Arabic harakat', 'إِيرَانُ'],
    ['Hebrew with points', 'אִירָן'],
  ])('keeps the length with %s', (_name, input) => {
    const folded = fold(input);
    expect(folded.length).toBe(input.length);
    // Surrogates are never touched, so astral characters survive as they are.
    for (let i = 0; i < input.length; i++) {
      const code = input.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdfff) expect(folded.charCodeAt(i)).toBe(code);
    }
  });

  it('maps every BMP code unit to exactly one code unit', () => {
    const all = String.fromCharCode(...Array.from({ length: 0x10000 }, (_, i) => i));
    expect(fold(all).length).toBe(0x10000);
  });

  it('folds long texts that mix ASCII stretches with other scripts, unit for unit', () => {
    const english = 'The Prime Minister said the attack was “deliberate”. '.repeat(40);
    const cyrillic = 'Премьер-министр ИРАНА заявил, что АТАКА была «намеренной». '.repeat(40);
    const input = `${english}Manëz${english}${cyrillic}${english}`;
    const folded = fold(input);
    expect(folded.length).toBe(input.length);
    expect(folded).toBe([...input].map((ch) => fold(ch)).join(''));
    expect(folded).toContain('the prime minister said the attack was "deliberate". manez');
    expect(folded).toContain('премьер-министр ирана заявил, что атака была «намереннои». ');
  });

  it('is idempotent', () => {
    const input = 'Prime Minister EDI RAMA’s “Këlliçi” – ŞIŞLI';
    expect(fold(fold(input))).toBe(fold(input));
  });
});
