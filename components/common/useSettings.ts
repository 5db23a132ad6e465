import { useMemo } from 'react';
import { translator, type Translate } from '../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { getSettings, watchSettings } from '../../lib/settings/store';
import { useStored } from './useStored';

/** The current settings, live; `loaded` is false until storage answered. */
export function useSettings(): { settings: Settings; loaded: boolean; t: Translate } {
  const { value: settings, loaded } = useStored(DEFAULT_SETTINGS, getSettings, watchSettings);
  const t = useMemo(() => translator(settings.language), [settings.language]);
  return { settings, loaded, t };
}
