import type { Translate } from '../../lib/i18n';
import type { Actor } from '../../lib/records/audit';
import { RECORD_STATUSES } from '../../lib/records/schema';
import { StatusChange } from './StatusChange';
import { ButtonWithReason } from './WhyDisabled';

/**
 * Actions on the selection: select all shown, clear, change status with a note (every status
 * but captured and disposed is offered; the transition table refuses what it must, and then
 * nothing changes), and export.
 */
export function BulkBar({ shownIds, selected, setSelected, t, actor, onExport }: { shownIds: readonly string[]; selected: ReadonlySet<string>; setSelected: (s: Set<string>) => void; t: Translate; actor: () => Actor; onExport: () => void }) {
  const ids = [...selected];
  return (
    <section className="bulk" aria-label={t('queue.selected', { count: selected.size })}>
      <div className="row">
        <span role="status">{t('queue.selected', { count: selected.size })}</span>
        <button type="button" onClick={() => setSelected(new Set(shownIds))} disabled={shownIds.length === 0}>
          {t('queue.selectAll', { count: shownIds.length })}
        </button>
        <button type="button" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>
          {t('queue.clearSelection')}
        </button>
        <ButtonWithReason id="bulk-export-why" type="button" className="primary" onClick={onExport} why={selected.size === 0 ? t('queue.export.nothing') : undefined}>
          {t('queue.export.open')}
        </ButtonWithReason>
      </div>
      {selected.size > 0 ? (
        <StatusChange ids={ids} options={RECORD_STATUSES.filter((s) => s !== 'captured' && s !== 'disposed')} t={t} actor={actor} label={t('queue.change.label')} headingLevel={2} />
      ) : null}
    </section>
  );
}
