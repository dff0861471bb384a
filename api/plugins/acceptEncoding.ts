/**
 * Content negotiation for stored results: whether a request's Accept-Encoding takes gzip
 * (RFC 9110 §12.5.3). Results are JSON of a few hundred KB that compress about tenfold, and
 * every browser and `fetch` asks for gzip; a client that does not ask gets the plain bytes.
 */

/** True when `header` lists gzip (or `*`) with a q-value above 0. */
export function acceptsGzip(header: string | undefined): boolean {
  if (header === undefined || header === '') return false;
  let star: boolean | null = null;
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const weight = q === undefined ? 1 : Number(q.slice(2));
    const wanted = Number.isFinite(weight) && weight > 0;
    if (name.trim() === 'gzip' || name.trim() === 'x-gzip') return wanted;
    if (name.trim() === '*') star = wanted;
  }
  return star === true;
}
