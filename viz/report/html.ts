/**
 * A small HTML builder for reports: every text and attribute value is escaped, so names and
 * labels from inputs (scenario names, plan feature names, descriptions) stay text.
 */

export type Html = { readonly html: string };

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** Markup that is already safe (built by this module, or an SVG string from renderSvg). */
export function raw(html: string): Html {
  return { html };
}

export type Child = Html | string | number | null | undefined | false | Child[];

function childText(c: Child): string {
  if (c === null || c === undefined || c === false) return '';
  if (Array.isArray(c)) return c.map(childText).join('');
  if (typeof c === 'object') return c.html;
  return escapeHtml(String(c));
}

export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** `<tag attrs>children</tag>`; attributes with null, undefined or false are left out. */
export function el(tag: string, attrs: Attrs = {}, ...children: Child[]): Html {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== null && v !== undefined && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(String(v))}"`))
    .join('');
  return { html: `<${tag}${a}>${childText(children)}</${tag}>` };
}

export function join(...children: Child[]): Html {
  return { html: childText(children) };
}
