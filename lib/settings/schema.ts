import { z } from 'zod';
import { LANGUAGES } from '../i18n';

export const SETTINGS_VERSION = 1;

const text = (max: number) => z.string().trim().max(max);

/** The user's profile; fields may be empty until the user fills them in. */
export const ProfileSettingsSchema = z.object({
  name: text(200),
  title: text(200),
  unit: text(200),
});

export const SettingsSchema = z.object({
  language: z.enum(LANGUAGES),
  profile: ProfileSettingsSchema,
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  language: 'sv',
  profile: { name: '', title: '', unit: '' },
};

/**
 * Repair on read: keep every field that is valid, replace the rest with its default, so a
 * damaged or older value never locks the user out of the extension.
 */
export function repairSettings(raw: unknown): Settings {
  const parsed = SettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const language = z.enum(LANGUAGES).safeParse(obj.language);
  const profileRaw = (obj.profile && typeof obj.profile === 'object' ? obj.profile : {}) as Record<string, unknown>;
  const field = (key: 'name' | 'title' | 'unit') => {
    const r = ProfileSettingsSchema.shape[key].safeParse(profileRaw[key]);
    return r.success ? r.data : DEFAULT_SETTINGS.profile[key];
  };
  return {
    language: language.success ? language.data : DEFAULT_SETTINGS.language,
    profile: { name: field('name'), title: field('title'), unit: field('unit') },
  };
}
