/** fast-check mutations of a line-based text (a DXF drawing): what a broken export or a truncated copy looks like. */
import fc from 'fast-check';

export type LineMutation =
  | { op: 'delete'; at: number; count: number }
  | { op: 'replace'; at: number; text: string }
  | { op: 'duplicate'; at: number; count: number; times: number }
  | { op: 'truncate'; at: number };

const WEIRD = [
  '',
  'nan',
  '-nan',
  'inf',
  '1e999',
  '-1e308',
  '1e308',
  '99999999999999999999',
  'x',
  '0',
  '-1',
  '4294967296',
  'EOF',
  'SECTION',
  'ENDSEC',
  'LWPOLYLINE',
  '\u0000',
  '  10  ',
];

export const lineMutationArb: fc.Arbitrary<LineMutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 6 }) }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...WEIRD), fc.string({ maxLength: 12 })),
  }),
  fc.record({
    op: fc.constant('duplicate' as const),
    at: fc.nat(),
    count: fc.integer({ min: 2, max: 40 }),
    times: fc.constantFrom(2, 50, 5_000),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

export const lineMutationsArb = fc.array(lineMutationArb, { minLength: 1, maxLength: 4 });

export function applyLineMutations(text: string, mutations: readonly LineMutation[]): string {
  let lines = text.split('\n');
  for (const m of mutations) {
    const at = m.at % Math.max(1, lines.length);
    if (m.op === 'delete') lines.splice(at, m.count);
    else if (m.op === 'replace') lines[at] = m.text;
    else if (m.op === 'truncate') lines = lines.slice(0, at);
    else {
      const block = lines.slice(at, at + m.count);
      // concat, not splice(...): spreading 10^5 lines as arguments overflows the stack.
      lines = lines.slice(0, at).concat(Array.from({ length: m.times }, () => block).flat(), lines.slice(at));
    }
  }
  return lines.join('\n');
}
