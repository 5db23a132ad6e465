import { useEffect, useMemo, useState } from 'react';
import { translator, type Translate } from '../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { getSettings, watchSettings } from '../../lib/settings/store';

/** The current settings, live; `loaded` is false until storage answered. */
export function useSettings(): { settings: Settings; loaded: boolean; t: Translate } {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void getSettings().then((s) => {
      if (!alive) return;
      setSettings(s);
      setLoaded(true);
    });
    const unwatch = watchSettings(setSettings);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  const t = useMemo(() => translator(settings.language), [settings.language]);
  return { settings, loaded, t };
}
