import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { DEFAULT_GUIDE } from '../../../lib/guide/default-guide';
import { DEFAULT_GUIDE_SETTINGS, repairGuideSettings, websiteOf } from '../../../lib/settings/guide-settings-schema';
import { getGuideSettings, saveGuideSettings, updateGuideSettings } from '../../../lib/settings/guide-settings-store';
import { DEFAULT_TEMPLATES } from '../../../lib/templates/default-templates';

const own = { id: 'own-1', name: { sv: 'Min mall', en: 'My template' }, category: null, body: { sv: 'Hej {{förnamn}}!' } };

describe('repairGuideSettings', () => {
  it('keeps a valid value as it is', () => {
    const value = { ...DEFAULT_GUIDE_SETTINGS, ownTemplates: [own], signature: 'first-name', website: 'https://www.tyreso.se' };
    expect(repairGuideSettings(value)).toEqual(value);
  });

  it('replaces nonsense with the defaults: Tyresö’s guide and templates, the §3.2 signature', () => {
    for (const raw of [undefined, null, 42, 'x', [], {}]) expect(repairGuideSettings(raw)).toEqual(DEFAULT_GUIDE_SETTINGS);
  });

  it('repairs part by part: a damaged guide falls back alone, the rest is kept', () => {
    const raw = { ...DEFAULT_GUIDE_SETTINGS, guide: { ...DEFAULT_GUIDE, organisation: '' }, ownTemplates: [own], signature: 'first-name' };
    const repaired = repairGuideSettings(raw);
    expect(repaired.guide).toEqual(DEFAULT_GUIDE);
    expect(repaired.ownTemplates).toEqual([own]);
    expect(repaired.signature).toBe('first-name');
  });

  it('drops only the damaged templates: unknown variables, bad shapes and repeated ids', () => {
    const broken = { ...own, id: 'own-2', body: { sv: 'Hej {{okänd}}!' } };
    const raw = { ...DEFAULT_GUIDE_SETTINGS, ownTemplates: [own, broken, { nonsense: true }, own], signature: 'cursive', website: 7 };
    const repaired = repairGuideSettings(raw);
    expect(repaired.ownTemplates).toEqual([own]);
    expect(repaired.templates).toEqual(DEFAULT_TEMPLATES);
    expect(repaired.signature).toBe('name-title-unit');
    expect(repaired.website).toBe('');
  });

  it('falls back to the default templates when the list itself is not a list', () => {
    expect(repairGuideSettings({ ...DEFAULT_GUIDE_SETTINGS, templates: 'x' }).templates).toEqual(DEFAULT_TEMPLATES);
  });
});

describe('websiteOf', () => {
  it('is the user’s setting, else the guide’s web site', () => {
    expect(websiteOf({ guide: DEFAULT_GUIDE, website: '' })).toBe('tyreso.se');
    expect(websiteOf({ guide: DEFAULT_GUIDE, website: '  ' })).toBe('tyreso.se');
    expect(websiteOf({ guide: DEFAULT_GUIDE, website: 'https://www.tyreso.se/kontakt' })).toBe('https://www.tyreso.se/kontakt');
  });
});

describe('the guide settings store (local:guideSettings)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults before anything was saved', async () => {
    expect(await getGuideSettings()).toEqual(DEFAULT_GUIDE_SETTINGS);
  });

  it('repairs on read what another version or a bug wrote', async () => {
    await browser.storage.local.set({ guideSettings: { guide: 'broken', ownTemplates: [own], signature: 'first-name' } });
    const read = await getGuideSettings();
    expect(read.guide).toEqual(DEFAULT_GUIDE);
    expect(read.ownTemplates).toEqual([own]);
    expect(read.signature).toBe('first-name');
  });

  it('saves repaired values only, and updates keep what they do not touch', async () => {
    await saveGuideSettings({ ...DEFAULT_GUIDE_SETTINGS, ownTemplates: [own, { ...own, id: 'own-2', body: { sv: '{{okänd}}' } }] });
    expect((await getGuideSettings()).ownTemplates).toEqual([own]);
    await updateGuideSettings((s) => ({ ...s, signature: 'first-name' }));
    const read = await getGuideSettings();
    expect(read.signature).toBe('first-name');
    expect(read.ownTemplates).toEqual([own]);
  });
});
