/**
 * The value at a zod issue's path in the input that was checked: undefined when the path leads
 * nowhere. A refusal says "missing" for that, "wrong type" for anything else.
 */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const p of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[p];
  }
  return v;
}
