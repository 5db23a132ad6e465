import { describe, expect, it } from 'vitest';
import { DEFAULT_GUIDE } from '../../../lib/guide/default-guide';
import { DEFAULT_GUIDE_SETTINGS } from '../../../lib/settings/guide-settings-schema';
import { replyValues, templatesFor } from '../../../lib/settings/reply-templates';
import { render } from '../../../lib/templates/render';

const PROFILE = { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' };
const own = { id: 'own-any', name: { sv: 'Allmän', en: 'General' }, category: null, body: { sv: 'Hej {{förnamn}}!' } };

describe('templatesFor', () => {
  it('lists the category’s templates, the organisation’s first, then own ones and those for any category', () => {
    const settings = { templates: DEFAULT_GUIDE_SETTINGS.templates, ownTemplates: [own] };
    expect(templatesFor(settings, 'question').map((t) => t.id)).toEqual(['question-received', 'question-link', 'political-referral', 'own-any']);
    expect(templatesFor(settings, 'praise').map((t) => t.id)).toEqual(['praise-thanks', 'own-any']);
    expect(templatesFor(settings, 'remove').map((t) => t.id)).toEqual(['removed-note', 'own-any']);
  });
});

describe('replyValues', () => {
  it('addresses the commenter by first name and signs with the profile (§3.1, §3.2)', () => {
    const values = replyValues({ guide: DEFAULT_GUIDE, website: '' }, PROFILE, 'Karin Lindqvist', ' https://www.tyreso.se/bad ');
    expect(values).toEqual({
      firstName: 'Karin',
      ...PROFILE,
      organisation: 'Tyresö kommun',
      website: 'tyreso.se',
      link: 'https://www.tyreso.se/bad',
    });
    const template = DEFAULT_GUIDE_SETTINGS.templates.find((t) => t.id === 'question-received')!;
    expect(render(template, values)).toEqual({
      ok: true,
      text: 'Hej Karin! Tack för din fråga/synpunkt, vi återkommer med svar.\n\nEva Holm\nKommunikatör\nKommunikationsenheten',
    });
  });

  it('leaves empty profile fields empty, so the reply names what is missing instead of signing with blanks', () => {
    const values = replyValues({ guide: DEFAULT_GUIDE, website: '' }, { name: 'Eva Holm', title: '', unit: '' }, 'Karin Lindqvist');
    const result = render(DEFAULT_GUIDE_SETTINGS.templates[0]!, values);
    expect(result).toMatchObject({ ok: false, error: { kind: 'missing-values', missing: ['title', 'unit'], message: { sv: 'Fyll i din titel, din enhet innan du svarar.' } } });
  });

  it('signs with the first name only when that format is chosen', () => {
    const values = replyValues({ guide: DEFAULT_GUIDE, website: '' }, { name: 'Eva Holm', title: '', unit: '' }, 'Karin Lindqvist');
    expect(render(DEFAULT_GUIDE_SETTINGS.templates[0]!, values, { signature: 'first-name' })).toEqual({ ok: true, text: 'Hej Karin! Tack för berömmet.\n\n/Eva' });
  });
});
