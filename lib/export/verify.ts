import { unzipSync } from 'fflate';
import { contentDigest, sha256Hex } from '../records/digests';
import { JsonExportSchema } from './json';

/**
 * Recomputes the digests of an export package (the zip's bytes) and reports every mismatch:
 * each file's SIZE and SHA-256 against the root and representation METS, files in the zip that
 * no METS lists, and each record's content digest and screenshot digest against the values
 * stored at capture time. Reads only what writeEarkPackage writes, without an XML parser,
 * so it runs in a service worker (no DOMParser there).
 */

export type VerifyProblemKind = 'unreadable' | 'missing' | 'unlisted' | 'size' | 'checksum' | 'content-digest' | 'screenshot-digest' | 'unverifiable';

export interface VerifyProblem {
  kind: VerifyProblemKind;
  /** Path from the package root. */
  path: string;
  expected?: string;
  actual?: string;
  /** In Swedish, for the person verifying. */
  message: string;
}

export interface VerifyReport {
  ok: boolean;
  packageId?: string;
  /** Files whose size and checksum were compared with a METS entry. */
  checkedFiles: number;
  /** Records whose content digest was recomputed. */
  checkedRecords: number;
  problems: VerifyProblem[];
}

interface Listed {
  path: string;
  size?: number;
  checksum?: string;
  checksumType?: string;
}

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(value: string): string {
  return value.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(parseInt(dec, 10)) : (NAMED[name ?? ''] ?? ''),
  );
}

function attributesOf(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1] ?? '', unescapeXml(m[2] ?? m[3] ?? ''));
  return out;
}

/** Resolves an href against the folder of the METS file that holds it. */
function resolve(folder: string, href: string): string {
  let decoded = href;
  try {
    decoded = decodeURI(href);
  } catch {
    // Keep the href as written.
  }
  const parts = (folder ? `${folder}/${decoded}` : decoded).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** The files a METS document lists: file/FLocat in the fileSec and mdRef in metadata sections. */
function listedIn(mets: string, folder: string): Listed[] {
  const out: Listed[] = [];
  for (const m of mets.matchAll(/<(?:\w+:)?file\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?file>/g)) {
    const file = attributesOf(m[1] ?? '');
    const flocat = /<(?:\w+:)?FLocat\b([^>]*)>/.exec(m[2] ?? '');
    const href = flocat ? attributesOf(flocat[1] ?? '').get('xlink:href') : undefined;
    if (href === undefined) continue;
    out.push({ path: resolve(folder, href), size: Number(file.get('SIZE')), checksum: file.get('CHECKSUM'), checksumType: file.get('CHECKSUMTYPE') });
  }
  for (const m of mets.matchAll(/<(?:\w+:)?mdRef\b([^>]*)>/g)) {
    const ref = attributesOf(m[1] ?? '');
    const href = ref.get('xlink:href');
    if (href === undefined) continue;
    out.push({ path: resolve(folder, href), size: Number(ref.get('SIZE')), checksum: ref.get('CHECKSUM'), checksumType: ref.get('CHECKSUMTYPE') });
  }
  return out;
}

export async function verifyPackage(zipBytes: Uint8Array): Promise<VerifyReport> {
  const problems: VerifyProblem[] = [];
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zipBytes);
  } catch (e) {
    return { ok: false, checkedFiles: 0, checkedRecords: 0, problems: [{ kind: 'unreadable', path: '', message: `Zip-filen kan inte läsas: ${String(e)}` }] };
  }
  const names = Object.keys(entries).filter((n) => !n.endsWith('/'));
  const rootMetsName = names.filter((n) => /^([^/]+\/)?METS\.xml$/.test(n)).sort((a, b) => a.length - b.length)[0];
  if (rootMetsName === undefined) {
    return { ok: false, checkedFiles: 0, checkedRecords: 0, problems: [{ kind: 'missing', path: 'METS.xml', message: 'Paketet saknar METS.xml i roten.' }] };
  }
  const prefix = rootMetsName.slice(0, -'METS.xml'.length);
  const file = (path: string): Uint8Array | undefined => entries[prefix + path];
  const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

  const rootMets = text(entries[rootMetsName]!);
  const packageId = /<(?:\w+:)?mets\b[^>]*?\sOBJID\s*=\s*"([^"]*)"/.exec(rootMets)?.[1];
  const listed = listedIn(rootMets, '');
  // Representation METS files are listed in the root; what they list is resolved from their own folder.
  for (const entry of [...listed]) {
    const bytes = file(entry.path);
    if (bytes && /(^|\/)representations\/[^/]+\/METS\.xml$/.test(entry.path)) {
      listed.push(...listedIn(text(bytes), entry.path.slice(0, -'/METS.xml'.length)));
    }
  }

  let checkedFiles = 0;
  const seen = new Set<string>(['METS.xml']);
  for (const entry of listed) {
    seen.add(entry.path);
    const bytes = file(entry.path);
    if (!bytes) {
      problems.push({ kind: 'missing', path: entry.path, message: `Filen ${entry.path} står i METS men finns inte i paketet.` });
      continue;
    }
    checkedFiles++;
    if (entry.size !== bytes.length) {
      problems.push({ kind: 'size', path: entry.path, expected: String(entry.size), actual: String(bytes.length), message: `Storleken på ${entry.path} stämmer inte med METS.` });
    }
    if (entry.checksumType !== 'SHA-256') {
      problems.push({ kind: 'checksum', path: entry.path, expected: entry.checksumType, message: `Kontrollsumman för ${entry.path} är inte SHA-256 och kan inte kontrolleras.` });
      continue;
    }
    const actual = await sha256Hex(bytes);
    if (actual !== entry.checksum?.toLowerCase()) {
      problems.push({ kind: 'checksum', path: entry.path, expected: entry.checksum, actual, message: `SHA-256 för ${entry.path} stämmer inte med METS: filen är ändrad.` });
    }
  }
  for (const name of names) {
    const path = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    if (!seen.has(path)) problems.push({ kind: 'unlisted', path, message: `Filen ${path} finns i paketet men står inte i någon METS.` });
  }

  // Records: the digests stored at capture time against the content and screenshot in the package.
  let checkedRecords = 0;
  for (const path of names.map((n) => n.slice(prefix.length)).filter((p) => /^representations\/[^/]+\/data\/[^/]+\.json$/.test(p))) {
    const parsed = JsonExportSchema.safeParse((() => {
      try {
        return JSON.parse(text(file(path)!));
      } catch {
        return undefined;
      }
    })());
    if (!parsed.success) {
      problems.push({ kind: 'unreadable', path, message: `${path} är inte en giltig exportfil.` });
      continue;
    }
    for (const record of parsed.data.records) {
      let digest: string | undefined;
      try {
        digest = await contentDigest(record);
      } catch {
        problems.push({ kind: 'unverifiable', path, message: `Innehållssumman för post ${record.id} kan inte räknas om: texten innehåller tecken (ensamma surrogattecken) som kanonisk JSON inte tillåter.` });
      }
      if (digest !== undefined) {
        checkedRecords++;
        if (digest !== record.contentSha256) {
          problems.push({ kind: 'content-digest', path, expected: record.contentSha256, actual: digest, message: `Innehållet i post ${record.id} stämmer inte med summan från fångsten.` });
        }
      }
      if (record.screenshot.status === 'ok') {
        const folder = path.slice(0, path.lastIndexOf('/') + 1);
        const shotPath = [`${folder}${record.id}.png`, `${folder}${record.id}.jpg`].find((p) => file(p) !== undefined);
        if (shotPath === undefined) {
          problems.push({ kind: 'missing', path: `${folder}${record.id}.png`, message: `Skärmbilden till post ${record.id} saknas i paketet.` });
          continue;
        }
        const actual = await sha256Hex(file(shotPath)!);
        if (actual !== record.screenshot.sha256) {
          problems.push({ kind: 'screenshot-digest', path: shotPath, expected: record.screenshot.sha256, actual, message: `Skärmbilden till post ${record.id} stämmer inte med summan från fångsten.` });
        }
      }
    }
  }

  return { ok: problems.length === 0, packageId, checkedFiles, checkedRecords, problems };
}
