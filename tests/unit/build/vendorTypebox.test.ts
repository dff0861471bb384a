/**
 * The build's one-file TypeBox (scripts/vendorTypebox.ts): the same exports as the package, schemas
 * equal to the package's and recognised by its guards, and only TypeBox imports rewritten.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as TypeBox from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { bundleTypebox, pointImportsAt } from '../../../scripts/vendorTypebox.js';

describe('vendorTypebox', () => {
  it('rewrites static, re-exported and dynamic imports of the package, and nothing else', () => {
    const source = [
      "import { Type } from '@sinclair/typebox';",
      'export { Kind } from "@sinclair/typebox";',
      "const t = await import('@sinclair/typebox');",
      "import { x } from '@sinclair/typebox-extra';",
      "import { y } from '@sinclair/typebox/value';",
      "const s = 'from @sinclair/typebox';",
    ].join('\n');
    expect(pointImportsAt(source, '../vendor/typebox.js').split('\n')).toEqual([
      "import { Type } from '../vendor/typebox.js';",
      'export { Kind } from "../vendor/typebox.js";',
      "const t = await import('../vendor/typebox.js');",
      "import { x } from '@sinclair/typebox-extra';",
      "import { y } from '@sinclair/typebox/value';",
      "const s = 'from @sinclair/typebox';",
    ]);
  });

  it('bundles a module with the package exports, whose schemas equal the package ones', async () => {
    // Inside the project (node_modules/.cache), as dist/ is.
    mkdirSync(resolve('node_modules', '.cache'), { recursive: true });
    const dir = mkdtempSync(resolve('node_modules', '.cache', 'wardsim-typebox-'));
    try {
      const file = join(dir, 'typebox.js');
      await bundleTypebox(file);
      const bundled = (await import(pathToFileURL(file).href)) as typeof TypeBox;
      expect(Object.keys(bundled).sort()).toEqual(Object.keys(TypeBox).sort());
      const make = (T: typeof TypeBox) =>
        T.Type.Object({ id: T.Type.String({ minLength: 1 }), n: T.Type.Optional(T.Type.Integer({ minimum: 0 })) });
      const ours = make(bundled);
      expect(ours).toEqual(make(TypeBox));
      expect(TypeBox.KindGuard.IsObject(ours)).toBe(true);
      expect(bundled.Kind).toBe(TypeBox.Kind);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
