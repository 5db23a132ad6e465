import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEarkPackage } from '../../../lib/export/eark/package';
import { buildRegistrarEmail, buildRegistrarEmailFile, registrarEmailSubject, safeFileName } from '../../../lib/export/eml';
import { buildRecordPdf } from '../../../lib/export/pdf';
import { sha256Hex } from '../../../lib/records/digests';
import { EXPORTED_AT, HOSTILE_TEXTS, PROFILE, auditFor, hostileRecords, makePng, makeRecord } from './fixtures';

const FROM = 'asa.oberg@tyreso.se';
const TO = 'registrator@tyreso.se';

describe('buildRegistrarEmail', () => {
  it('makes an e-mail the registrar can open, with the package attached byte for byte', async () => {
    const png = makePng(20, 20);
    const records = [await makeRecord(1, {}, png), await makeRecord(2)];
    const { bytes: zip, summary } = await buildEarkPackage({ records, audit: records.flatMap(auditFor), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots: new Map([[records[0]!.id, png]]) });
    const raw = await buildRegistrarEmail({
      records,
      audit: records.flatMap(auditFor),
      exportedBy: PROFILE,
      exportedAt: EXPORTED_AT,
      from: FROM,
      to: TO,
      attachments: [{ filename: summary.fileName, contentType: 'application/zip', bytes: zip }],
      note: 'Gäller sidan Tyresö kommun.',
    });
    expect(raw).toMatch(/^[\x20-\x7e\r\n]*$/); // 7-bit clean: every part encoded
    expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/\n/); // CRLF only

    const mail = await PostalMime.parse(raw);
    expect(mail.subject).toBe(registrarEmailSubject(2));
    expect(mail.subject).toBe('Fångade inlägg för registrering (2 st)');
    expect(mail.from).toEqual({ name: 'Åsa Öberg', address: FROM });
    expect(mail.to).toEqual([{ name: '', address: TO }]);
    expect(mail.date).toBe('2024-03-05T13:07:09.000Z');
    expect(mail.messageId).toMatch(/^<[0-9a-f]{32}@tyreso\.se>$/);
    expect(mail.headers.find((h) => h.key === 'x-unsent')?.value).toBe('1');
    expect(mail.html).toBeUndefined();
    const body = mail.text ?? '';
    expect(body).toContain('Här kommer 2 fångade inlägg och kommentarer');
    expect(body).toContain('Gäller sidan Tyresö kommun.');
    expect(body).toContain('Författare: Kalle Änglund 1');
    expect(body).toContain(`SHA-256 innehåll: ${records[0]!.contentSha256}`);
    expect(body).toContain(await sha256Hex(zip));
    expect(body).toContain('Med vänlig hälsning\r\nÅsa Öberg\r\nKommunikatör\r\nKommunikationsenheten');

    expect(mail.attachments).toHaveLength(1);
    const attachment = mail.attachments[0]!;
    expect(attachment.filename).toBe(summary.fileName);
    expect(attachment.mimeType).toBe('application/zip');
    const got = new Uint8Array(attachment.content as ArrayBuffer);
    expect(await sha256Hex(got)).toBe(await sha256Hex(zip));
    expect(got).toEqual(zip);
  });

  it('attaches one PDF per record and is the same for the same input', async () => {
    const records = [await makeRecord(1), await makeRecord(2)];
    const pdfs = await Promise.all(records.map((record) => buildRecordPdf({ record, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT })));
    const input = {
      records,
      audit: [],
      exportedBy: PROFILE,
      exportedAt: EXPORTED_AT,
      from: FROM,
      to: TO,
      attachments: records.map((r, i) => ({ filename: `${r.id}.pdf`, contentType: 'application/pdf', bytes: pdfs[i]! })),
    };
    const raw = await buildRegistrarEmail(input);
    expect(await buildRegistrarEmail(input)).toBe(raw);
    expect(new TextDecoder().decode(await buildRegistrarEmailFile(input))).toBe(raw);
    const mail = await PostalMime.parse(raw);
    expect(mail.attachments.map((a) => a.filename)).toEqual(records.map((r) => `${r.id}.pdf`));
    for (const [i, a] of mail.attachments.entries()) expect(await sha256Hex(new Uint8Array(a.content as ArrayBuffer))).toBe(await sha256Hex(pdfs[i]!));
  });

  it('shows hidden and reordering characters as codes and never breaks the message', async () => {
    const { records } = await hostileRecords();
    const raw = await buildRegistrarEmail({ records, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT, from: FROM, to: TO, attachments: [] });
    const body = (await PostalMime.parse(raw)).text ?? '';
    expect(body).toContain(`Författare: ${HOSTILE_TEXTS.html}`);
    expect(body).toContain(`Text (utdrag): ${HOSTILE_TEXTS.formula}`);
    expect(body).toContain('Text (utdrag): abc[U+202E]txt.exe');
    expect(body).toContain('Text (utdrag): a[U+200B]b[U+200C]c[U+200D]d[U+FEFF]e');
    expect(body).toContain('Text (utdrag): före[U+0000]efter');
    expect(body).toContain('Text (utdrag): x[U+D800]y');
    expect(body).toContain('Text (utdrag): Lång text med å ä ö och 😀 emoji.');
    expect(body.length).toBeLessThan(20_000); // excerpts, not 100,000 characters
    expect(body).not.toMatch(/[\u0000\u202E\u200B]/);
  });

  it('refuses addresses that could inject headers, and makes file names header-safe', async () => {
    const base = { records: [], audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT, attachments: [] };
    await expect(buildRegistrarEmail({ ...base, from: FROM, to: 'a@b.se\r\nBcc: x@y.se' })).rejects.toThrow(/mottagare/);
    await expect(buildRegistrarEmail({ ...base, from: 'inte en adress', to: TO })).rejects.toThrow(/avsändare/);
    expect(safeFileName('Kommentar "åäö".pdf')).toBe('Kommentar______.pdf');
    expect(safeFileName('../x')).toBe('__x'); // no leading dots, no slashes
  });
});
