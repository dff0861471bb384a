/** Checks a result document against the published schema of its kind (engine/results). */
import { resultProblems as problems } from '../engine/results/validateResult.js';

/** The schema problems of `doc` as text lines (empty when it is a valid result of its kind). */
export function resultProblems(doc: unknown): string[] {
  return problems(doc).map((p) => `${p.path || '(root)'}: ${p.message}`);
}
