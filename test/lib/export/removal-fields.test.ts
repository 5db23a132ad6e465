import { describe, expect, it } from 'vitest';
import type { CaptureRecord } from '../../../lib/records/schema';
import { buildRecordPdf } from '../../../lib/export/pdf';
import { jsonExportText, parseJsonExport } from '../../../lib/export/json';
import { pdfText } from '../../support/pdf';
import { EXPORTED_AT, PROFILE, makeRecord } from './fixtures';

// Issue 24: a record made by itself at the site's Delete or Hide says so in every export, and
// one without its picture says why.
describe('capture on removal in the exports', () => {
  it('PDF: the action and "fångad vid borttagning" among the registrar\'s fields, and why the picture is missing', async () => {
    const record = { ...(await makeRecord(1, { capturedOnRemoval: 'hidden' })), screenshot: { status: 'missing', reason: 'removed-before-shot' } } satisfies CaptureRecord;
    const text = await pdfText(await buildRecordPdf({ record, audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT }));
    const head = text.slice(0, text.indexOf('Uppgifter'));
    expect(head).toContain('Fångad vid borttagning');
    expect(head).toContain('dold, fångad vid borttagning');
    expect(text).toContain('utan skärmbild: borttagen innan bilden hann tas');
  });

  it('PDF: a record captured by hand has no such field', async () => {
    const text = await pdfText(await buildRecordPdf({ record: await makeRecord(2), audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT }));
    expect(text).not.toContain('borttagning:');
    expect(text).not.toContain('Fångad vid borttagning');
  });

  it('JSON: the field is kept and read back', async () => {
    const record = await makeRecord(3, { capturedOnRemoval: 'deleted' });
    const back = parseJsonExport(jsonExportText({ records: [record], audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT }));
    expect(back.records[0]!.capturedOnRemoval).toBe('deleted');
  });
});
