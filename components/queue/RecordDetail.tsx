import type { ReactNode } from 'react';
import { formatDateTime, type MessageKey, type Translate } from '../../lib/i18n';
import type { CaptureRecord } from '../../lib/records/schema';
import { safeHref } from '../../lib/safe-url';
import { doubtText } from '../../lib/capture/doubt';
import { PLATFORM_NAMES } from './platform-name';
import { statusText } from './texts';
import { useIntegrity } from './useIntegrity';
import { useScreenshotUrl } from './useScreenshotUrl';
import { RecordVersions } from './RecordVersions';
import { ShootNow } from './ShootNow';

function Link({ url }: { url: string | undefined }) {
  const href = safeHref(url);
  // An unsafe URL is still shown, as text, so nothing captured is hidden.
  return href ? <a href={href} target="_blank" rel="noopener noreferrer">{url}</a> : <>{url ?? '—'}</>;
}

/** Everything stored for one record, with the whole screenshot. All page content is text. */
export function RecordDetail({ record, t }: { record: CaptureRecord; t: Translate }) {
  const shot = useScreenshotUrl(record.id, record.screenshot.status === 'ok');
  const integrity = useIntegrity(record);
  const s = record.screenshot;
  const rows: [MessageKey, ReactNode][] = [
    ['field.platform', PLATFORM_NAMES[record.platform]],
    ['field.kind', t(`kind.${record.kind}`)],
    ['field.author', record.author || '—'],
    ['field.authorUrl', <Link url={record.authorUrl} />],
    ['field.text', record.text],
    ['field.permalink', <Link url={record.permalink} />],
    ['field.itemId', record.itemId ?? '—'],
    ['field.pageUrl', <Link url={record.pageUrl} />],
    ['field.publishedText', record.publishedText ?? '—'],
    ['field.capturedAt', formatDateTime(record.capturedAt)],
    ['field.capturedBy', [record.capturedBy.name, record.capturedBy.title, record.capturedBy.unit].filter(Boolean).join(', ') || '—'],
    ['field.parent', record.parent ? [record.parent.author, record.parent.text].filter(Boolean).join(': ') : '—'],
    ['field.status', statusText(t, record.status)],
    ['field.contentSha256', <span className="digest">{record.contentSha256}</span>],
  ];
  if (record.publishedAt) rows.splice(9, 0, ['field.publishedAt', formatDateTime(record.publishedAt)]);
  if (record.parent?.permalink) rows.push(['field.parent', <Link url={record.parent.permalink} />]);
  rows.push(['field.screenshotSha256', s.status === 'ok' ? <span className="digest">{s.sha256}</span> : t(`screenshotMissing.${s.reason}` as MessageKey, { detail: s.detail ?? '' })]);
  // A picture that may not show the whole item says so beside it, with the reasons (issue 18).
  if (s.status === 'ok' && s.doubt) rows.push(['screenshotDoubt.mark', <span className="tone-warn" data-screenshot-doubt={s.doubt.reasons.join(' ')}>{doubtText(s.doubt, t)}</span>]);
  if (record.capturedOnRemoval) rows.push(['removal.field', `${t(`removal.action.${record.capturedOnRemoval}`)}, ${t('removal.captured')}`]);
  if (record.diarienummer) rows.push(['queue.detail.dnr', record.diarienummer]);
  if (record.category) rows.push(['queue.detail.category', t(`queue.category.${record.category}`)]);
  if (record.dueAt) rows.push(['queue.detail.dueAt', formatDateTime(record.dueAt)]);
  if (record.exportedAt) rows.push(['queue.detail.exportedAt', formatDateTime(record.exportedAt)]);
  if (record.unreadable.length > 0) rows.push(['field.unreadable', record.unreadable.join(', ')]);
  const integrityText = integrity === 'checking' ? t('integrity.checking') : integrity === 'ok' ? t('integrity.ok') : t('integrity.mismatch');
  rows.push(['field.integrity', <span className={integrity === 'mismatch' ? 'tone-error' : integrity === 'ok' ? 'tone-ok' : ''} data-integrity={integrity}>{integrityText}</span>]);

  return (
    <article aria-labelledby="record-heading">
      <h2 id="record-heading">{t('queue.detail.heading', { author: record.author || '—' })}</h2>
      <dl className="fields">
        {rows.map(([key, value], i) => (
          <div key={i} style={{ display: 'contents' }}>
            <dt>{t(key)}</dt>
            <dd data-field={key}>{value}</dd>
          </div>
        ))}
      </dl>
      {s.status === 'missing' && record.kind !== 'page-screenshot' ? <ShootNow key={record.id} record={record} t={t} /> : null}
      <RecordVersions record={record} t={t} />
      {shot ? (
        <figure>
          <img className="screenshot-full" src={shot} alt={t('queue.detail.screenshotAlt', { when: formatDateTime(record.capturedAt) })} />
          <figcaption className="muted">{`${s.status === 'ok' ? `${s.width} × ${s.height} px` : ''}`}</figcaption>
        </figure>
      ) : null}
    </article>
  );
}
