/**
 * Names that reach an object's prototype when used as a key (`obj[id]`): refused as keys anywhere
 * in a document and as ids or references to ids, so an id can never alias a built-in property.
 */
export const RESERVED_NAMES = ['__proto__', 'constructor', 'prototype'] as const;

const RESERVED = new Set<string>(RESERVED_NAMES);

export function isReservedName(name: string): boolean {
  return RESERVED.has(name);
}

/** JSON Schema keywords to add to a string schema of an id: not one of the reserved names. */
export const NOT_RESERVED = { not: { enum: [...RESERVED_NAMES] } } as const;

export const RESERVED_NAME_MESSAGE =
  'expected an ordinary name, got a reserved one (__proto__, constructor and prototype are refused)';
