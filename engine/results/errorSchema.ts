/** `kind: "error"` — what `--json` prints when an input is rejected (exit code 2). */
import { Type, type Static } from '@sinclair/typebox';
import { ERROR_CODE_LIST } from '../errors.js';
import { FORMAT_VERSION } from './common.js';

export const ErrorResultSchema = Type.Object(
  {
    kind: Type.Literal('error'),
    formatVersion: Type.Literal(FORMAT_VERSION),
    errors: Type.Array(
      Type.Object(
        {
          code: Type.Union(ERROR_CODE_LIST.map((c) => Type.Literal(c))),
          path: Type.String(),
          message: Type.String(),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
  },
  { additionalProperties: false, $id: 'urn:wardsim:result:error', title: 'wardsim input error' },
);
export type ErrorResult = Static<typeof ErrorResultSchema>;
