/** Starts the API server on a port (buildApp + listen) and stops it cleanly. */
import { resolve } from 'node:path';
import { buildApp, type AppOptions, type WardsimApp } from './server.js';

export interface ServerOptions extends AppOptions {
  port: number;
  host: string;
  /** A relative dataDir is taken from here (default: the working directory). */
  cwd?: string;
}

export interface RunningServer {
  app: WardsimApp;
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = await buildApp({ ...options, dataDir: resolve(options.cwd ?? process.cwd(), options.dataDir) });
  const address = await app.listen({ port: options.port, host: options.host });
  return { app, url: address, close: () => app.close() };
}
