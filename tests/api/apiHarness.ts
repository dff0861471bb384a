/** A fresh API app on a temporary store, for app.inject() tests. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type AppOptions, type WardsimApp } from '../../api/index.js';

export async function freshApp(options: Partial<AppOptions> = {}): Promise<WardsimApp> {
  return buildApp({ dataDir: mkdtempSync(join(tmpdir(), 'wardsim-api-')), ...options });
}

export interface Problem {
  status: number;
  code: string;
  errors: { code: string; path: string; message: string }[];
}
