import { useEffect, useState } from 'react';
import { DEFAULT_REGISTRAR_SETTINGS, getRegistrarSettings, watchRegistrarSettings, type RegistrarSettings } from '../../lib/settings/registrar';

/** The registrar settings and directory, live. */
export function useRegistrar(): RegistrarSettings {
  const [value, setValue] = useState<RegistrarSettings>(DEFAULT_REGISTRAR_SETTINGS);
  useEffect(() => {
    let alive = true;
    void getRegistrarSettings().then((s) => alive && setValue(s));
    const unwatch = watchRegistrarSettings(setValue);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return value;
}
