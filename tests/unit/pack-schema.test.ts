/**
 * Keeps src/pack/schema.json in step with the validator: the schema is what pack
 * authors read, the validator is what actually runs; neither may accept a key the
 * other does not know.
 */
import { describe, expect, it } from 'vitest';
import schema from '../../src/pack/schema.json';
import { ENTITY_TYPES, GENDERS, PACK_SHAPES, type ShapeName } from '../../src/pack/shape.ts';
import { PACK_SCHEMA } from '../../src/pack/types.ts';

interface ObjectSchema {
  required?: string[];
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
}

const defs = schema.$defs as unknown as Record<string, ObjectSchema>;
const schemaFor = (shape: ShapeName): ObjectSchema => (shape === 'pack' ? (schema as unknown as ObjectSchema) : defs[shape]!);

describe('schema.json matches the validator', () => {
  it('uses JSON Schema draft 2020-12', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it.each(Object.keys(PACK_SHAPES) as ShapeName[])('%s: same required and optional keys, nothing else allowed', (shape) => {
    const s = schemaFor(shape);
    expect(s, `schema has no definition for ${shape}`).toBeDefined();
    const { required, optional } = PACK_SHAPES[shape];
    expect([...(s.required ?? [])].sort()).toEqual([...required].sort());
    expect(Object.keys(s.properties ?? {}).sort()).toEqual([...required, ...optional].sort());
    expect(s.additionalProperties).toBe(false);
  });

  it('has no object definition the validator does not check', () => {
    const objectDefs = Object.entries(defs).filter(([, d]) => (d as { type?: string }).type === 'object').map(([k]) => k);
    expect(objectDefs.sort()).toEqual(Object.keys(PACK_SHAPES).filter((k) => k !== 'pack').sort());
  });

  it('shares the enums and the schema string', () => {
    expect(schema.properties.schema.const).toBe(PACK_SCHEMA);
    const entity = defs['entity']!.properties as { type: { enum: string[] }; gender: { enum: string[] } };
    expect(entity.type.enum).toEqual([...ENTITY_TYPES]);
    expect(entity.gender.enum).toEqual([...GENDERS]);
  });
});
