/**
 * A Redis URL checked at the boundary (`--redis`, WARDSIM_REDIS_URL), without loading a Redis
 * client: every command parses its flags, few of them connect.
 */
import { InputError } from '../../../inputError.js';

/** The URL without its password, for messages and logs. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return '(not a URL)';
  }
}

/** `raw` as a Redis URL, or an InputError naming `source` (`--redis`, `WARDSIM_REDIS_URL`). */
export function checkRedisUrl(raw: string, source: string): string {
  let url: URL | undefined;
  try {
    url = new URL(raw.trim());
  } catch {
    url = undefined;
  }
  if (url === undefined || (url.protocol !== 'redis:' && url.protocol !== 'rediss:') || url.hostname === '') {
    const shown = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
    const expected = 'a Redis URL such as redis://127.0.0.1:6379 (or rediss:// for TLS)';
    const message = `expected ${expected}, got ${JSON.stringify(shown)}`;
    throw new InputError([{ path: source, message }], 'WSM_FLAG_INVALID');
  }
  return url.toString();
}
