/**
 * A tiny SVG element tree: plain data that renders to a string on the server (reports need no
 * DOM) and mounts as real elements in the browser (mountSvg.ts), so both draw the same chart.
 */
export type SvgNode = { tag: string; attrs: Record<string, string | number>; children: (SvgNode | string)[] };

/** What h() accepts: null/false/undefined are skipped so callers can write `cond && h(...)`. */
export type SvgAttrInput = string | number | null | undefined | false;
export type SvgChildInput = SvgNode | string | number | null | undefined | false | readonly SvgChildInput[];

/** Builds a node; drops empty attributes and non-finite numbers, flattens nested child arrays. */
export function h(tag: string, attrs: Record<string, SvgAttrInput> = {}, ...children: SvgChildInput[]): SvgNode {
  const clean: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'number' && !Number.isFinite(value)) continue;
    clean[name] = value;
  }
  const out: (SvgNode | string)[] = [];
  pushChildren(out, children);
  return { tag, attrs: clean, children: out };
}

function pushChildren(out: (SvgNode | string)[], children: readonly SvgChildInput[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (isChildList(c)) pushChildren(out, c);
    else if (typeof c === 'number') {
      if (Number.isFinite(c)) out.push(formatNumber(c));
    } else out.push(c);
  }
}

// Array.isArray does not narrow readonly arrays out of a union.
const isChildList = (c: SvgChildInput): c is readonly SvgChildInput[] => Array.isArray(c);

/** At most 2 decimals, no exponent for ordinary sizes, and never "-0". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes the five XML specials, so caller text can go in text nodes and attribute values alike. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** An attribute value as written: numbers rounded, non-finite numbers become null (attribute omitted). */
export function attrText(value: string | number): string | null {
  if (typeof value === 'number') return Number.isFinite(value) ? formatNumber(value) : null;
  return value;
}

/** The tree as an XML string; same tree → same string (attribute order is insertion order). */
export function renderSvg(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  let out = `<${node.tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    const text = attrText(value);
    if (text !== null) out += ` ${name}="${escapeXml(text)}"`;
  }
  if (node.children.length === 0) return `${out}/>`;
  out += '>';
  for (const child of node.children) out += renderSvg(child);
  return `${out}</${node.tag}>`;
}

/** A translate() transform with rounded numbers. */
export const translate = (xPx: number, yPx: number): string => `translate(${formatNumber(xPx)},${formatNumber(yPx)})`;
