/** The engine's public surface: pure functions over plain data (no DOM, no browser, no Node). */
export { analyze } from './analyze.ts';
export { prefilter, PREFILTER_HEAD_LENGTH, type PrefilterInput } from './detect/prefilter.ts';
export { detectIncident, DETECTION_THRESHOLD } from './detect/score.ts';
export { findEntities } from './entities/index.ts';
export { fold } from './text/fold.ts';
export { splitSentences } from './text/sentences.ts';
export type * from './types.ts';
export { ANALYSIS_SCHEMA } from './types.ts';
