import { CATEGORY_IDS } from '../../lib/guide/schema';
import type { Translate } from '../../lib/i18n';
import { PLATFORMS } from '../../lib/platforms/types';
import type { RecordFilter } from '../../lib/records/query';
import { RECORD_STATUSES } from '../../lib/records/schema';
import { PLATFORM_NAMES } from './platform-name';
import { statusText } from './texts';

/** The queue's filters; every control has a visible label. Changes apply as they are made. */
export function QueueFilters({ filter, onChange, t }: { filter: RecordFilter; onChange: (f: RecordFilter) => void; t: Translate }) {
  const set = <K extends keyof RecordFilter>(key: K, value: RecordFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <div role="search" className="filters" aria-label={t('queue.filter.label')}>
      <label>
        {t('queue.filter.search')}
        <input type="search" value={filter.search ?? ''} onChange={(e) => set('search', e.target.value)} />
      </label>
      <label>
        {t('queue.filter.status')}
        <select value={filter.status ?? ''} onChange={(e) => set('status', e.target.value as RecordFilter['status'])}>
          <option value="">{t('queue.filter.any')}</option>
          {RECORD_STATUSES.filter((s) => s !== 'disposed').map((s) => (
            <option key={s} value={s}>
              {statusText(t, s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.filter.platform')}
        <select value={filter.platform ?? ''} onChange={(e) => set('platform', e.target.value as RecordFilter['platform'])}>
          <option value="">{t('queue.filter.any')}</option>
          {PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {PLATFORM_NAMES[p]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('queue.filter.category')}
        <select value={filter.category ?? ''} onChange={(e) => set('category', e.target.value as RecordFilter['category'])}>
          <option value="">{t('queue.filter.any')}</option>
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {t(`queue.category.${c}`)}
            </option>
          ))}
          <option value="none">{t('queue.category.none')}</option>
        </select>
      </label>
      <label>
        {t('queue.filter.from')}
        <input type="date" value={filter.from ?? ''} onChange={(e) => set('from', e.target.value)} />
      </label>
      <label>
        {t('queue.filter.to')}
        <input type="date" value={filter.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={filter.overdue ?? false} onChange={(e) => set('overdue', e.target.checked)} />
        {t('queue.filter.overdue')}
      </label>
      <button type="button" onClick={() => onChange({})}>
        {t('queue.filter.reset')}
      </button>
    </div>
  );
}
