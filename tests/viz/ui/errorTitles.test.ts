/** Problems read in Japanese: every code has a Japanese title, and the UI never shows a bare code. */
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../engine/errors.js';
import { ERROR_TITLES_JA, errorTitleJa } from '../../../viz/i18n/errorTitles.ja.js';
import { problemMessage } from '../../../viz/ui/statusView.js';

describe('Japanese titles of error codes', () => {
  it('covers the whole catalogue, in Japanese, without the code itself', () => {
    expect(Object.keys(ERROR_TITLES_JA).sort()).toEqual(Object.keys(ERROR_CODES).sort());
    for (const [code, title] of Object.entries(ERROR_TITLES_JA)) {
      expect(title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
      expect(title).not.toContain(code);
    }
  });

  it('puts the title before the server message in Japanese and leaves English as it is', () => {
    const e = { code: 'WSM_SCENARIO_INVALID', path: 'visitors.visitorsPerDay', message: 'expected ≥ 0, got -5' };
    expect(problemMessage('ja', e)).toBe(`${ERROR_TITLES_JA.WSM_SCENARIO_INVALID}：expected ≥ 0, got -5`);
    expect(problemMessage('en', e)).toBe('expected ≥ 0, got -5');
    expect(errorTitleJa('WSM_FROM_THE_FUTURE')).toBeNull();
    expect(errorTitleJa('constructor')).toBeNull();
    expect(problemMessage('ja', { ...e, code: 'WSM_FROM_THE_FUTURE' })).toBe(e.message);
  });
});
