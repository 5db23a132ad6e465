import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { CaptureRecord } from '../../lib/records/schema';

/**
 * The records in view (@tanstack/react-virtual), for the queue's table and the side panel's
 * cards alike: the scroll element's ref, the items to render, and the space above and below them.
 */
export function useRecordWindow(records: CaptureRecord[], estimateSize: number, width: number) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be read during render
  const virtualizer = useVirtualizer({
    count: records.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimateSize,
    overscan: 6,
    initialRect: { width, height: 800 },
    getItemKey: (i) => records[i]?.id ?? i,
  });
  const items = virtualizer.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  return { scrollRef, items, top, bottom, measure: virtualizer.measureElement };
}
