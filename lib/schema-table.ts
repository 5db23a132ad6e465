/**
 * Schemas built when first asked for, each once. zod builds a schema's whole object graph when
 * it is declared, and the content script is evaluated at the start of every page load of the
 * sites: its tables (the answers it checks, the messages it receives) cost 1.5–4 ms there, for
 * messages that come, if at all, after the page has loaded.
 */

/** One schema, built at its first use. */
// @__NO_SIDE_EFFECTS__
export function schemaOnDemand<T>(make: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= make());
}

/** A table of schemas by key, each built at its first lookup; enumerable like a plain object. */
// @__NO_SIDE_EFFECTS__
export function tableOnDemand<T extends Record<string, () => unknown>>(makers: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const table = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(makers) as (keyof T & string)[]) {
    Object.defineProperty(table, key, {
      enumerable: true,
      configurable: true,
      get() {
        const schema = makers[key]!() as ReturnType<T[typeof key]>;
        Object.defineProperty(table, key, { value: schema, enumerable: true });
        return schema;
      },
    });
  }
  return table;
}
