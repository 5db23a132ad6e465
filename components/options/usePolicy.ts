import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { readPolicy, type PolicyReading } from '../../lib/policy/read';

/** IT's policy (storage.managed), checked, kept current; undefined until read. */
export function usePolicy(): PolicyReading | undefined {
  const [reading, setReading] = useState<PolicyReading | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const refresh = () => void readPolicy().then((r) => alive && setReading(r));
    refresh();
    const onChanged = (_changes: unknown, area: string) => area === 'managed' && refresh();
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return reading;
}
