import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvText } from '../../../lib/export/csv';
import { ermsXml } from '../../../lib/export/eark/erms';
import { fileNamePart, recordBaseName, uniqueNames } from '../../../lib/export/fileNames';
import { translator } from '../../../lib/i18n';
import { auditChangeText } from '../../../lib/i18n/audit-text';
import { validateXml } from '../../support/xml';
import { EXPORTED_AT, PROFILE, makeRecord } from './fixtures';

describe('export file names', () => {
  it('are <date>_<platform>_<author>_<dnr or id> in Stockholm time, safe for Windows', async () => {
    // 23:30 UTC on 31 March is 01:30 on 1 April in Stockholm (CEST).
    const record = await makeRecord(1, { author: 'Åsa "Admin" <Öberg>: CON/AUX?', capturedAt: '2024-03-31T23:30:00.000Z', diarienummer: 'KS 2024/123' });
    expect(recordBaseName(record)).toBe('2024-04-01_facebook_Åsa-Admin-Öberg-CON-AUX_KS-2024-123');
    const noDnr = await makeRecord(2, { author: '\u202Eexe.txt' });
    expect(recordBaseName(noDnr)).toMatch(new RegExp(`^\\d{4}-\\d{2}-\\d{2}_facebook_exe\\.txt_${noDnr.id}$`));
    expect(fileNamePart('CON')).toBe('CON-');
    expect([...fileNamePart('x'.repeat(500))].length).toBe(40);
  });

  it('are unique in one zip, whatever the case', () => {
    const name = uniqueNames();
    expect([name('a', 'pdf'), name('A', 'pdf'), name('a', 'pdf')]).toEqual(['a.pdf', 'A_2.pdf', 'a_3.pdf']);
  });
});

describe('registrar fields and audit words in CSV and ERMS', () => {
  it('carry diarienummer, category, reasons and action by name', async () => {
    const record = await makeRecord(1, { diarienummer: 'KS 2024/123', category: 'remove', removalReasons: ['personal-attack', 'confidential'], action: 'register' });
    const csv = csvText([record]);
    const [header, row] = csv.split('\r\n');
    expect(header!.split(';').slice(-7, -3)).toEqual(['Diarienummer', 'Kategori', 'Skäl för borttagning (§3)', 'Åtgärd']);
    expect(row!.split(';').slice(-7, -3)).toEqual(['KS 2024/123', 'Kränkande inlägg och sekretessbelagda uppgifter', 'Personangrepp (§3) | Sekretessbelagda uppgifter (§1.8, §3.3)', 'Diarieföra']);
    const { xml } = ermsXml({
      packageId: 'p',
      exportedAt: EXPORTED_AT.toISOString(),
      exportedBy: PROFILE,
      records: [record],
      audit: () => [{ recordId: record.id, at: EXPORTED_AT.toISOString(), by: 'Åsa', from: 'captured', to: 'captured', note: 'Ändrat: removalReasons, action' }],
      files: () => ({ pdf: 'a.pdf', json: 'a.json' }),
    });
    expect(xml).toContain('<note noteType="diarienummer">KS 2024/123</note>');
    expect(xml).toContain('<note noteType="kategori">Kränkande inlägg och sekretessbelagda uppgifter</note>');
    expect(xml).toContain('<note noteType="skäl för borttagning">Personangrepp (§3)</note>');
    expect(xml).toContain('<note noteType="åtgärd">Diarieföra</note>');
    expect(xml).toContain('Ändrat: skäl för borttagning, åtgärd');
    expect(xml).not.toContain('removalReasons');
    await validateXml(join(import.meta.dirname, '../../fixtures/schemas/ERMS.xsd'), new TextEncoder().encode(xml));
  });

  it('turns stored field names into words and leaves the user\'s own notes alone', () => {
    const entry = (note: string) => ({ recordId: 'r', at: EXPORTED_AT.toISOString(), by: 'Åsa', from: 'captured' as const, to: 'captured' as const, note });
    expect(auditChangeText(entry('Ändrat: removalReasons, notes'), translator('sv'))).toEqual({ change: 'Ändrat: skäl för borttagning, anteckning', note: '' });
    expect(auditChangeText(entry('Ändrat: removalReasons'), translator('en'))).toEqual({ change: 'Changed: reasons for removal', note: '' });
    expect(auditChangeText(entry('Ändrat: mitt eget ord'), translator('sv'))).toEqual({ change: '', note: 'Ändrat: mitt eget ord' });
  });
});
