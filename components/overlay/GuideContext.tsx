import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { createSuggester, type Suggester } from '../../lib/guide/suggest';
import type { Language } from '../../lib/i18n';
import type { GuideSettings } from '../../lib/settings/guide-settings-schema';
import type { Settings } from '../../lib/settings/schema';
import type { Workdays } from '../../lib/calendar/rules';
import { useHolidayTable } from './useHolidayTable';
import { useGuideSettings } from './useGuideSettings';

/** What every item's guide panel shares: read from storage once per page, not once per item. */
export interface GuideContextValue {
  data: GuideSettings;
  profile: Settings['profile'];
  language: Language;
  suggester: Suggester;
  /** Working days from the background's table; undefined until it is loaded (or missing). */
  workdays: Workdays | undefined;
}

const GuideContext = createContext<GuideContextValue | null>(null);

export function GuideProvider({ settings, children }: { settings: Settings; children: ReactNode }) {
  const { data } = useGuideSettings();
  const workdays = useHolidayTable();
  // Compiled once per guide, and only when a panel first asks: compiling the word lists takes
  // about 140 ms (bench), which every Facebook tab would otherwise pay on load.
  const suggester = useMemo<Suggester>(() => {
    let compiled: Suggester | undefined;
    return (text) => (compiled ??= createSuggester({ guide: data.guide }))(text);
  }, [data.guide]);
  const value = useMemo(
    () => ({ data, profile: settings.profile, language: settings.language, suggester, workdays }),
    [data, settings.profile, settings.language, suggester, workdays],
  );
  return <GuideContext.Provider value={value}>{children}</GuideContext.Provider>;
}

export function useGuide(): GuideContextValue {
  const value = useContext(GuideContext);
  if (!value) throw new Error('useGuide outside GuideProvider');
  return value;
}
