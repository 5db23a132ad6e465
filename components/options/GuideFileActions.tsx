import { useId, useState, type ChangeEvent } from 'react';
import { offerBlobDownload } from '../../lib/export/download';
import { fileDay } from '../../lib/export/fileStamp';
import type { Guide } from '../../lib/guide/schema';
import type { Language, Translate } from '../../lib/i18n';
import { exportGuideFile, parseGuideFile } from '../../lib/settings/guide-settings-file';
import type { GuideSettings } from '../../lib/settings/guide-settings-schema';
import { updateGuideSettings } from '../../lib/settings/guide-settings-store';

interface Props {
  data: GuideSettings;
  uiLanguage: Language;
  t: Translate;
  /** IT's policy sets the guide: it can be exported, not replaced. */
  locked?: boolean;
  /** The editor's draft follows an accepted import. */
  onImported: (guide: Guide) => void;
}

/** Files larger than this are not a guide; refused before reading them into memory. */
const MAX_BYTES = 2_000_000;

/**
 * Export the stored guide with the organisation's templates as a JSON file, and import one.
 * An import is all or nothing: a file with any fault is refused with a message saying what is
 * wrong, and nothing stored changes.
 */
export function GuideFileActions({ data, uiLanguage, t, locked = false, onImported }: Props) {
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const inputId = useId();

  const download = () => {
    const blob = new Blob([exportGuideFile(data.guide, data.templates)], { type: 'application/json' });
    offerBlobDownload(blob, `riktlinjer-${fileDay(new Date())}.json`);
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.target;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is seen as a new choice.
    input.value = '';
    if (!file || locked) return;
    if (file.size > MAX_BYTES) {
      setMessage({ tone: 'error', text: t('guide.options.importTooLarge', { file: file.name }) });
      return;
    }
    const result = parseGuideFile(await file.text());
    if (!result.ok) {
      setMessage({ tone: 'error', text: t('guide.options.importRejected', { file: file.name, problem: result.message[uiLanguage] }) });
      return;
    }
    await updateGuideSettings((s) => ({ ...s, guide: result.guide, ...(result.templates ? { templates: result.templates } : {}) }));
    onImported(result.guide);
    setMessage({
      tone: 'ok',
      text: result.templates ? t('guide.options.importedWithTemplates', { count: result.templates.length }) : t('guide.options.imported'),
    });
  };

  return (
    <div className="row file-actions">
      <button type="button" onClick={download}>
        {t('guide.options.export')}
      </button>
      <label htmlFor={inputId}>{t('guide.options.import')}</label>
      <input id={inputId} type="file" accept="application/json,.json" disabled={locked} onChange={(e) => void onFile(e)} />
      <p role={message?.tone === 'error' ? 'alert' : 'status'} className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
