import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATES,
  TemplateSchema,
  firstNameOf,
  render,
  validateTemplate,
  type Template,
  type TemplateValues,
} from '../../../lib/templates';

const byId = (id: string): Template => {
  const t = DEFAULT_TEMPLATES.find((x) => x.id === id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};

const values: TemplateValues = {
  firstName: 'Kim',
  name: 'Alex Exempelsson',
  title: 'Kommunikatör',
  unit: 'Kommunikationsenheten',
  organisation: 'Tyresö kommun',
  website: 'tyreso.se',
  link: 'https://www.tyreso.se/bygglov',
};

describe('default templates', () => {
  it('all validate, with unique ids, and cover every Bilaga 3 category', () => {
    for (const t of DEFAULT_TEMPLATES) {
      expect(TemplateSchema.safeParse(t).success).toBe(true);
      expect(validateTemplate(t).ok).toBe(true);
    }
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.id)).size).toBe(DEFAULT_TEMPLATES.length);
    expect(new Set(DEFAULT_TEMPLATES.map((t) => t.category))).toEqual(
      new Set(['praise', 'question', 'fault-report', 'remove']),
    );
  });

  it('keep Bilaga 3’s wording', () => {
    expect(byId('praise-thanks').body.sv).toContain('Tack för berömmet.');
    expect(byId('question-received').body.sv).toContain('Tack för din fråga/synpunkt, vi återkommer med svar.');
  });
});

describe('render', () => {
  it('fills Swedish aliases and signs with name, title and unit on separate lines', () => {
    expect(render(byId('praise-thanks'), values)).toEqual({
      ok: true,
      text: 'Hej Kim! Tack för berömmet.\n\nAlex Exempelsson\nKommunikatör\nKommunikationsenheten',
    });
  });

  it('renders every default template exactly', () => {
    const out = Object.fromEntries(
      DEFAULT_TEMPLATES.map((t) => {
        const r = render(t, values);
        return [t.id, r.ok ? r.text : r.error.kind];
      }),
    );
    const sig = '\n\nAlex Exempelsson\nKommunikatör\nKommunikationsenheten';
    expect(out).toEqual({
      'praise-thanks': `Hej Kim! Tack för berömmet.${sig}`,
      'question-received': `Hej Kim! Tack för din fråga/synpunkt, vi återkommer med svar.${sig}`,
      'question-link': `Hej Kim! Du hittar mer information på https://www.tyreso.se/bygglov.${sig}`,
      'fault-report-confirmed': `Hej Kim! Tack för att du hör av dig. Vi har skickat din felanmälan vidare till den verksamhet som ansvarar.${sig}`,
      'political-referral': `Hej Kim! Politiska frågor hänvisar vi till partierna eller till Frågepanelen på tyreso.se.${sig}`,
      'removed-note': `Vi har tagit bort en kommentar som bröt mot reglerna för den här sidan. Reglerna finns på tyreso.se.${sig}`,
    });
  });

  it('uses the English body when asked, and falls back to Swedish when there is none', () => {
    expect(render(byId('question-received'), values, { lang: 'en' })).toEqual({
      ok: true,
      text: 'Hi Kim! Thank you for your question/comment, we will get back to you with an answer.\n\nAlex Exempelsson\nKommunikatör\nKommunikationsenheten',
    });
    const svOnly: Template = { id: 'x', name: { sv: 'X', en: 'X' }, category: null, body: { sv: 'Hej {{förnamn}}!' } };
    expect(render(svOnly, values, { lang: 'en' })).toMatchObject({ ok: true, text: expect.stringMatching(/^Hej Kim!/) });
  });

  it('signs with the first name only when configured', () => {
    expect(render(byId('praise-thanks'), values, { signature: 'first-name' })).toEqual({
      ok: true,
      text: 'Hej Kim! Tack för berömmet.\n\n/Alex',
    });
  });

  it('names the empty profile fields instead of leaving blanks', () => {
    expect(render(byId('praise-thanks'), { ...values, title: '', unit: '   ' })).toEqual({
      ok: false,
      error: {
        kind: 'missing-values',
        missing: ['title', 'unit'],
        message: { sv: 'Fyll i din titel, din enhet innan du svarar.', en: 'Fill in your title, your unit before replying.' },
      },
    });
  });

  it('needs only the name for a first-name signature', () => {
    expect(render(byId('praise-thanks'), { firstName: 'Kim', name: 'Alex Exempelsson' }, { signature: 'first-name' }).ok).toBe(true);
    const r = render(byId('praise-thanks'), { firstName: 'Kim' }, { signature: 'first-name' });
    expect(!r.ok && r.error.kind === 'missing-values' && r.error.missing).toEqual(['name']);
  });

  it('names a missing commenter name and link', () => {
    const r = render(byId('question-link'), { ...values, firstName: undefined, link: '' });
    expect(!r.ok && r.error.kind === 'missing-values' && r.error.missing).toEqual(['firstName', 'link']);
    expect(!r.ok && r.error.message.sv).toBe('Fyll i kommentatorns förnamn, länken innan du svarar.');
  });

  it('accepts English names, any case and spaces in the braces', () => {
    const t: Template = {
      id: 'mix',
      name: { sv: 'Mix', en: 'Mix' },
      category: null,
      body: { sv: '{{ firstName }}, {{Förnamn}}, {{WEBBPLATS}}, {{organisation}}' },
    };
    expect(render(t, values)).toMatchObject({ ok: true, text: expect.stringMatching(/^Kim, Kim, tyreso\.se, Tyresö kommun\n\n/) });
  });

  it('inserts values as plain text, never expanding them again', () => {
    const r = render(byId('praise-thanks'), { ...values, firstName: '{{namn}} $& <b>' });
    expect(r).toMatchObject({ ok: true, text: expect.stringMatching(/^Hej \{\{namn\}\} \$& <b>! Tack/) });
  });

  it('refuses to render a template with an unknown variable', () => {
    const bad: Template = { id: 'bad', name: { sv: 'B', en: 'B' }, category: null, body: { sv: 'Hej {{efternamn}}' } };
    const r = render(bad, values);
    expect(!r.ok && r.error.kind).toBe('invalid-template');
  });
});

describe('validateTemplate', () => {
  const base = { id: 't', name: { sv: 'T', en: 'T' }, category: 'question' };

  it('names an unknown variable', () => {
    expect(validateTemplate({ ...base, body: { sv: 'Hej {{efternamn}}, se {{länk}}', en: 'Hi {{surname}}' } })).toEqual({
      ok: false,
      issues: [
        {
          code: 'unknown-variable',
          variable: 'efternamn',
          field: 'sv',
          message: { sv: 'Okänd variabel {{efternamn}} i mallens text (sv).', en: 'Unknown variable {{efternamn}} in the template text (sv).' },
        },
        {
          code: 'unknown-variable',
          variable: 'surname',
          field: 'en',
          message: { sv: 'Okänd variabel {{surname}} i mallens text (en).', en: 'Unknown variable {{surname}} in the template text (en).' },
        },
      ],
    });
  });

  it('finds braces without their pair', () => {
    const r = validateTemplate({ ...base, body: { sv: 'Hej {{förnamn}, välkommen' } });
    expect(!r.ok && r.issues.map((i) => i.code)).toEqual(['unbalanced-braces']);
  });

  it('lists the variables a valid template uses', () => {
    const r = validateTemplate({ ...base, body: { sv: '{{förnamn}} {{firstName}} {{länk}}' } });
    expect(r.ok && r.variables.sort()).toEqual(['firstName', 'link']);
  });

  it('reports a malformed template by field', () => {
    const r = validateTemplate({ ...base, category: 'spam', body: { sv: '' } });
    expect(!r.ok && r.issues.map((i) => (i.code === 'invalid-field' ? i.path : i.code))).toEqual(['category', 'body.sv']);
  });

  it('allows single braces as ordinary text', () => {
    expect(validateTemplate({ ...base, body: { sv: 'Öppet {mån–fre}' } }).ok).toBe(true);
  });
});

describe('firstNameOf', () => {
  it.each([
    ['Anna-Karin Exempel', 'Anna-Karin'],
    ['  Åsa   Exempelsdotter ', 'Åsa'],
    ['Kim', 'Kim'],
    ['', ''],
  ])('%s → %s', (full, first) => {
    expect(firstNameOf(full)).toBe(first);
  });
});
