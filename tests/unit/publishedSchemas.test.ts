import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSchemas, schemaText } from '../../scripts/publishedSchemas.js';

describe('published JSON Schemas (docs/schemas)', () => {
  for (const [file, schema] of Object.entries(publishedSchemas())) {
    it(`${file} is up to date with its TypeBox definition (run npm run schemas)`, () => {
      expect(readFileSync(`docs/schemas/${file}`, 'utf8')).toBe(schemaText(schema));
    });
  }
});
