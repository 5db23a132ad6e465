import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { Translate } from '../../lib/i18n';
import { isOverdue } from '../../lib/records/query';
import type { CaptureRecord } from '../../lib/records/schema';
import { RecordCard } from './RecordCard';

/** The side panel's list: virtual like QueueList, but one stacked card per record. */
export function QueueCards({ records, selected, onSelect, t, caption }: { records: CaptureRecord[]; selected: ReadonlySet<string>; onSelect: (id: string, on: boolean) => void; t: Translate; caption: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be read during render
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 96,
    overscan: 6,
    initialRect: { width: 400, height: 800 },
    getItemKey: (i) => records[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const now = new Date();
  return (
    <div ref={scrollRef} className="queue-scroll" role="region" aria-label={caption} tabIndex={0}>
      <ul className="record-cards" style={{ paddingTop: top, paddingBottom: bottom }}>
        {items.map((item) => {
          const record = records[item.index]!;
          return <RecordCard key={record.id} index={item.index} rowRef={virtualizer.measureElement} record={record} t={t} selected={selected.has(record.id)} onSelect={onSelect} overdue={isOverdue(record, now)} />;
        })}
      </ul>
    </div>
  );
}
