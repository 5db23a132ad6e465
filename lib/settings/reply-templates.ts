import type { CategoryId } from '../guide/schema';
import { firstNameOf } from '../templates/first-name';
import type { TemplateValues } from '../templates/render';
import type { Template } from '../templates/schema';
import { websiteOf, type GuideSettings } from './guide-settings-schema';
import type { Settings } from './schema';

/** Templates that suit a category: the organisation's first, then the user's own; those for any category too. */
export function templatesFor(settings: Pick<GuideSettings, 'templates' | 'ownTemplates'>, category: CategoryId): Template[] {
  return [...settings.templates, ...settings.ownTemplates].filter((t) => t.category === category || t.category === null);
}

/**
 * The values a reply is rendered with: the commenter's first name (§3.1, a personal address),
 * the user's profile for the signature (§3.2), the organisation and its web site, and the link
 * the user typed. Empty values stay empty so render() can name what is missing.
 */
export function replyValues(
  settings: Pick<GuideSettings, 'guide' | 'website'>,
  profile: Settings['profile'],
  commenter: string,
  link = '',
): TemplateValues {
  return {
    firstName: firstNameOf(commenter),
    name: profile.name,
    title: profile.title,
    unit: profile.unit,
    organisation: settings.guide.organisation,
    website: websiteOf(settings),
    link: link.trim(),
  };
}
