/**
 * Every value of a generated enum union, in the order written. The argument must name each
 * value exactly once (a Record over the union), so a value the API adds fails the compiler
 * here instead of going missing from a picker.
 */
export function enumValues<T extends string>(all: Record<T, true>): T[] {
  return Object.keys(all) as T[];
}

/** `value` when it is one of `values` (a URL parameter, say), else undefined. */
export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): T | undefined {
  return values.find((candidate) => candidate === value);
}
