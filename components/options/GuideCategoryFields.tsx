import { CATEGORY_IDS, type Guide, type GuideCategory } from '../../lib/guide/schema';
import type { Language, Translate } from '../../lib/i18n';
import { LocalizedField } from './LocalizedField';

interface Props {
  guide: Guide;
  lang: Language;
  update: (change: (g: Guide) => Guide) => void;
  t: Translate;
}

const FIELDS = ['name', 'adminFirst', 'registration', 'caseOfficer', 'adminLast'] as const;

/** Bilaga 3: one group of fields per category, one field per column of the table. */
export function GuideCategoryFields({ guide, lang, update, t }: Props) {
  const set = (id: (typeof CATEGORY_IDS)[number], field: keyof GuideCategory) => (value: GuideCategory[typeof field]) =>
    update((g) => ({ ...g, categories: { ...g.categories, [id]: { ...g.categories[id], [field]: value } } }));
  return (
    <fieldset className="group">
      <legend>{t('guide.options.table')}</legend>
      {CATEGORY_IDS.map((id) => {
        const row = guide.categories[id];
        return (
          <fieldset key={id} className="group">
            <legend>{row.name[lang] || id}</legend>
            {FIELDS.map((field) => (
              <LocalizedField
                key={field}
                label={`${t(`guide.options.column.${field}`)} (${row.name[lang] || id})`}
                value={row[field]}
                lang={lang}
                multiline={field !== 'name'}
                onChange={set(id, field)}
              />
            ))}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
