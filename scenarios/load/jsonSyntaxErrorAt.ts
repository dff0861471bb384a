/**
 * Where a JSON text stops being JSON: a small iterative scanner, run only after JSON.parse has
 * failed without saying where (V8 names no position for an unexpected token).
 */
export function jsonSyntaxErrorAt(text: string): number {
  let i = 0;
  const n = text.length;
  // What the scanner expects next, and the containers it is inside ('{' or '[').
  const open: string[] = [];
  let expect: 'value' | 'key' | 'after-value' | 'colon' = 'value';
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? ((i += word.length), true) : false);
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return (i++, true);
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return false;
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) return false;
    i += m[0].length;
    return true;
  };
  for (;;) {
    ws();
    if (i >= n) return open.length === 0 && expect === 'after-value' ? -1 : n;
    const c = text[i];
    if (expect === 'value') {
      if (c === '{' || c === '[') {
        open.push(c);
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          open.pop();
          i++;
          expect = 'after-value';
        } else expect = c === '{' ? 'key' : 'value';
        continue;
      }
      const ok =
        c === '"'
          ? string()
          : c === '-' || (c >= '0' && c <= '9')
            ? number()
            : literal('true') || literal('false') || literal('null');
      if (!ok) return i;
      expect = 'after-value';
    } else if (expect === 'key') {
      if (c !== '"' || !string()) return i;
      expect = 'colon';
    } else if (expect === 'colon') {
      if (c !== ':') return i;
      i++;
      expect = 'value';
    } else {
      const top = open[open.length - 1];
      if (top === undefined) return i; // text after the document
      if (c === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if (c === (top === '{' ? '}' : ']')) {
        open.pop();
        i++;
      } else return i;
    }
  }
}
