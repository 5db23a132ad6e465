import { adapterFor, type ItemReading } from '../platforms';
import type { ItemFields } from './schema';

/** What the page's adapter found and read: the input of both the report and the health. */
export interface AdapterRun {
  adapter: string | null;
  found: number;
  readings: (ItemReading | null)[];
  /** The adapter threw: the page is shown as unreadable, never broken. */
  error: boolean;
}

/** Runs the adapter for `doc`'s address over the whole page; never throws. */
export function runAdapter(doc: Document): AdapterRun {
  let url: URL;
  try {
    url = new URL(doc.URL);
  } catch {
    return { adapter: null, found: 0, readings: [], error: false };
  }
  const adapter = adapterFor(url);
  if (!adapter) return { adapter: null, found: 0, readings: [], error: false };
  try {
    const items = adapter.findItems(doc);
    const readings = items.map((el) => {
      try {
        return adapter.read(el);
      } catch {
        return null;
      }
    });
    return { adapter: adapter.id, found: items.length, readings, error: false };
  } catch {
    return { adapter: adapter.id, found: 0, readings: [], error: true };
  }
}

/** The fields an item reading can have, flattened (the parent's as parent.*). */
export const FIELDS = [
  'author', 'text', 'authorUrl', 'permalink', 'itemId', 'publishedText', 'publishedAt',
  'parent.author', 'parent.text', 'parent.permalink',
] as const;

const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Which fields one reading has, by name only; a reading that failed has every field absent. */
export function itemFields(reading: ItemReading | null): ItemFields {
  if (!reading) return { kind: null, present: [], absent: [...FIELDS], unreadable: [] };
  const value = (field: (typeof FIELDS)[number]) =>
    field.startsWith('parent.') ? reading.parent?.[field.slice(7) as 'author' | 'text' | 'permalink'] : reading[field as keyof ItemReading];
  const present = FIELDS.filter((f) => filled(value(f)));
  return {
    kind: reading.kind,
    present,
    absent: FIELDS.filter((f) => !present.includes(f)),
    // Names from the adapter's own vocabulary; anything else is not a field name and is dropped.
    unreadable: (reading.unreadable ?? []).filter((f) => /^[a-zA-Z.]{1,40}$/.test(f)),
  };
}

/** Field name → number of items that could not give it (named unreadable, or a failed reading). */
export function unreadableFields(readings: (ItemReading | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const reading of readings) {
    const names = reading ? (reading.unreadable ?? []) : ['item'];
    for (const name of names) if (/^[a-zA-Z.]{1,40}$/.test(name)) counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
