import { useEffect, useState } from 'react';
import { DEFAULT_GUIDE_SETTINGS, type GuideSettings } from '../../lib/settings/guide-settings-schema';
import { getGuideSettings, watchGuideSettings } from '../../lib/settings/guide-settings-store';

/**
 * The guide and templates, live (an edit on the options page reaches open pages at once).
 * Used by the overlay and by the options page; `loaded` is false until storage answered.
 */
export function useGuideSettings(): { data: GuideSettings; loaded: boolean } {
  const [data, setData] = useState<GuideSettings>(DEFAULT_GUIDE_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    void getGuideSettings().then((s) => {
      if (!alive) return;
      setData(s);
      setLoaded(true);
    });
    const unwatch = watchGuideSettings((s) => {
      setData(s);
      setLoaded(true);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return { data, loaded };
}
