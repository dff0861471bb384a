/** Result documents without the two fields that say how a run went, not what it found (docs/results.md). */
export function withoutRunFacts(doc: unknown): unknown {
  if (Array.isArray(doc)) return doc.map(withoutRunFacts);
  if (typeof doc !== 'object' || doc === null) return doc;
  return Object.fromEntries(
    Object.entries(doc)
      .filter(([k]) => k !== 'wallMs' && k !== 'workers')
      .map(([k, v]) => [k, withoutRunFacts(v)]),
  );
}
