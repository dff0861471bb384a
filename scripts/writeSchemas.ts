/** Writes docs/schemas/*.json from the TypeBox definitions (run: npm run schemas). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishedSchemas, schemaText } from './publishedSchemas.js';

const dir = join(process.cwd(), 'docs', 'schemas');
for (const [file, schema] of Object.entries(publishedSchemas())) {
  writeFileSync(join(dir, file), schemaText(schema));
  console.log(`wrote docs/schemas/${file}`);
}
