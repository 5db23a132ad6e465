import type { Ref } from 'react';
import { formatDateTime, type Translate } from '../../lib/i18n';
import type { CaptureRecord } from '../../lib/records/schema';
import { FolderMark } from './FolderPanel';
import { PLATFORM_NAMES } from './platform-name';
import { statusText } from './texts';
import { useScreenshotUrl } from './useScreenshotUrl';

/**
 * One record in the side panel's narrow list: who, where, when, status and the start of the
 * text, stacked, instead of the full page's seven columns squeezed into 400 px. Text only.
 */
export function RecordCard({ record, t, selected, onSelect, overdue, rowRef, index }: { record: CaptureRecord; t: Translate; selected: boolean; onSelect: (id: string, on: boolean) => void; overdue: boolean; rowRef?: Ref<HTMLLIElement>; index: number }) {
  const thumb = useScreenshotUrl(record.id, record.screenshot.status === 'ok');
  const author = record.author || '—';
  return (
    <li className="record-card" data-record-id={record.id} data-index={index} ref={rowRef}>
      <input type="checkbox" checked={selected} aria-label={t('queue.select', { author })} onChange={(e) => onSelect(record.id, e.target.checked)} />
      <div className="record-card-body">
        <div className="record-card-head">
          <a href={`#/record/${record.id}`} aria-label={t('queue.show', { author })}>
            {author}
          </a>
          <span className="date muted">{formatDateTime(record.capturedAt)}</span>
        </div>
        <div className="muted">
          {PLATFORM_NAMES[record.platform]} · {t(`kind.${record.kind}`)} · <span data-status={record.status}>{statusText(t, record.status)}</span>
          {record.diarienummer ? ` · ${record.diarienummer}` : ''}
          {overdue ? <span className="tone-error"> · {t('queue.overdueBadge')}</span> : null}
        </div>
        <FolderMark id={record.id} name={record.capturedBy.name} t={t} />
        <div className="captured-text clamp">{record.text}</div>
      </div>
      {thumb ? <img className="thumb" src={thumb} alt="" /> : null}
    </li>
  );
}
