import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE, exportGuide, parseGuide, type Guide } from '../../../lib/guide';

const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(DEFAULT_GUIDE)) as Record<string, unknown>;

function errorOf(input: unknown) {
  const r = parseGuide(input);
  if (r.ok) throw new Error('expected an error');
  return r.error;
}

describe('exportGuide / parseGuide', () => {
  it('round-trips the default guide exactly', () => {
    const text = exportGuide(DEFAULT_GUIDE);
    expect(text.endsWith('}\n')).toBe(true);
    const r = parseGuide(text);
    expect(r).toEqual({ ok: true, guide: DEFAULT_GUIDE });
  });

  it('accepts an already parsed object and a file with a byte-order mark', () => {
    expect(parseGuide(clone()).ok).toBe(true);
    expect(parseGuide(`\uFEFF${exportGuide(DEFAULT_GUIDE)}`).ok).toBe(true);
  });

  it('returns a new object, never the input', () => {
    const input = clone();
    const r = parseGuide(input);
    expect(r.ok && r.guide).not.toBe(input);
  });

  it('refuses to export an invalid guide', () => {
    expect(() => exportGuide({ ...DEFAULT_GUIDE, organisation: '' } as Guide)).toThrow();
  });

  it('says when the file is not JSON', () => {
    const e = errorOf('{"version": 1,');
    expect(e).toEqual({
      kind: 'not-json',
      message: {
        sv: 'Filen är inte en giltig JSON-fil. Välj en guide som exporterats från Kommentarsvakt.',
        en: 'The file is not valid JSON. Choose a guide exported from Kommentarsvakt.',
      },
    });
    expect(errorOf('').kind).toBe('not-json');
  });

  it('says when the JSON is not an object', () => {
    expect(errorOf('[1,2]').kind).toBe('not-an-object');
    expect(errorOf('null').kind).toBe('not-an-object');
    expect(errorOf(42).kind).toBe('not-an-object');
  });

  it('says which version the file has and which it reads', () => {
    const g = clone();
    g.version = 2;
    expect(errorOf(g)).toEqual({
      kind: 'wrong-version',
      found: 2,
      expected: 1,
      message: {
        sv: 'Filen är en guide av version 2, men den här versionen av Kommentarsvakt läser bara version 1.',
        en: 'The file is a guide of version 2, but this version of Kommentarsvakt reads only version 1.',
      },
    });
    delete g.version;
    const e = errorOf(g);
    expect(e.kind).toBe('wrong-version');
    expect(e.message.sv).toBe(
      'Filen saknar versionsnummer (fältet ”version”). Den här versionen av Kommentarsvakt läser guidefiler av version 1.',
    );
  });

  it('names the path of a missing field', () => {
    const g = clone() as { categories: { question: Record<string, unknown> } };
    delete g.categories.question.adminFirst;
    const e = errorOf(g);
    expect(e).toEqual({
      kind: 'invalid',
      issues: [
        {
          path: 'categories.question.adminFirst',
          problem: 'missing',
          message: {
            sv: 'Fältet ”categories.question.adminFirst” saknas.',
            en: 'The field “categories.question.adminFirst” is missing.',
          },
        },
      ],
      message: {
        sv: 'Fältet ”categories.question.adminFirst” saknas.',
        en: 'The field “categories.question.adminFirst” is missing.',
      },
    });
  });

  it('names list items by index, and counts further problems', () => {
    const g = clone() as { removalReasons: Array<{ label: { en?: unknown; sv?: unknown } }>; website?: unknown };
    const reason = g.removalReasons[2];
    if (!reason) throw new Error('fixture');
    reason.label.en = 5;
    reason.label.sv = '   ';
    delete g.website;
    const e = errorOf(g);
    if (e.kind !== 'invalid') throw new Error(e.kind);
    expect(e.issues.map((i) => [i.path, i.problem])).toEqual([
      ['website', 'missing'],
      ['removalReasons[2].label.sv', 'empty'],
      ['removalReasons[2].label.en', 'wrong-type'],
    ]);
    expect(e.issues[2]?.message).toEqual({
      sv: 'Fältet ”removalReasons[2].label.en” ska vara text.',
      en: 'The field “removalReasons[2].label.en” must be text.',
    });
    expect(e.message.sv).toBe('Fältet ”website” saknas. (och 2 fel till)');
    expect(e.message.en).toBe('The field “website” is missing. (and 2 more)');
  });

  it('rejects duplicate ids and badly formed ids', () => {
    const g = clone() as { removalReasons: Array<{ id: string }> };
    const [a, b] = g.removalReasons;
    if (!a || !b) throw new Error('fixture');
    b.id = a.id;
    let e = errorOf(g);
    expect(e.kind === 'invalid' && e.issues.map((i) => [i.path, i.problem])).toEqual([['removalReasons[1].id', 'duplicate-id']]);
    expect(e.message.sv).toBe('Id ”personal-attack” förekommer mer än en gång (removalReasons[1].id).');
    b.id = 'Svordomar';
    e = errorOf(g);
    expect(e.kind === 'invalid' && e.issues.map((i) => [i.path, i.problem])).toEqual([['removalReasons[1].id', 'invalid']]);
  });

  it('requires at least one removal reason and one flow question', () => {
    const g = clone();
    g.removalReasons = [];
    const e = errorOf(g);
    expect(e.kind === 'invalid' && e.issues[0]).toMatchObject({ path: 'removalReasons', problem: 'too-few' });
  });

  it('never applies part of a file: an error carries no guide', () => {
    const g = clone();
    g.organisation = '';
    const r = parseGuide(g);
    expect(r.ok).toBe(false);
    expect('guide' in r).toBe(false);
  });
});
