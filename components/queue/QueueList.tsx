import type { Translate } from '../../lib/i18n';
import { isOverdue } from '../../lib/records/query';
import type { CaptureRecord } from '../../lib/records/schema';
import { RecordRow } from './RecordRow';
import { useRecordWindow } from './useRecordWindow';

/**
 * The records as a table whose rows exist only while in view (@tanstack/react-virtual), so
 * 10,000 records render as a few dozen rows and read a few dozen thumbnails. Rows above and
 * below the window are stood in for by one spacer row each, which keeps the table's semantics.
 */
export function QueueList({ records, selected, onSelect, t, caption }: { records: CaptureRecord[]; selected: ReadonlySet<string>; onSelect: (id: string, on: boolean) => void; t: Translate; caption: string }) {
  const { scrollRef, items, top, bottom, measure } = useRecordWindow(records, 110, 1000);
  const now = new Date();
  return (
    <div ref={scrollRef} className="queue-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="records">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('queue.column.select')}</th>
            <th scope="col">{t('queue.column.screenshot')}</th>
            <th scope="col">{t('queue.column.author')}</th>
            <th scope="col">{t('queue.column.text')}</th>
            <th scope="col">{t('queue.column.status')}</th>
            <th scope="col">{t('queue.column.times')}</th>
            <th scope="col">{t('queue.column.link')}</th>
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: top, padding: 0, border: 0 }} />
            </tr>
          ) : null}
          {items.map((item) => {
            const record = records[item.index]!;
            return (
              <RecordRow
                key={record.id}
                index={item.index}
                rowRef={measure}
                record={record}
                t={t}
                selected={selected.has(record.id)}
                onSelect={onSelect}
                overdue={isOverdue(record, now)}
              />
            );
          })}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="spacer">
              <td colSpan={7} style={{ height: bottom, padding: 0, border: 0 }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
