import { useEffect } from 'react';
import { browser } from 'wxt/browser';
import { useSettings } from '../common/useSettings';
import './options.css';
import { GuideSettingsSections } from './GuideSettingsSections';
import { ProfileForm } from './ProfileForm';
import { RecordsFolderSettings } from './RecordsFolderSettings';
import { BackupScheduleSettings } from './BackupScheduleSettings';
import { RegistrarSettings } from './RegistrarSettings';
import { RemovalCaptureSetting } from './RemovalCaptureSetting';
import { ScreenshotPermission } from './ScreenshotPermission';
import { SitePacks } from './SitePacks';
import { PolicySection } from './PolicySection';
import { ShowStartGuide, StartGuide } from './StartGuide';

export function OptionsPage() {
  const { settings, loaded, t } = useSettings();
  useEffect(() => {
    document.documentElement.lang = settings.language;
    document.title = t('options.title');
  }, [settings.language, t]);
  return (
    <>
      <header className="page">
        <h1>{t('options.heading')}</h1>
        <ShowStartGuide t={t} />
        <a href={browser.runtime.getURL('/queue.html')}>{t('popup.openQueue')}</a>
      </header>
      <main className="options">
        {loaded ? <StartGuide settings={settings} t={t} /> : null}
        <PolicySection t={t} lang={settings.language} />
        {loaded ? <ProfileForm settings={settings} t={t} /> : null}
        <ScreenshotPermission t={t} />
        <RemovalCaptureSetting t={t} />
        {loaded ? <GuideSettingsSections settings={settings} t={t} /> : null}
        <RegistrarSettings t={t} />
        <RecordsFolderSettings t={t} />
        <BackupScheduleSettings t={t} />
        <SitePacks t={t} lang={settings.language} />
      </main>
    </>
  );
}
