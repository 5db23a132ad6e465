import { formatDateTime, type Translate } from '../../lib/i18n';
import type { CaptureRecord } from '../../lib/records/schema';
import { safeHref } from '../../lib/safe-url';
import { PLATFORM_NAMES } from './platform-name';
import { useScreenshotUrl } from './useScreenshotUrl';

/** One record in the queue. Captured text is rendered as a text node, never as HTML. */
export function RecordRow({ record, t }: { record: CaptureRecord; t: Translate }) {
  const thumb = useScreenshotUrl(record.id, record.screenshot.status === 'ok');
  const link = safeHref(record.permalink ?? record.pageUrl);
  return (
    <tr data-record-id={record.id}>
      <td>{thumb ? <img className="thumb" src={thumb} alt="" /> : <span className="muted">{record.screenshot.status === 'ok' ? '' : t('queue.noScreenshot')}</span>}</td>
      <td>
        <a href={`#/record/${record.id}`} aria-label={t('queue.show', { author: record.author || '—' })}>
          {record.author || '—'}
        </a>
        <div className="muted">{PLATFORM_NAMES[record.platform]} · {t(`kind.${record.kind}`)}</div>
      </td>
      <td>
        <div className="captured-text">{record.text}</div>
      </td>
      <td className="muted">
        {record.publishedText ? <div>{t('queue.published', { when: record.publishedAt ? formatDateTime(record.publishedAt) : record.publishedText })}</div> : null}
        <div>{t('queue.captured', { when: formatDateTime(record.capturedAt) })}</div>
      </td>
      <td>{link ? <a href={link} target="_blank" rel="noopener noreferrer">{t('queue.openLink', { platform: PLATFORM_NAMES[record.platform] })}</a> : null}</td>
    </tr>
  );
}
