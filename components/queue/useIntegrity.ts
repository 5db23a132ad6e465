import { useEffect, useState } from 'react';
import { getDb } from '../../lib/records/db';
import { sha256Hex, verifyRecord } from '../../lib/records/digests';
import type { CaptureRecord } from '../../lib/records/schema';

export type Integrity = 'checking' | 'ok' | 'mismatch';

/** Recomputes the record's and its screenshot's digests against those stored at capture. */
export function useIntegrity(record: CaptureRecord): Integrity {
  const [state, setState] = useState<Integrity>('checking');
  useEffect(() => {
    let alive = true;
    void (async () => {
      let ok = await verifyRecord(record);
      if (ok && record.screenshot.status === 'ok') {
        const row = await getDb().screenshots.get(record.id);
        ok = !!row && (await sha256Hex(row.blob)) === record.screenshot.sha256;
      }
      if (alive) setState(ok ? 'ok' : 'mismatch');
    })();
    return () => {
      alive = false;
    };
  }, [record]);
  return state;
}
