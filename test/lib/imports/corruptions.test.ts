import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackup } from '../../../lib/backup/read';
import { writeBackup } from '../../../lib/backup/write';
import { DEFAULT_GUIDE } from '../../../lib/guide/default-guide';
import { parseGuide } from '../../../lib/guide/guide-file';
import { queueSv } from '../../../lib/i18n/messages/queue.sv';
import { queueEn } from '../../../lib/i18n/messages/queue.en';
import { exportGuideFile, parseGuideFile } from '../../../lib/settings/guide-settings-file';
import { DEFAULT_TEMPLATES } from '../../../lib/templates/default-templates';
import { validateTemplate } from '../../../lib/templates/validate-template';
import { mulberry32, seedFromEnv } from '../../support/prng.mjs';
import { freshDb, makeRecord, seed } from '../records/helpers';
import { corruptions, type Corruption } from './corrupt';

// Issue 7, imports: seeded corruptions of every file the extension reads (guide file, guide file
// with templates, one template, backup): truncated, random bytes, wrong types, missing fields,
// oversize, wrong version, deep nesting, prototype keys. Each must be refused with a message
// that says what is wrong (not a crash, not a generic "error"). The store side ("nothing
// changes") is the browser test's (test/e2e/imports.e2e.ts) and the parsers' all-or-nothing
// contract: they return a value or a reason and write nothing.

const SEED = seedFromEnv();
const random = mulberry32(SEED);
const counts: Record<string, Record<string, number>> = {};
const count = (file: string, kind: string) => ((counts[file] ??= {})[kind] = (counts[file]![kind] ?? 0) + 1);
afterAll(() => {
  const total = Object.values(counts).reduce((n, c) => n + Object.values(c).reduce((a, b) => a + b, 0), 0);
  console.log(`Import corruptions (seed ${SEED}): ${total} refused: ${JSON.stringify(counts)}`);
});

const GENERIC = new Set(['Filen är ogiltig.', 'The file is invalid.', 'Mallen är ogiltig.', 'The template is invalid.', 'error', 'Error']);

function expectSpecific(message: { sv: string; en: string }, c: Corruption) {
  for (const text of [message.sv, message.en]) {
    expect(typeof text, c.kind).toBe('string');
    expect(text.length, c.kind).toBeGreaterThan(10);
    expect(GENERIC.has(text), `${c.kind}: generic message "${text}"`).toBe(false);
  }
}

const guide = JSON.parse(JSON.stringify(DEFAULT_GUIDE));
const guideOptions = {
  version: true,
  required: [['version'], ['organisation'], ['website'], ['categories'], ['categories', 'praise'], ['categories', 'question', 'adminFirst'], ['categories', 'remove', 'name', 'sv'], ['removalReasons'], ['removalReasons', 0, 'id'], ['removalReasons', 1, 'label'], ['flowQuestions'], ['flowQuestions', 0, 'question'], ['politicalReferral'], ['politicalReferral', 'en']],
  strings: [['organisation'], ['website'], ['source'], ['removalReasons', 0, 'id'], ['categories', 'praise', 'name', 'sv'], ['categories', 'question', 'adminLast', 'en'], ['removalReasons', 0, 'label', 'sv'], ['flowQuestions', 1, 'question', 'en'], ['politicalReferral', 'sv'], ['removalReasons', 2, 'section']],
  arrays: [['removalReasons'], ['flowQuestions']],
};

describe(`imports refuse corrupted files with a specific message (seed ${SEED})`, () => {
  it('guide files (parseGuide): 80 corruptions', () => {
    for (const c of corruptions(guide, random, 80, guideOptions)) {
      let result: ReturnType<typeof parseGuide>;
      expect(() => (result = parseGuide(c.text)), c.kind).not.toThrow();
      expect(result!.ok, `${c.kind} was accepted: ${c.text.slice(0, 200)}`).toBe(false);
      if (!result!.ok) expectSpecific(result!.error.message, c);
      count('guide', c.kind);
    }
    expect(Object.prototype).not.toHaveProperty('version');
    expect(Object.prototype).not.toHaveProperty('organisation');
  });

  const withTemplates = JSON.parse(exportGuideFile(DEFAULT_GUIDE, DEFAULT_TEMPLATES));
  const templateOptions = {
    version: true,
    required: [['templates', 0, 'id'], ['templates', 1, 'name'], ['templates', 2, 'body'], ['templates', 0, 'body', 'sv'], ['templates', 3, 'category'], ['organisation'], ['version']],
    strings: [['templates', 0, 'body', 'sv'], ['templates', 1, 'name', 'sv'], ['templates', 2, 'body', 'en'], ['templates', 0, 'id']],
    arrays: [['templates']],
    nullable: ['category'],
  };

  it('guide files with templates (parseGuideFile, the options page import): 60 corruptions', () => {
    for (const c of corruptions(withTemplates, random, 60, templateOptions)) {
      let result: ReturnType<typeof parseGuideFile>;
      expect(() => (result = parseGuideFile(c.text)), c.kind).not.toThrow();
      expect(result!.ok, `${c.kind} was accepted: ${c.text.slice(0, 200)}`).toBe(false);
      if (!result!.ok) expectSpecific(result!.message, c);
      count('guide+templates', c.kind);
    }
  });

  it('templates (validateTemplate): 40 corruptions, each naming the field', () => {
    const template = JSON.parse(JSON.stringify(DEFAULT_TEMPLATES[0]));
    const options = { required: [['id'], ['name'], ['name', 'sv'], ['category'], ['body'], ['body', 'sv']], strings: [['body', 'sv'], ['name', 'en'], ['id']], nullable: ['category'] };
    for (const c of corruptions(template, random, 40, options)) {
      let value: unknown;
      try {
        value = JSON.parse(c.text);
      } catch {
        count('template (not JSON: refused by the file reader)', c.kind);
        continue;
      }
      const result = validateTemplate(value);
      expect(result.ok, `${c.kind} was accepted: ${c.text.slice(0, 200)}`).toBe(false);
      if (!result.ok) {
        expect(result.issues.length).toBeGreaterThan(0);
        expectSpecific(result.issues[0]!.message, c);
      }
      count('template', c.kind);
    }
  });

  it('backups (readBackup, the restore): 60 corruptions, each with its own reason', async () => {
    const db = freshDb();
    const records = await Promise.all([1, 2, 3].map(() => makeRecord()));
    await seed(db, records);
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
    const { sha256Hex } = await import('../../../lib/records/digests');
    const withShot = await makeRecord({ screenshot: { status: 'ok', mime: 'image/png', width: 1, height: 1, bytes: png.length, sha256: await sha256Hex(png) } });
    await seed(db, [withShot]);
    await db.screenshots.add({ recordId: withShot.id, blob: new Blob([png], { type: 'image/png' }) });
    const written = await writeBackup(db, new Date('2024-04-01T10:00:00.000Z'));
    const valid = new Uint8Array(await new Blob(written.chunks as BlobPart[]).arrayBuffer());
    expect((await readBackup(valid)).ok).toBe(true);
    const entries = unzipSync(valid);
    const json = JSON.parse(new TextDecoder().decode(entries['backup.json']));
    const shotFile = Object.keys(entries).find((f) => f.startsWith('screenshots/'))!;
    const rezip = (text: string, extra: Record<string, Uint8Array> = {}) => zipSync({ [shotFile]: entries[shotFile]!, 'backup.json': strToU8(text), ...extra });

    const files: Corruption[] = [];
    const bytesOf = new Map<Corruption, Uint8Array>();
    const add = (kind: string, bytes: Uint8Array) => {
      const c = { kind, text: '' };
      files.push(c);
      bytesOf.set(c, bytes);
    };
    for (let i = 0; i < 8; i++) add('truncated zip', valid.subarray(0, 4 + Math.floor(random() * (valid.length - 30))));
    for (let i = 0; i < 5; i++) add('random bytes', Uint8Array.from({ length: 1 + Math.floor(random() * 5000) }, () => Math.floor(random() * 256)));
    add('another zip', zipSync({ 'readme.txt': strToU8('hej') }));
    add('backup.json not UTF-8', zipSync({ 'backup.json': new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) }));
    add('screenshot missing', zipSync({ 'backup.json': entries['backup.json']! }));
    add('screenshot altered', rezip(JSON.stringify(json), { [shotFile]: new Uint8Array([...entries[shotFile]!].map((b, i) => (i === 10 ? b ^ 1 : b))) }));
    add('record text altered', rezip(JSON.stringify({ ...json, records: json.records.map((r: { text: string }, i: number) => (i === 0 ? { ...r, text: `${r.text}!` } : r)) })));
    const options = {
      version: true,
      required: [['format'], ['version'], ['createdAt'], ['records'], ['audit'], ['disposals'], ['screenshots'], ['records', 0, 'id'], ['records', 1, 'text'], ['records', 2, 'contentSha256'], ['records', 0, 'capturedBy'], ['audit', 0, 'recordId'], ['screenshots', 0, 'sha256']],
      strings: [['records', 0, 'author'], ['records', 1, 'pageUrl'], ['audit', 0, 'by'], ['records', 2, 'key']],
      arrays: [['records', 0, 'unreadable'], ['records', 1, 'flags']],
    };
    for (const c of corruptions(json, random, 42, options)) add(c.kind, rezip(c.text));

    const seen: Record<string, number> = {};
    for (const c of files) {
      const result = await readBackup(bytesOf.get(c)!);
      expect(result.ok, `${c.kind} was accepted`).toBe(false);
      if (!result.ok) {
        const { code, detail } = result.problem;
        seen[code] = (seen[code] ?? 0) + 1;
        // The UI words every code in both languages; "invalid" names the field.
        expect(queueSv[`queue.restore.error.${code}` as keyof typeof queueSv], code).toBeTruthy();
        expect(queueEn[`queue.restore.error.${code}` as keyof typeof queueEn], code).toBeTruthy();
        if (code === 'invalid') expect(detail, c.kind).toMatch(/^[\w.]+: .+/);
      }
      count('backup', c.kind);
    }
    expect(files.length).toBe(60);
    console.log(`Backup corruptions by reason: ${JSON.stringify(seen)}`);
    db.close();
  });
});
