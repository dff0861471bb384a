/** The HTTP API's public surface. */
export { buildApp, type AppOptions, type WardsimApp } from './server.js';
export { startServer, type RunningServer, type ServerOptions } from './listen.js';
export { DEFAULT_LIMITS, type ApiLimits } from './limits.js';
