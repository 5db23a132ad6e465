import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from '../../../lib/guide/default-guide';
import { exportGuideFile, parseGuideFile } from '../../../lib/settings/guide-settings-file';
import { DEFAULT_TEMPLATES } from '../../../lib/templates/default-templates';

describe('the guide file with templates', () => {
  it('round-trips the guide and the organisation’s templates', () => {
    const text = exportGuideFile(DEFAULT_GUIDE, DEFAULT_TEMPLATES);
    expect(parseGuideFile(text)).toEqual({ ok: true, guide: DEFAULT_GUIDE, templates: DEFAULT_TEMPLATES });
  });

  it('reads a plain guide file (no templates): the templates are then left as they are', () => {
    const result = parseGuideFile(JSON.stringify(DEFAULT_GUIDE));
    expect(result).toEqual({ ok: true, guide: DEFAULT_GUIDE });
  });

  it('accepts a byte-order mark', () => {
    expect(parseGuideFile(`\uFEFF${exportGuideFile(DEFAULT_GUIDE, [])}`)).toMatchObject({ ok: true, templates: [] });
  });

  it('refuses, with the guide reader’s message, a file that is not JSON, not a guide, or an invalid guide', () => {
    expect(parseGuideFile('{ "version": 1,')).toMatchObject({ ok: false, message: { sv: expect.stringContaining('inte en giltig JSON-fil') } });
    expect(parseGuideFile('[]')).toMatchObject({ ok: false, message: { sv: expect.stringContaining('innehåller inte en guide') } });
    expect(parseGuideFile(JSON.stringify({ ...DEFAULT_GUIDE, version: 2 }))).toMatchObject({ ok: false, message: { sv: expect.stringContaining('version 2') } });
    const empty = parseGuideFile(JSON.stringify({ ...DEFAULT_GUIDE, organisation: '' }));
    expect(empty).toEqual({ ok: false, message: { sv: 'Fältet ”organisation” är tomt.', en: 'The field “organisation” is empty.' } });
  });

  it('refuses the whole file when one template is invalid, naming the template and the variable', () => {
    const templates = [DEFAULT_TEMPLATES[0], { ...DEFAULT_TEMPLATES[1], body: { sv: 'Hej {{okänd}}!' } }];
    const result = parseGuideFile(JSON.stringify({ ...DEFAULT_GUIDE, templates }));
    expect(result).toEqual({
      ok: false,
      message: { sv: 'Mall 2 i filen: Okänd variabel {{okänd}} i mallens text (sv).', en: 'Template 2 in the file: Unknown variable {{okänd}} in the template text (sv).' },
    });
  });

  it('refuses templates that are not a list, too many, or with a repeated id', () => {
    expect(parseGuideFile(JSON.stringify({ ...DEFAULT_GUIDE, templates: {} }))).toMatchObject({ ok: false, message: { sv: expect.stringContaining('”templates”') } });
    const many = Array.from({ length: 201 }, (_, i) => ({ ...DEFAULT_TEMPLATES[0], id: `t-${i}` }));
    expect(parseGuideFile(JSON.stringify({ ...DEFAULT_GUIDE, templates: many }))).toMatchObject({ ok: false, message: { sv: 'Filen har fler än 200 mallar.' } });
    const twice = [DEFAULT_TEMPLATES[0], DEFAULT_TEMPLATES[0]];
    expect(parseGuideFile(JSON.stringify({ ...DEFAULT_GUIDE, templates: twice }))).toMatchObject({ ok: false, message: { sv: 'Mall-id ”praise-thanks” förekommer mer än en gång.' } });
  });
});
