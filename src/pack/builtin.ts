/**
 * The packs shipped with the extension. Validated by tests/unit/pack.test.ts at
 * build time rather than at start-up, so the extension pays nothing for them.
 */
import type { Pack } from './types.ts';
import albaniaIran2022 from './data/albania-iran-2022.json' with { type: 'json' };

// JSON imports widen string unions ("person" → string); the test suite proves the
// file conforms, which is what makes this assertion safe.
export const builtinPacks: readonly Pack[] = [albaniaIran2022 as unknown as Pack];
