// PLACEHOLDER owned by the visitor-model work (issue 3): replaced by the real relational checks.
import type { InputIssue } from '../../engine/inputError.js';
export function checkVisitorPart(_part: unknown, _path: string, _issues: InputIssue[]): void {}
