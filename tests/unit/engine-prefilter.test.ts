import { describe, expect, it } from 'vitest';
import { prefilter, prefilterEntry, type PrefilterInput } from '../../src/engine/detect/prefilter.ts';
import type { Pack } from '../../src/pack/types.ts';
import { makeVeloriaPack } from './engine-test-pack.ts';

const veloria = makeVeloriaPack();
const other: Pack = { ...makeVeloriaPack(), id: 'other', triggers: ['homeland justice', 'shqiperi'] };
const none: PrefilterInput = { title: null, url: null, meta: '', head: '' };

describe('prefilter', () => {
  it.each([
    ['title', { ...none, title: 'VELORIA hit again' }, ['veloria-grid-2031']],
    ['folded diacritics in the head', { ...none, head: 'Kryeministri Manëz tha…' }, ['veloria-grid-2031']],
    ['URL slug', { ...none, url: 'https://news.example/2031/03/crimson-ledger-strikes' }, ['veloria-grid-2031']],
    ['percent-encoded URL', { ...none, url: 'https://news.example/Shqip%C3%ABri' }, ['other']],
    ['metadata', { ...none, meta: 'Keywords: Homeland Justice' }, ['other']],
    ['both packs', { ...none, title: 'Veloria', meta: 'Shqipëri' }, ['veloria-grid-2031', 'other']],
    ['nothing', { ...none, title: 'Weather in Tirana', head: 'Sunny.' }, []],
    ['a broken URL escape', { ...none, url: 'https://x.example/%E0%A4%A' }, []],
  ])('%s', (_name, input, expected) => {
    expect(prefilter(input, [veloria, other]).map((p) => p.id)).toEqual(expected);
  });

  // Triggers start words, and short ones (acronyms) are whole words: an ordinary page
  // must not wake the engine because "victims" contains "tims".
  const albania: Pack = { ...makeVeloriaPack(), id: 'albania', triggers: ['tims', 'mek', 'akshi', 'albania', 'البانيا', '阿尔巴尼亚'] };
  it.each([
    ['"victims" is not TIMS', 'Flood victims wait for aid', false],
    ['"Mekong" is not MEK', 'Drought on the Mekong', false],
    ['"Sakshi" is not AKSHI', 'Sakshi Malik wins gold', false],
    ['TIMS as a word', 'The TIMS system was back online', true],
    ["MEK's, possessive", "The MEK's camp near Durrës", true],
    ['"Albanian" starts with a trigger', 'The Albanian government said', true],
    ['Arabic with a clitic', 'هجوم على والبانيا', true],
    ['Chinese, no word spaces', '网络攻击阿尔巴尼亚政府', true],
  ])('%s', (_name, title, expected) => {
    expect(prefilter({ ...none, title }, [albania]).length > 0).toBe(expected);
  });

  // A trigger another one begins is left out of the content script's entry ("albania"
  // finds "albanian"), but never when the shorter one must end a word, and never both
  // of two equal ones; the entry finds what the whole pack finds.
  const covered: Pack = { ...makeVeloriaPack(), id: 'covered', triggers: ['albania', 'albanian', 'mek', 'mekong', 'tirana', 'tirana', 'الباني', 'البانيا'] };
  it('an entry keeps the triggers that are not found through another', () => {
    expect(prefilterEntry(covered)).toEqual({ id: 'covered', triggers: ['albania', 'mek', 'mekong', 'tirana', 'tirana', 'الباني'] });
  });
  it.each([
    ['the longer trigger, through the shorter', 'An Albanian court ruled', true],
    ['a long trigger a short whole-word one begins', 'Drought on the Mekong', true],
    ['the short whole-word trigger itself', 'The MEK said', true],
    ['a duplicated trigger', 'Weather in Tirana', true],
    ['a trigger in Arabic, through the shorter', 'هجوم على البانيا', true],
    ['none of them', 'Weather in Durres', false],
  ])('entry and pack agree: %s', (_name, title, expected) => {
    expect(prefilter({ ...none, title }, [prefilterEntry(covered)]).length > 0).toBe(expected);
    expect(prefilter({ ...none, title }, [covered]).length > 0).toBe(expected);
  });

  it('reads only the start of the text', () => {
    expect(prefilter({ ...none, head: `${'filler '.repeat(1000)} Veloria` }, [veloria])).toEqual([]);
  });
});
