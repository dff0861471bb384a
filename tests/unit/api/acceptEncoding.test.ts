import { describe, expect, it } from 'vitest';
import { acceptsGzip } from '../../../api/plugins/acceptEncoding.js';

describe('acceptsGzip (Accept-Encoding, RFC 9110 §12.5.3)', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['gzip', true],
    ['gzip, deflate, br', true],
    ['br;q=1.0, GZIP;q=0.5', true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['identity', false],
    ['deflate, br', false],
    ['*', true],
    ['*;q=0', false],
    ['*, gzip;q=0', false],
    ['x-gzip', true],
    ['gzip;q=abc', false],
  ])('%j → %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });
});
