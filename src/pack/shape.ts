/**
 * The keys each object of a pack may carry. The validator rejects any other key
 * (a typo such as "sourcse" must not silently drop a field), and a unit test checks
 * that `schema.json` lists exactly these keys, so the two cannot drift apart.
 */
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
