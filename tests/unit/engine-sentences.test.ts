import { describe, expect, it } from 'vitest';
import { SpanCursor, spanIndexAt, spanIndexesOf, splitSentences } from '../../src/engine/text/sentences.ts';

const sentences = (text: string): string[] => splitSentences(text).map(({ start, end }) => text.slice(start, end));

describe('splitSentences', () => {
  it.each([
    ['One. Two! Three?', ['One.', 'Two!', 'Three?']],
    ['The U.S. government said so. Then it left.', ['The U.S. government said so.', 'Then it left.']],
    ['Mr. Rama and Dr. Spahiu met. No. 5 was late.', ['Mr. Rama and Dr. Spahiu met.', 'No. 5 was late.']],
    ['He said no. Then he left.', ['He said no.', 'Then he left.']],
    ['Growth was 3.5 percent. Prices rose.', ['Growth was 3.5 percent.', 'Prices rose.']],
    ['“Is it war?” he asked. Nobody answered.', ['“Is it war?” he asked.', 'Nobody answered.']],
    ['“It is over.” Rama wrote.', ['“It is over.”', 'Rama wrote.']],
    ['Wait... what? Yes…', ['Wait... what?', 'Yes…']],
    ['Heading\n\nFirst paragraph. Second one', ['Heading', 'First paragraph.', 'Second one']],
    ['J. R. Smith spoke. Then silence.', ['J. R. Smith spoke.', 'Then silence.']],
    ['sabotage.In such cases, sabotage.', ['sabotage.In such cases, sabotage.']],
    ['伊朗否认。阿尔巴尼亚断交！', ['伊朗否认。', '阿尔巴尼亚断交！']],
    ['هل إيران مسؤولة؟ نفت طهران ذلك.', ['هل إيران مسؤولة؟', 'نفت طهران ذلك.']],
    ['Shqipëria ndërpreu lidhjet. Irani mohoi.', ['Shqipëria ndërpreu lidhjet.', 'Irani mohoi.']],
    ['  padded.   ', ['padded.']],
    ['', []],
  ])('%j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('finds the sentence that holds an offset', () => {
    const text = 'One. Two.';
    const spans = splitSentences(text);
    expect([0, 3, 4, 5, 8, 9].map((offset) => spanIndexAt(spans, offset))).toEqual([0, 0, -1, 1, 1, -1]);
  });

  it('steps a cursor through offsets as the binary search would, in any order', () => {
    const text = 'One. Two.\n\nThree four. Five.';
    const spans = splitSentences(text);
    const offsets = [0, 3, 4, 5, 9, 10, 11, 12, 20, 29, 2, 13, 30, 1, 40, 25];
    const cursor = new SpanCursor(spans);
    expect(offsets.map((offset) => cursor.indexAt(offset))).toEqual(offsets.map((offset) => spanIndexAt(spans, offset)));
  });

  it('lists the sentences holding some spans, ascending, each once', () => {
    const text = 'One. Two.\n\nThree four. Five.';
    const spans = splitSentences(text);
    const at = (...starts: number[]) => spanIndexesOf(spans, starts.map((start) => ({ start })));
    expect(at(0, 1, 5, 6, 12, 18, 25)).toEqual([0, 1, 2, 3]);
    expect(at(25, 0, 4, 12, 1)).toEqual([0, 2, 3]);
    expect(at()).toEqual([]);
  });
});
