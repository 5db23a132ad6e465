import type { Ref } from 'react';
import { formatDateTime, type Translate } from '../../lib/i18n';
import type { CaptureRecord } from '../../lib/records/schema';
import { safeHref } from '../../lib/safe-url';
import { FolderMark } from './FolderPanel';
import { PLATFORM_NAMES } from './platform-name';
import { statusText } from './texts';
import { useScreenshotUrl } from './useScreenshotUrl';

export interface RecordRowProps {
  record: CaptureRecord;
  t: Translate;
  selected?: boolean;
  onSelect?: (id: string, selected: boolean) => void;
  overdue?: boolean;
  /** For the virtual list: measures the row's real height. */
  rowRef?: Ref<HTMLTableRowElement>;
  index?: number;
}

/**
 * One record in the queue. Captured text is rendered as a text node, never as HTML. Only rows
 * in view exist (QueueList is virtual), so only their screenshots are read for thumbnails.
 */
export function RecordRow({ record, t, selected, onSelect, overdue, rowRef, index }: RecordRowProps) {
  const thumb = useScreenshotUrl(record.id, record.screenshot.status === 'ok');
  const link = safeHref(record.permalink ?? record.pageUrl);
  const author = record.author || '—';
  return (
    <tr data-record-id={record.id} data-index={index} ref={rowRef} aria-selected={onSelect ? (selected ?? false) : undefined}>
      {onSelect ? (
        <td>
          <input type="checkbox" checked={selected ?? false} aria-label={t('queue.select', { author })} onChange={(e) => onSelect(record.id, e.target.checked)} />
        </td>
      ) : null}
      <td>
        {thumb ? <img className="thumb" src={thumb} alt="" /> : <span className="muted">{record.screenshot.status === 'ok' ? '' : t('queue.noScreenshot')}</span>}
        {record.screenshot.status === 'ok' && record.screenshot.doubt ? <div className="tone-warn" data-screenshot-doubt={record.screenshot.doubt.reasons.join(' ')}>{t('screenshotDoubt.mark')}</div> : null}
      </td>
      <td>
        <a href={`#/record/${record.id}`} aria-label={t('queue.show', { author })}>
          {author}
        </a>
        <div className="muted">
          {PLATFORM_NAMES[record.platform]} · {t(`kind.${record.kind}`)}
        </div>
        {record.version ? <div className="muted" data-version={record.version}>{`${t('versions.field')} ${record.version}`}</div> : null}
      </td>
      <td>
        <div className="captured-text">{record.text}</div>
      </td>
      <td data-status={record.status}>
        {statusText(t, record.status)}
        {record.diarienummer ? <div className="muted">{record.diarienummer}</div> : null}
        {overdue ? <div className="tone-error">{t('queue.overdueBadge')}</div> : null}
      </td>
      <td className="muted times">
        {record.publishedText ? <div>{t('queue.published', { when: record.publishedAt ? formatDateTime(record.publishedAt) : record.publishedText })}</div> : null}
        <div>{t('queue.captured', { when: formatDateTime(record.capturedAt) })}</div>
        <FolderMark id={record.id} name={record.capturedBy.name} t={t} />
        {record.dueAt ? <div>{`${t('queue.detail.dueAt')}: ${formatDateTime(record.dueAt)}`}</div> : null}
      </td>
      <td>
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer">
            {t('queue.openLink', { platform: PLATFORM_NAMES[record.platform] })}
          </a>
        ) : null}
      </td>
    </tr>
  );
}
