import { useEffect, useState } from 'react';
import type { Translate } from '../../lib/i18n';
import { readRemovalCapture, saveRemovalCapture } from '../../lib/settings/removal-capture';

/** Issue 24: "Fånga automatiskt vid borttagning", on by default; saved as soon as it is changed. */
export function RemovalCaptureSetting({ t }: { t: Translate }) {
  const [on, setOn] = useState<boolean>();
  useEffect(() => {
    void readRemovalCapture().then(setOn);
  }, []);
  const change = (next: boolean) => {
    setOn(next);
    void saveRemovalCapture(next);
  };
  return (
    <section className="card" id="removal-capture" aria-labelledby="removal-capture-heading">
      <h2 id="removal-capture-heading">{t('removal.setting')}</h2>
      <p id="removal-capture-help">{t('removal.settingHelp')}</p>
      <label>
        <input type="checkbox" checked={on ?? true} disabled={on === undefined} aria-describedby="removal-capture-help" onChange={(e) => change(e.currentTarget.checked)} /> {t('removal.setting')}
      </label>
    </section>
  );
}
