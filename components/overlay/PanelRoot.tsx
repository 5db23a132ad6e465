import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { useSettings } from '../common/useSettings';
import { GuideProvider, useGuide } from './GuideContext';
import { GuidePanel } from './GuidePanel';
import type { PanelEntry, PanelManager } from './panel-manager';
import type { ItemGuide } from './item-guide';
import type { Translate } from '../../lib/i18n';

/** The page's one React root for guide panels: each open panel is a portal into its toolbar's shadow root. */
export function PanelRoot({ manager }: { manager: PanelManager }) {
  const entries = useSyncExternalStore(manager.subscribe, manager.getSnapshot);
  const { settings, t } = useSettings();
  return (
    <GuideProvider settings={settings}>
      <WorkdaysBridge manager={manager} />
      {entries.map((entry) => (entry.open ? createPortal(<ItemPanel manager={manager} entry={entry} t={t} />, entry.target.slot, entry.target.key) : null))}
    </GuideProvider>
  );
}

/** Hands the working-day table to the manager, which computes deadlines at capture time. */
function WorkdaysBridge({ manager }: { manager: PanelManager }) {
  const { workdays } = useGuide();
  useEffect(() => {
    manager.setWorkdays(workdays);
  }, [manager, workdays]);
  return null;
}

function ItemPanel({ manager, entry, t }: { manager: PanelManager; entry: PanelEntry; t: Translate }) {
  const { suggester } = useGuide();
  const { key, reading, item, panelId } = entry.target;
  const suggestion = useMemo(() => suggester(reading.text), [suggester, reading.text]);
  // Stored at once: a capture clicked right after opening must carry what the panel shows.
  manager.setSuggestion(key, suggestion);
  const category = manager.categoryOf(entry);
  const guide: ItemGuide = {
    suggestion,
    category,
    setCategory: (c) => manager.choose(key, c),
  };
  return <GuidePanel id={panelId} guide={guide} reading={reading} item={item} t={t} />;
}
