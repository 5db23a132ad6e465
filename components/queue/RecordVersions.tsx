import { useLiveQuery } from 'dexie-react-hooks';
import { formatDateTime, type Translate } from '../../lib/i18n';
import { getDb } from '../../lib/records/db';
import type { CaptureRecord } from '../../lib/records/schema';
import { versionChanges, versionNumber, versionsOfKey } from '../../lib/records/versions';

/** What a version changed since the one before it, in words: "ändrat: texten", "inget ändrat", "första fångsten". */
export function changesText(t: Translate, before: CaptureRecord | undefined, record: CaptureRecord): string {
  if (!before) return t('versions.first');
  const changes = versionChanges(before, record);
  return changes.length === 0 ? t('versions.unchanged') : t('versions.changedSince', { changes: changes.map((c) => t(`versions.change.${c}`)).join(', ') });
}

/**
 * Every capture of the same item (issue 18 point 3), oldest first, each with what changed since
 * the one before: "Version 2 av 3". Shown only when the item was captured more than once.
 */
export function RecordVersions({ record, t }: { record: CaptureRecord; t: Translate }) {
  const versions = useLiveQuery(() => versionsOfKey(getDb(), record.key), [record.key]);
  if (!versions || versions.length < 2) return null;
  const index = versions.findIndex((v) => v.id === record.id);
  return (
    <section aria-labelledby="versions-heading" data-versions={versions.length}>
      <h3 id="versions-heading">{t('versions.heading')}</h3>
      <p data-version-label>{t('versions.label', { number: versionNumber(record), total: versions.length })}</p>
      <ol className="versions">
        {versions.map((v, i) => {
          const label = t('versions.show', { number: versionNumber(v), when: formatDateTime(v.capturedAt) });
          const changes = changesText(t, versions[i - 1], v);
          return (
            <li key={v.id} data-record-id={v.id} aria-current={i === index ? 'true' : undefined}>
              {i === index ? (
                <span>{`${t('versions.item', { number: versionNumber(v), when: formatDateTime(v.capturedAt) })} ${t('versions.current')}`}</span>
              ) : (
                <a href={`#/record/${v.id}`}>{label}</a>
              )}
              <span className="muted">{` · ${changes}`}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
