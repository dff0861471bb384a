// PLACEHOLDER owned by the visitor-model work (issue 3): replaced by the real part schema.
import { Type } from '@sinclair/typebox';
export const VisitorPartSchema = Type.Object({}, { additionalProperties: true });
