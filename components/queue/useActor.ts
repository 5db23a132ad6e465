import { useCallback } from 'react';
import type { Actor } from '../../lib/records/audit';
import type { Settings } from '../../lib/settings/schema';

/** Who is acting now: the profile name (as on captures), and the clock at the moment of the change. */
export function useActor(settings: Settings): () => Actor {
  const name = settings.profile.name;
  return useCallback(() => ({ by: name || '(okänd)', now: new Date() }), [name]);
}
