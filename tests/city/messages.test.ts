/** The city study's message tables: the same keys in English and Japanese, and no English words in Japanese. */
import { describe, expect, it } from 'vitest';
import { cityEn } from '../../viz/i18n/city.en.js';
import { cityJa } from '../../viz/i18n/city.ja.js';

/** Every key path of a message table (functions and strings are leaves; arrays keep their length). */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node)) return [`${prefix}[${node.length}]`];
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));
  return [`${prefix}:${typeof node}`];
}

/** An argument that serves as a text, a number and a figures record at once. */
const KEYS = [
  'offeredLoadErlangs',
  'winnerVisitors',
  'winnerBaselineMin',
  'winnerOptionMin',
  'loserVisitors',
  'loserBaselineMin',
  'loserOptionMin',
  'staff',
  'somu',
  'mlit',
  'citizen',
  'perStaff',
  'offeredLoadErlangs',
  'contacts',
  'serviceMinPerContact',
  'staffAtCounterMean',
  'designUtilization',
  'staffUtilization',
  'waitMeanMin',
  'deskServiceMin',
  'baselineServiceMin',
  'abandonmentDiff',
  'servedDiff',
  'servedBaseline',
  'servedOption',
  'countersVisitedBaseline',
  'countersVisitedOption',
  'helpStaffBaseline',
  'helpStaffOption',
];
const arg = Object.assign(['X', 'Y'], {
  ...Object.fromEntries(KEYS.map((k) => [k, 1.5])),
  toString: () => 'X',
  valueOf: () => 1.5,
  toFixed: () => '1.5',
});

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') return [String((node as (...a: unknown[]) => unknown)(arg, arg, arg, arg))];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(strings);
  return [];
}

describe('the city study’s message tables', () => {
  it('hold the same keys in English and Japanese, with the same kind of value', () => {
    expect(keyPaths(cityJa).sort()).toEqual(keyPaths(cityEn).sort());
  });

  it('write no English words in Japanese (the product, file and format names aside)', () => {
    const allowed = /wardsim( study)?|docs\/city-study\.md|DX|ABW|NaN/g;
    const texts = strings(cityJa).map((t) => t.replace(allowed, ''));
    expect(texts.length).toBeGreaterThan(80);
    for (const t of texts) expect(t, t).not.toMatch(/\b[a-z]{4,}\b/i);
  });
});
