// PLACEHOLDER owned by the workplace-model work (issue 4): replaced by the real relational checks.
import type { InputIssue } from '../../engine/inputError.js';
export function checkWorkplacePart(_part: unknown, _path: string, _issues: InputIssue[]): void {}
