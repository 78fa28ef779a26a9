/**
 * The merged lexicon must be invisible: each list's consumer gets from the replay
 * exactly what a scan of its own trie gives, including where it chose to resume.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/engine/text/fold.ts';
import { Lexicon } from '../../src/engine/text/lexicon.ts';
import { Trie, type OnStart } from '../../src/engine/text/trie.ts';

interface Call {
  start: number;
  hits: { end: number; values: readonly string[] }[];
}

/** A consumer that records its calls and resumes at the end of its longest hit (like the entity matcher). */
function recorder(calls: Call[], resume: 'longest' | 'next'): OnStart<string> {
  return (hits, start) => {
    calls.push({ start, hits: hits.map((hit) => ({ end: hit.end, values: [...hit.values] })) });
    return resume === 'longest' ? (hits.at(-1)?.end ?? start + 1) : start + 1;
  };
}

function trieOf(keys: readonly string[]): Trie<string> {
  const trie = new Trie<string>();
  for (const key of keys) trie.add(fold(key), key);
  return trie;
}

describe('Lexicon', () => {
  const names = trieOf(['Ilir Manëz', 'Manëz', 'Marrak', 'ACG', 'Crimson Ledger']);
  const stems = trieOf(['marrak', 'veloria', 'crim']);
  const cues = trieOf(['attack', 'att', 'hack', 'ledger', 'mar', 'ilir manez said']);
  const lexicon = new Lexicon([names, stems, cues]);
  const text = fold(
    'Prime Minister Ilir Manëz said the Crimson\nLedger hack was an attack; Marrakesh and the Marrakian ACG attackers. 伊朗 Ilir  Manëz.',
  );

  it.each([
    ['names', names, 'longest'],
    ['stems', stems, 'longest'],
    ['cues', cues, 'next'],
    ['cues, resuming after the longest', cues, 'longest'],
  ] as const)('replays %s as its own scan would', (_name, trie, resume) => {
    const own: Call[] = [];
    const replayed: Call[] = [];
    trie.scan(text, recorder(own, resume));
    lexicon.scan(text).walks(trie, text)(recorder(replayed, resume));
    expect(own.length).toBeGreaterThan(0);
    expect(replayed).toEqual(own);
  });

  it('scans on its own for a trie it does not hold, or another text', () => {
    const other = trieOf(['said']);
    const scanned = lexicon.scan(text);
    const calls: Call[] = [];
    scanned.walks(other, text)(recorder(calls, 'next'));
    expect(calls.map((c) => c.start)).toEqual([text.indexOf('said')]);
    const shorter = text.slice(0, 30);
    const own: Call[] = [];
    const replayed: Call[] = [];
    names.scan(shorter, recorder(own, 'longest'));
    scanned.walks(names, shorter)(recorder(replayed, 'longest'));
    expect(replayed).toEqual(own);
  });
});
