import { useId } from 'react';
import type { LocalizedText } from '../../lib/guide/schema';
import type { Language } from '../../lib/i18n';

interface Props {
  label: string;
  value: LocalizedText;
  lang: Language;
  onChange: (next: LocalizedText) => void;
  multiline?: boolean;
}

/**
 * One text of the guide, edited in the language chosen for editing. A new entry's other
 * language follows along while it is still empty, so a new row is not invalid only because
 * its translation was not written yet.
 */
export function LocalizedField({ label, value, lang, onChange, multiline = true }: Props) {
  const id = useId();
  const other: Language = lang === 'sv' ? 'en' : 'sv';
  const change = (text: string) => {
    const follow = value[other] === '' || value[other] === value[lang];
    onChange({ ...value, [lang]: text, ...(follow ? { [other]: text } : {}) } as LocalizedText);
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea id={id} rows={2} maxLength={5000} value={value[lang]} onChange={(e) => change(e.target.value)} />
      ) : (
        <input id={id} type="text" maxLength={5000} value={value[lang]} onChange={(e) => change(e.target.value)} />
      )}
    </div>
  );
}
