import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { packsInUse, type PackInUse } from '../../lib/sitepack/store';

/** Which site pack each site reads with, kept current as packs are imported or IT changes them. */
export function usePacksInUse(): PackInUse[] | undefined {
  const [packs, setPacks] = useState<PackInUse[] | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    // A failed read leaves the packs known so far (none at first): the views do not wait forever.
    const refresh = () => void packsInUse().then((p) => alive && setPacks(p), () => alive && setPacks((known) => known ?? []));
    refresh();
    browser.storage.onChanged.addListener(refresh);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(refresh);
    };
  }, []);
  return packs;
}
