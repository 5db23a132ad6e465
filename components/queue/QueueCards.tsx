import type { Translate } from '../../lib/i18n';
import { isOverdue } from '../../lib/records/query';
import type { CaptureRecord } from '../../lib/records/schema';
import { RecordCard } from './RecordCard';
import { useRecordWindow } from './useRecordWindow';

/** The side panel's list: virtual like QueueList, but one stacked card per record. */
export function QueueCards({ records, selected, onSelect, t, caption }: { records: CaptureRecord[]; selected: ReadonlySet<string>; onSelect: (id: string, on: boolean) => void; t: Translate; caption: string }) {
  const { scrollRef, items, top, bottom, measure } = useRecordWindow(records, 96, 400);
  const now = new Date();
  return (
    <div ref={scrollRef} className="queue-scroll" role="region" aria-label={caption} tabIndex={0}>
      <ul className="record-cards" style={{ paddingTop: top, paddingBottom: bottom }}>
        {items.map((item) => {
          const record = records[item.index]!;
          return <RecordCard key={record.id} index={item.index} rowRef={measure} record={record} t={t} selected={selected.has(record.id)} onSelect={onSelect} overdue={isOverdue(record, now)} />;
        })}
      </ul>
    </div>
  );
}
