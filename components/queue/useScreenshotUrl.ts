import { useEffect, useState } from 'react';
import { getDb } from '../../lib/records/db';

/** An object URL for a record's screenshot, revoked when the component goes away. */
export function useScreenshotUrl(recordId: string, present: boolean): string | undefined {
  const [url, setUrl] = useState<string>();
  useEffect(() => {
    if (!present) return undefined;
    let objectUrl: string | undefined;
    let alive = true;
    void getDb()
      .screenshots.get(recordId)
      .then((row) => {
        if (!alive || !row) return;
        objectUrl = URL.createObjectURL(row.blob);
        setUrl(objectUrl);
      });
    return () => {
      alive = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [recordId, present]);
  return url;
}
