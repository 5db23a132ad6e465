import { storage } from '#imports';
import { z } from 'zod';

/** The "Kom igång" steps, in order; each can be done in its own section of the options page, or skipped. */
export const START_STEPS = ['profile', 'screenshots', 'registrar'] as const;
export type StartStep = (typeof START_STEPS)[number];

const StartStateSchema = z.object({
  skipped: z.array(z.enum(START_STEPS)).max(START_STEPS.length),
  /** Closed by the user; "Visa Kom igång" in the page header opens it again. */
  closed: z.boolean(),
});
export type StartState = z.infer<typeof StartStateSchema>;
export const EMPTY_START: StartState = { skipped: [], closed: false };

const item = storage.defineItem<unknown>('local:startGuide', { fallback: EMPTY_START });

export async function getStartState(): Promise<StartState> {
  const parsed = StartStateSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : EMPTY_START;
}

export async function saveStartState(next: StartState): Promise<void> {
  await item.setValue(StartStateSchema.parse(next));
}

export function watchStartState(listener: (s: StartState) => void): () => void {
  return item.watch((v) => {
    const parsed = StartStateSchema.safeParse(v);
    listener(parsed.success ? parsed.data : EMPTY_START);
  });
}
