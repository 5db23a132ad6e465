import type { RecordsDb } from './db';
import type { CaptureRecord } from './schema';
import type { VersionChange } from './version-changes';

/**
 * Versions of one item (issue 18 point 3): a later capture of an item already in the store is
 * its own record (own screenshot, own digests, own audit), linked to the first capture by
 * `versionOf` and numbered by `version`. Nothing earlier is ever overwritten: an edited comment
 * is evidence in itself. All versions share the item's key (platform + item id, else the digest).
 */

export { VERSION_CHANGES, type VersionChange } from './version-changes';

type Compared = Pick<CaptureRecord, 'text' | 'author' | 'publishedText' | 'publishedAt' | 'parent' | 'permalink'>;

export function versionChanges(before: Compared, after: Compared): VersionChange[] {
  const changes: VersionChange[] = [];
  if (before.text !== after.text) changes.push('text');
  if (before.author !== after.author) changes.push('author');
  if (before.publishedText !== after.publishedText || before.publishedAt !== after.publishedAt) changes.push('published');
  if (JSON.stringify(before.parent ?? null) !== JSON.stringify(after.parent ?? null)) changes.push('parent');
  if (before.permalink !== after.permalink) changes.push('link');
  return changes;
}

/** The number a record has among its item's versions: the first capture is 1. */
export const versionNumber = (record: Pick<CaptureRecord, 'version'>): number => record.version ?? 1;

/** Oldest version first. */
const byVersion = (a: CaptureRecord, b: CaptureRecord) => versionNumber(a) - versionNumber(b) || a.capturedAt.localeCompare(b.capturedAt);

/** Every stored version of the item `key` names, oldest first (page screenshots have keys of their own). */
export async function versionsOfKey(db: RecordsDb, key: string): Promise<CaptureRecord[]> {
  return (await db.records.where('key').equals(key).toArray()).sort(byVersion);
}

export interface VersionLink {
  /** The first capture's id: every later version points to it. */
  versionOf: string;
  /** This capture's number. */
  version: number;
  /** What differs from the latest stored version. */
  changes: VersionChange[];
}

/** Where a new capture of `next`'s item stands among the stored ones; undefined when it is the first. */
export function linkToVersions(stored: readonly CaptureRecord[], next: Compared): VersionLink | undefined {
  if (stored.length === 0) return undefined;
  const first = stored[0]!;
  const latest = stored[stored.length - 1]!;
  return { versionOf: first.versionOf ?? first.id, version: Math.max(...stored.map(versionNumber)) + 1, changes: versionChanges(latest, next) };
}

/**
 * The ids to export for a selection: each selected record with every other version of its item
 * (issue 18: an export carries all versions), the versions oldest first where the item's first
 * selected record stood, each id once.
 */
export async function withAllVersions(db: RecordsDb, ids: readonly string[]): Promise<string[]> {
  const selected = (await db.records.bulkGet([...ids])).filter((r): r is CaptureRecord => r !== undefined);
  const keys = [...new Set(selected.filter((r) => r.kind !== 'page-screenshot').map((r) => r.key))];
  const byKey = new Map<string, CaptureRecord[]>();
  for (const r of keys.length > 0 ? await db.records.where('key').anyOf(keys).toArray() : []) {
    byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);
  }
  const out: string[] = [];
  const seen = new Set<string>();
  const recordOf = new Map(selected.map((r) => [r.id, r]));
  for (const id of ids) {
    const record = recordOf.get(id);
    const group = record ? byKey.get(record.key) : undefined;
    const members = group && group.length > 1 ? group.sort(byVersion).map((r) => r.id) : [id];
    for (const m of members) {
      if (seen.has(m)) continue;
      seen.add(m);
      out.push(m);
    }
  }
  return out;
}
