/**
 * With a locale, a numeric `count` picks the plural form "<key>.one" / "<key>.other" where the
 * catalog has one.
 * `{name}` in a message is replaced by vars.name; an unknown name stays as written. Each message
 * is split at its placeholders once, on first use: the toolbar names every button after its
 * comment's author (issue 3: 200 names in the frame that decorates 100 appended comments, where
 * a regular-expression replace per name cost ~1 ms).
 */
export function makeTranslator<K extends string>(catalog: Record<K, string>, locale?: string): (key: K, vars?: Record<string, string | number>) => string {
  // [text, name, text, name, …, text]: names at odd positions.
  const split = new Map<K, string[]>();
  const rules = locale ? new Intl.PluralRules(locale) : undefined;
  return (rawKey, vars) => {
    // Plural forms: with a numeric `count`, "<key>.<category>" (Intl.PluralRules: one, other…)
    // is used where the catalog has it, so "1 post" and "2 poster" come from one call.
    let key = rawKey;
    if (rules && typeof vars?.count === 'number') {
      const form = `${rawKey}.${rules.select(vars.count)}` as K;
      if (form in catalog) key = form;
    }
    const message = catalog[key];
    if (!vars) return message;
    let parts = split.get(key);
    if (!parts) {
      parts = message.split(/\{(\w+)\}/);
      split.set(key, parts);
    }
    let out = parts[0]!;
    for (let i = 1; i < parts.length; i += 2) {
      const name = parts[i]!;
      out += (name in vars ? String(vars[name]) : `{${name}}`) + parts[i + 1]!;
    }
    return out;
  };
}
