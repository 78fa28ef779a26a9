/**
 * Runs in the bench page's main world (bundled into an IIFE by probe-bundle.ts): the
 * extension's own highlighting path — extract, offsets, Ranges, one Highlight per type,
 * the click index — as the content session paints, timed around the synchronous work.
 */
import { HitIndex } from '../../../src/content/hit-test.ts';
import { Highlighter, type Mark } from '../../../src/content/highlights.ts';
import { rangePieces, spanToRange } from '../../../src/content/ranges.ts';
import { findEntities } from '../../../src/engine/entities/index.ts';
import { fold } from '../../../src/engine/text/fold.ts';
import type { Span } from '../../../src/engine/types.ts';
import { extractArticle, type TextSegment } from '../../../src/extract/index.ts';
import { builtinPacks } from '../../../src/pack/builtin.ts';

export interface ProbeResult {
  ms: number;
  marks: number;
  /** Where the time went: extraction, finding offsets, Ranges + highlights. */
  phases: { extract: number; find: number; paint: number };
}

/**
 * Paint `spans` the way the content session does (PageSession's #paint): a Range per
 * mention, one Highlight per type, then the click index and the per-node mention map
 * from the painted ranges.
 */
function paint(segments: readonly TextSegment[], spans: readonly Span[]): number {
  const marks: Mark[] = [];
  spans.forEach(({ start, end }, index) => {
    const range = spanToRange(document, segments, start, end);
    if (range) marks.push({ entityId: 'bench', type: 'person', index, range });
  });
  new Highlighter(document).paint(marks);
  const hits = new HitIndex();
  const marksByNode = new Map<Node, Mark[]>();
  for (const mark of marks) {
    for (const piece of rangePieces(mark.range)) {
      hits.add(piece.node, piece.from, piece.to, mark);
      const list = marksByNode.get(piece.node);
      if (list) list.push(mark);
      else marksByNode.set(piece.node, [mark]);
    }
  }
  return marks.length;
}

/** Offsets from one pass of `pattern` over the extracted text (the same pattern mark.js gets). */
function highlightByPattern(source: string, flags: string): ProbeResult {
  return timed((text) => {
    const spans: Span[] = [];
    for (const m of text.matchAll(new RegExp(source, flags))) spans.push({ start: m.index, end: m.index + m[0].length });
    return spans;
  });
}

/** Offsets from the engine's entity finder over the pack (folding included), as in the extension. */
function highlightByEngine(): ProbeResult {
  return timed((text) => findEntities(text, fold(text), builtinPacks[0]!).flatMap((e) => e.mentions));
}

/** Extract, find the spans with `find`, paint them: each phase timed. */
function timed(find: (text: string) => Span[]): ProbeResult {
  const t0 = performance.now();
  const { article, segments } = extractArticle(document);
  const t1 = performance.now();
  const spans = find(article.text);
  const t2 = performance.now();
  const marks = paint(segments, spans);
  const t3 = performance.now();
  return { ms: t3 - t0, marks, phases: { extract: t1 - t0, find: t2 - t1, paint: t3 - t2 } };
}

(globalThis as unknown as { sidelightProbe: unknown }).sidelightProbe = { highlightByPattern, highlightByEngine };
