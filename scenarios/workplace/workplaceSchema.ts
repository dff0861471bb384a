// PLACEHOLDER owned by the workplace-model work (issue 4): replaced by the real part schema.
import { Type } from '@sinclair/typebox';
export const WorkplacePartSchema = Type.Object({}, { additionalProperties: true });
