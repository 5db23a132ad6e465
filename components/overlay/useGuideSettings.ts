import { DEFAULT_GUIDE_SETTINGS, type GuideSettings } from '../../lib/settings/guide-settings-schema';
import { getGuideSettings, watchGuideSettings } from '../../lib/settings/guide-settings-store';
import { useStored } from '../common/useStored';

/**
 * The guide and templates, live (an edit on the options page reaches open pages at once).
 * Used by the overlay and by the options page; `loaded` is false until storage answered.
 */
export function useGuideSettings(): { data: GuideSettings; loaded: boolean } {
  const { value: data, loaded } = useStored(DEFAULT_GUIDE_SETTINGS, getGuideSettings, watchGuideSettings);
  return { data, loaded };
}
