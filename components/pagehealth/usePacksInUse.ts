import { useEffect, useState } from 'react';
import { watchSitePacks } from '../../lib/platforms/pack-source';
import { packsInUse, type PackInUse } from '../../lib/sitepack/store';

/**
 * Which site pack each site reads with, kept current as packs are imported or IT changes them.
 * `asked` is bumped by a view that changed the packs itself (the options page's import): that
 * view's own import applied them already, so the watch below sees no change to report.
 */
export function usePacksInUse(asked = 0): PackInUse[] | undefined {
  const [packs, setPacks] = useState<PackInUse[] | undefined>(undefined);
  useEffect(() => {
    const stop = new AbortController();
    // A failed read leaves the packs known so far (none at first): the views do not wait forever.
    const refresh = () => void packsInUse().then((p) => !stop.signal.aborted && setPacks(p), () => !stop.signal.aborted && setPacks((known) => known ?? []));
    refresh();
    // Only a change of the packs themselves: not every storage write (a capture writes several).
    watchSitePacks(refresh, stop.signal);
    return () => stop.abort();
  }, [asked]);
  return packs;
}
