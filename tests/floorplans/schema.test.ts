import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { floorPlanJsonSchema } from '../../floorplans/index.js';

const FILE = join(import.meta.dirname, '..', '..', 'docs', 'schemas', 'floorplan.schema.json');

describe('published JSON Schema of feature properties', () => {
  it('docs/schemas/floorplan.schema.json equals the schema generated from TypeBox (REGEN=1 rewrites it)', () => {
    const generated = `${JSON.stringify(floorPlanJsonSchema(), null, 2)}\n`;
    if (process.env.REGEN === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });

  it('is a valid draft-07 schema that accepts a zone and rejects a stair without levels', () => {
    const validate = new Ajv({ strict: false }).compile(JSON.parse(readFileSync(FILE, 'utf8')) as object);
    expect(validate({ kind: 'lobby', id: 'lobby-1F', level: 1, seats: 40 })).toBe(true);
    expect(validate({ kind: 'stair', id: 's', level: 1 })).toBe(false);
  });
});
