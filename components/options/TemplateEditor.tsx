import { useId, useMemo, useState } from 'react';
import { CATEGORY_IDS, type CategoryId } from '../../lib/guide/schema';
import type { Translate } from '../../lib/i18n';
import type { GuideSettings } from '../../lib/settings/guide-settings-schema';
import { updateGuideSettings } from '../../lib/settings/guide-settings-store';
import type { Settings } from '../../lib/settings/schema';
import type { Template } from '../../lib/templates/schema';
import { scanBody, validateTemplate } from '../../lib/templates/validate-template';
import { policyGuide } from './policy-guide';
import { TemplatePreview } from './TemplatePreview';
import { usePolicy } from './usePolicy';

interface Props {
  data: GuideSettings;
  settings: Settings;
  t: Translate;
}

type Ref = { list: 'templates' | 'ownTemplates'; id: string };
interface Draft {
  nameSv: string;
  nameEn: string;
  category: CategoryId | '';
  bodySv: string;
  bodyEn: string;
}

const toDraft = (tpl: Template): Draft => ({
  nameSv: tpl.name.sv,
  nameEn: tpl.name.en,
  category: tpl.category ?? '',
  bodySv: tpl.body.sv,
  bodyEn: tpl.body.en ?? '',
});

/** The draft as a template; an empty English name or text falls back to the Swedish one. */
function fromDraft(id: string, d: Draft): Template {
  return {
    id,
    name: { sv: d.nameSv, en: d.nameEn.trim() ? d.nameEn : d.nameSv },
    category: d.category || null,
    body: { sv: d.bodySv, ...(d.bodyEn.trim() ? { en: d.bodyEn } : {}) },
  };
}

/** Problems in the texts, live while typing (the other fields are checked on save). */
function textProblems(d: Draft, t: Translate): string[] {
  const out: string[] = [];
  for (const [field, body] of [['sv', d.bodySv], ['en', d.bodyEn]] as const) {
    const scan = scanBody(body);
    const where = t(field === 'sv' ? 'guide.options.bodySv' : 'guide.options.bodyEn');
    for (const name of scan.unknown) out.push(t('guide.options.unknownVariable', { name: `{{${name}}}`, where }));
    if (scan.unbalanced) out.push(t('guide.options.unbalanced', { where }));
  }
  return out;
}

const EMPTY: Draft = { nameSv: '', nameEn: '', category: '', bodySv: '', bodyEn: '' };

/**
 * Edits one template at a time, with a live preview signed with the user's profile. A template
 * with an unknown `{{variable}}` is shown as an error naming it and is never saved.
 */
export function TemplateEditor({ data, settings, t }: Props) {
  const lang = settings.language;
  const first = data.templates[0];
  const [ref, setRef] = useState<Ref | null>(first ? { list: 'templates', id: first.id } : null);
  const [draft, setDraft] = useState<Draft>(first ? toDraft(first) : EMPTY);
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const policy = usePolicy()?.policy;
  // IT's guide file with templates sets the organisation's templates: shown, locked. Own ones stay the user's.
  const orgLocked = useMemo(() => policyGuide(policy)?.templates === true, [policy]);
  const lockedNow = orgLocked && ref?.list === 'templates';
  const ids = { select: useId(), nameSv: useId(), nameEn: useId(), category: useId(), bodySv: useId(), bodyEn: useId(), help: useId(), errors: useId() };

  const pick = (value: string) => {
    const [list, id] = value.split(':') as [Ref['list'], string];
    const tpl = data[list].find((x) => x.id === id);
    if (!tpl) return;
    setRef({ list, id });
    setDraft(toDraft(tpl));
    setMessage(undefined);
  };
  const newOwn = () => {
    setRef({ list: 'ownTemplates', id: `own-${Date.now().toString(36)}` });
    setDraft(EMPTY);
    setMessage(undefined);
  };

  const candidate = ref ? fromDraft(ref.id, draft) : null;
  const checked = candidate ? validateTemplate(candidate) : null;
  const problems = textProblems(draft, t);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft((d) => ({ ...d, [key]: e.target.value }));

  const save = async () => {
    if (lockedNow) return;
    if (!ref || !checked?.ok) {
      const all = checked && !checked.ok ? checked.issues.map((i) => i.message[lang]) : problems;
      setMessage({ tone: 'error', text: t('guide.options.templateInvalid', { problems: all.join(' ') }) });
      return;
    }
    const tpl = checked.template;
    await updateGuideSettings((s) => {
      const list = s[ref.list];
      const at = list.findIndex((x) => x.id === tpl.id);
      return { ...s, [ref.list]: at >= 0 ? list.map((x, i) => (i === at ? tpl : x)) : [...list, tpl] };
    });
    setMessage({ tone: 'ok', text: t('guide.options.templateSaved') });
  };
  const remove = async () => {
    if (!ref || ref.list !== 'ownTemplates') return;
    await updateGuideSettings((s) => ({ ...s, ownTemplates: s.ownTemplates.filter((x) => x.id !== ref.id) }));
    setRef(null);
    setDraft(EMPTY);
    setMessage({ tone: 'ok', text: t('guide.options.templateDeleted') });
  };
  const categoryName = (c: CategoryId) => data.guide.categories[c].name[lang];
  const isStored = ref ? data[ref.list].some((x) => x.id === ref.id) : false;

  return (
    <div className="editor">
      <div className="row">
        <label htmlFor={ids.select}>{t('guide.options.chooseTemplate')}</label>
        <select id={ids.select} value={ref && isStored ? `${ref.list}:${ref.id}` : ''} onChange={(e) => pick(e.target.value)}>
          {ref && !isStored ? <option value="">{t('guide.options.newTemplateOption')}</option> : null}
          <optgroup label={t('guide.options.orgTemplates')}>
            {data.templates.map((x) => (
              <option key={x.id} value={`templates:${x.id}`}>
                {x.name[lang]}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('guide.options.ownTemplates')}>
            {data.ownTemplates.map((x) => (
              <option key={x.id} value={`ownTemplates:${x.id}`}>
                {x.name[lang]}
              </option>
            ))}
          </optgroup>
        </select>
        <button type="button" onClick={newOwn}>
          {t('guide.options.newTemplate')}
        </button>
      </div>
      {lockedNow ? (
        <p className="tone-warn" data-policy-locked="templates">
          <span aria-hidden="true">🔒 </span>
          {t('policy.templatesLocked')}
        </p>
      ) : null}
      {ref ? (
        <fieldset className="guide-fields" disabled={lockedNow} aria-label={lockedNow ? `${t('guide.options.templatesHeading')} (${t('policy.locked')})` : t('guide.options.templatesHeading')}>
          <div className="fields">
            <label htmlFor={ids.nameSv}>{t('guide.options.templateNameSv')}</label>
            <input id={ids.nameSv} type="text" maxLength={200} value={draft.nameSv} onChange={set('nameSv')} />
            <label htmlFor={ids.nameEn}>{t('guide.options.templateNameEn')}</label>
            <input id={ids.nameEn} type="text" maxLength={200} value={draft.nameEn} onChange={set('nameEn')} />
            <label htmlFor={ids.category}>{t('guide.category')}</label>
            <select id={ids.category} value={draft.category} onChange={set('category')}>
              <option value="">{t('guide.options.anyCategory')}</option>
              {CATEGORY_IDS.map((c) => (
                <option key={c} value={c}>
                  {categoryName(c)}
                </option>
              ))}
            </select>
            <p id={ids.help} className="muted">
              {t('guide.options.variablesHelp')}
            </p>
            <label htmlFor={ids.bodySv}>{t('guide.options.bodySv')}</label>
            <textarea id={ids.bodySv} rows={4} maxLength={5000} value={draft.bodySv} onChange={set('bodySv')} aria-describedby={`${ids.help} ${ids.errors}`} aria-invalid={problems.length > 0} />
            <label htmlFor={ids.bodyEn}>{t('guide.options.bodyEn')}</label>
            <textarea id={ids.bodyEn} rows={4} maxLength={5000} value={draft.bodyEn} onChange={set('bodyEn')} aria-describedby={`${ids.help} ${ids.errors}`} />
            <div id={ids.errors} role="alert" className="tone-error">
              {problems.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </div>
            {candidate && checked?.ok ? <TemplatePreview template={candidate} data={data} settings={settings} t={t} /> : null}
            <div className="row">
              <button type="button" className="primary" onClick={() => void save()}>
                {t('guide.options.saveTemplate')}
              </button>
              {ref.list === 'ownTemplates' && isStored ? (
                <button type="button" onClick={() => void remove()}>
                  {t('guide.options.deleteTemplate')}
                </button>
              ) : null}
            </div>
          </div>
        </fieldset>
      ) : null}
      <p role="status" className={message ? `tone-${message.tone}` : ''}>
        {message?.text ?? ''}
      </p>
    </div>
  );
}
