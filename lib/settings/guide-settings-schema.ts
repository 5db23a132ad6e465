import { z } from 'zod';
import { DEFAULT_GUIDE } from '../guide/default-guide';
import { GuideSchema, type Guide } from '../guide/schema';
import { DEFAULT_TEMPLATES } from '../templates/default-templates';
import { SIGNATURE_FORMATS, type SignatureFormat, type Template } from '../templates/schema';
import { validateTemplate } from '../templates/validate-template';

/**
 * The organisation's response guide and reply templates, and the user's own templates and
 * signing choices (issue 4). Kept apart from `local:settings` because the guide is larger and
 * is replaced whole by an import, while the profile is not.
 */
export const GUIDE_SETTINGS_VERSION = 1;

/** A template whose shape is valid and whose every `{{…}}` is a known variable. */
const CheckedTemplateSchema = z.custom<Template>((v) => validateTemplate(v).ok, { message: 'invalid template' });

export const GuideSettingsSchema = z.object({
  guide: GuideSchema,
  /** The organisation's templates: exported and imported with the guide. */
  templates: z.array(CheckedTemplateSchema).max(200),
  /** The user's own templates: personal, not part of the guide file. */
  ownTemplates: z.array(CheckedTemplateSchema).max(200),
  signature: z.enum(SIGNATURE_FORMATS),
  /** The web site `{{webbplats}}` stands for; empty means the guide's own `website`. */
  website: z.string().trim().max(500),
});
export type GuideSettings = z.infer<typeof GuideSettingsSchema>;

export const DEFAULT_GUIDE_SETTINGS: GuideSettings = {
  guide: DEFAULT_GUIDE,
  templates: [...DEFAULT_TEMPLATES],
  ownTemplates: [],
  signature: 'name-title-unit',
  website: '',
};

function validTemplates(raw: unknown, fallback: Template[]): Template[] {
  if (!Array.isArray(raw)) return fallback;
  const seen = new Set<string>();
  const out: Template[] = [];
  for (const t of raw.slice(0, 200)) {
    const checked = validateTemplate(t);
    // A damaged template is dropped rather than taking the whole list with it.
    if (checked.ok && !seen.has(checked.template.id)) {
      seen.add(checked.template.id);
      out.push(checked.template);
    }
  }
  return out;
}

/**
 * Repair on read: each part that is valid is kept, each damaged part falls back to its default,
 * so a bad value in storage never takes the guide away from the overlay.
 */
export function repairGuideSettings(raw: unknown): GuideSettings {
  const parsed = GuideSettingsSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const obj = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const guide = GuideSchema.safeParse(obj.guide);
  const signature = z.enum(SIGNATURE_FORMATS).safeParse(obj.signature);
  const website = GuideSettingsSchema.shape.website.safeParse(obj.website);
  return {
    guide: guide.success ? guide.data : DEFAULT_GUIDE,
    templates: validTemplates(obj.templates, [...DEFAULT_TEMPLATES]),
    ownTemplates: validTemplates(obj.ownTemplates, []),
    signature: signature.success ? (signature.data as SignatureFormat) : DEFAULT_GUIDE_SETTINGS.signature,
    website: website.success ? website.data : '',
  };
}

/** The web site a reply refers to: the user's setting, else the guide's. */
export function websiteOf(settings: Pick<GuideSettings, 'website' | 'guide'>): string {
  return settings.website.trim() || settings.guide.website;
}

export type { Guide };
