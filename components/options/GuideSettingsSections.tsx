import type { Translate } from '../../lib/i18n';
import type { Settings } from '../../lib/settings/schema';
import { useGuideSettings } from '../overlay/useGuideSettings';
import { CollapsibleSection } from './CollapsibleSection';
import { GuideEditor } from './GuideEditor';
import { guideOptionsCss } from './guide-options-styles';
import { TemplateEditor } from './TemplateEditor';
import { TemplateSettings } from './TemplateSettings';

/** The options page's "Riktlinjer" and "Svarsmallar" sections, mounted once storage answered. */
export function GuideSettingsSections({ settings, t }: { settings: Settings; t: Translate }) {
  const { data, loaded } = useGuideSettings();
  if (!loaded) return null;
  return (
    <>
      <style>{guideOptionsCss}</style>
      <CollapsibleSection title={t('guide.options.guideHeading')} anchor="riktlinjer">
        <GuideEditor data={data} uiLanguage={settings.language} t={t} />
      </CollapsibleSection>
      <CollapsibleSection title={t('guide.options.templatesHeading')} anchor="svarsmallar">
        <TemplateEditor data={data} settings={settings} t={t} />
      </CollapsibleSection>
      <CollapsibleSection title={t('reply.signingHeading')} anchor="signering">
        <TemplateSettings data={data} t={t} />
      </CollapsibleSection>
    </>
  );
}
