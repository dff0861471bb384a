/**
 * Text width estimate without a font engine (the server has no canvas). Full-width characters
 * (kana, kanji, full-width forms) take about 1 em, Latin text about 0.6 em: enough to decide
 * whether a label fits, to thin axis labels and to lay out legends.
 */
export function textWidthPx(text: string, fontSizePx: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += isWide(code) ? 1 : ch === ' ' ? 0.3 : 0.6;
  }
  return em * fontSizePx;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi, incl. kana and kanji
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extensions
  );
}
