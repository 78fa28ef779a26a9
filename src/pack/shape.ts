/**
 * The keys each object of a pack may carry. The validator rejects any other key
 * (a typo such as "sourcse" must not silently drop a field), and a unit test checks
 * that `schema.json` lists exactly these keys, so the two cannot drift apart.
 */
import type { AliasRule, Claim, Entity, EventTerm, Fact, Pack, PackQuote, Source } from './types.ts';

export interface ObjectShape {
  readonly required: readonly string[];
  readonly optional: readonly string[];
}

export const PACK_SHAPES = {
  pack: {
    required: ['schema', 'id', 'version', 'title', 'summary', 'languages', 'triggers', 'eventTerms', 'entities', 'facts', 'claims', 'quotes'],
    optional: [],
  },
  source: { required: ['url', 'publisher'], optional: ['date', 'excerpt'] },
  eventTerm: { required: ['term', 'lang', 'weight'], optional: [] },
  entity: {
    required: ['id', 'name', 'type', 'role', 'description', 'aliases', 'sources'],
    optional: ['gender', 'aliasRules', 'adjectives'],
  },
  aliasRule: { required: ['alias'], optional: ['caseSensitive', 'requires'] },
  fact: {
    required: ['id', 'date', 'text', 'category', 'cues', 'sources'],
    optional: ['disputed', 'entities'],
  },
  claim: {
    required: ['id', 'text', 'claimants', 'cues', 'sources'],
    optional: ['date', 'supports', 'disputes'],
  },
  quote: {
    required: ['id', 'speaker', 'text', 'date', 'lang', 'sources'],
    optional: ['context'],
  },
} as const satisfies Record<string, ObjectShape>;

export type ShapeName = keyof typeof PACK_SHAPES;

export const ENTITY_TYPES = ['person', 'organization', 'place', 'system'] as const;
export const GENDERS = ['male', 'female'] as const;

/*
 * The shapes must list exactly the keys of the TypeScript types, required and optional
 * alike: a field added to types.ts but not here (or the reverse) fails to compile. With
 * the schema test, types.ts, this file and schema.json cannot drift apart.
 */
type KeysOf<S extends ObjectShape> = S['required'][number] | S['optional'][number];
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Matches<S extends ObjectShape, T> = Same<KeysOf<S>, keyof T> extends true
  ? Same<S['required'][number], RequiredKeys<T>>
  : false;

const shapesMatchTypes: {
  pack: Matches<typeof PACK_SHAPES.pack, Pack>;
  source: Matches<typeof PACK_SHAPES.source, Source>;
  eventTerm: Matches<typeof PACK_SHAPES.eventTerm, EventTerm>;
  entity: Matches<typeof PACK_SHAPES.entity, Entity>;
  aliasRule: Matches<typeof PACK_SHAPES.aliasRule, AliasRule>;
  fact: Matches<typeof PACK_SHAPES.fact, Fact>;
  claim: Matches<typeof PACK_SHAPES.claim, Claim>;
  quote: Matches<typeof PACK_SHAPES.quote, PackQuote>;
} = { pack: true, source: true, eventTerm: true, entity: true, aliasRule: true, fact: true, claim: true, quote: true };
void shapesMatchTypes;
