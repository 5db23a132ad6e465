/** `{name}` in a message is replaced by vars.name; an unknown name stays as written. */
export function makeTranslator<K extends string>(catalog: Record<K, string>): (key: K, vars?: Record<string, string | number>) => string {
  return (key, vars) => {
    const message = catalog[key];
    if (!vars) return message;
    return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
