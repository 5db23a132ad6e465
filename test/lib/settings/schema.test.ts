import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, repairSettings, SettingsSchema } from '../../../lib/settings/schema';

describe('settings repair on read', () => {
  it('keeps valid settings as they are', () => {
    const s = { language: 'en', profile: { name: 'Eva Holm', title: 'Kommunikatör', unit: 'Kommunikationsenheten' } } as const;
    expect(repairSettings(s)).toEqual(s);
  });
  it('replaces only the broken fields with defaults', () => {
    expect(repairSettings({ language: 'fi', profile: { name: 'Eva', title: 42, unit: 'x'.repeat(500) } })).toEqual({
      language: 'sv',
      profile: { name: 'Eva', title: '', unit: '' },
    });
  });
  it('gives the defaults for nothing, garbage or an array', () => {
    for (const raw of [undefined, null, 'settings', 7, [], { profile: 'x' }]) expect(repairSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });
  it('ships defaults that validate: Swedish first', () => {
    expect(SettingsSchema.parse(DEFAULT_SETTINGS).language).toBe('sv');
  });
});
