import { useEffect, useState } from 'react';

/**
 * A value kept in extension storage, live: `initial` until storage answers (`loaded` false),
 * then what `get` read, then every change `watch` reports (an edit on the options page reaches
 * open pages at once). `get` and `watch` are module functions, read once on mount.
 */
export function useStored<T>(initial: T, get: () => Promise<T>, watch: (listener: (value: T) => void) => () => void): { value: T; loaded: boolean } {
  const [value, setValue] = useState<T>(initial);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let alive = true;
    const take = (v: T) => {
      if (!alive) return;
      setValue(v);
      setLoaded(true);
    };
    void get().then(take);
    const unwatch = watch(take);
    return () => {
      alive = false;
      unwatch();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the store functions never change
  }, []);
  return { value, loaded };
}
