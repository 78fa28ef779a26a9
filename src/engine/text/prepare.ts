/**
 * The text every stage reads: the original, its folded twin (same length, same
 * offsets) and its sentences, computed once per analysis.
 */
import { fold } from './fold.ts';
import { splitSentences } from './sentences.ts';
import type { Span } from '../types.ts';

export interface TextDoc {
  readonly text: string;
  readonly folded: string;
  readonly sentences: readonly Span[];
}

export function prepareText(text: string): TextDoc {
  return { text, folded: fold(text), sentences: splitSentences(text) };
}
