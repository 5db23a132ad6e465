import type { CaptureRecord } from '../records/schema';
import { stockholmTime } from './stockholmTime';

/** Characters Windows refuses in names, path separators, and controls or invisible format characters. */
const UNSAFE = /[<>:"/\\|?*\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}]+/gu;
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const PART_MAX = 40;

/** One part of a file name: NFC, no reserved or invisible characters, spaces as '-', at most PART_MAX characters. */
export function fileNamePart(value: string, max = PART_MAX): string {
  const cleaned = value
    .normalize('NFC')
    .replace(UNSAFE, '-')
    .replace(/[\s_]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  const cut = [...cleaned].slice(0, max).join('').replace(/[-.]+$/, '');
  return RESERVED.test(cut) ? `${cut}-` : cut;
}

/**
 * `<date>_<platform>_<author>_<dnr or id>`, the date of capture in Stockholm time as the UI shows
 * it ("2024-03-05_facebook_Kalle-Änglund_KS-2024-123"), without the extension. Safe on Windows
 * and in an e-archive package: no reserved characters or names, at most about 150 characters.
 */
export function recordBaseName(record: CaptureRecord): string {
  const date = stockholmTime(record.capturedAt).slice(0, 10);
  const author = fileNamePart(record.author) || 'okand';
  const ref = record.diarienummer ? fileNamePart(record.diarienummer, 50) || record.id : record.id;
  return `${date}_${record.platform}_${author}_${ref}`;
}

/** Hands out names unique within one zip (case-insensitively, as Windows and macOS compare them): a repeat gets "_2", "_3". */
export function uniqueNames(): (base: string, ext: string) => string {
  const used = new Set<string>();
  return (base, ext) => {
    let name = `${base}.${ext}`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}_${n}.${ext}`;
    used.add(name.toLowerCase());
    return name;
  };
}
