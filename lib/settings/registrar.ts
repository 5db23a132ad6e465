import { z } from 'zod';
import { storage } from '#imports';

/**
 * Where exports and forwarded records go (issue 5): the registrar's mailbox, the sender's own
 * address (a .eml needs a From), the fault-report web address, and the organisation's directory
 * of department mailboxes and contact persons (Bilaga 1, Bilaga 3).
 */
// Same shape lib/export/eml.ts accepts: no spaces, brackets or separators that could add headers.
const EMAIL = /^[^\s<>()[\]\\,;:"@]+@[^\s<>()[\]\\,;:"@]+\.[^\s<>()[\]\\,;:"@]+$/;
const email = z.string().trim().max(254).regex(EMAIL);
const optionalEmail = z.union([z.literal(''), email]);

export const DIRECTORY_KINDS = ['department', 'person', 'fault-report'] as const;

export const DirectoryEntrySchema = z.object({
  id: z.string().min(1).max(60),
  name: z.string().trim().min(1).max(200),
  email,
  kind: z.enum(DIRECTORY_KINDS),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntrySchema>;

export const RegistrarSettingsSchema = z.object({
  registrarEmail: optionalEmail,
  senderEmail: optionalEmail,
  faultReportUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ }).max(2000)]),
  directory: z.array(DirectoryEntrySchema).max(500),
});
export type RegistrarSettings = z.infer<typeof RegistrarSettingsSchema>;

export const DEFAULT_REGISTRAR_SETTINGS: RegistrarSettings = { registrarEmail: '', senderEmail: '', faultReportUrl: '', directory: [] };

const item = storage.defineItem<unknown>('local:registrar', { fallback: DEFAULT_REGISTRAR_SETTINGS, version: 1 });

/** A damaged value falls back to the default rather than locking the user out. */
export async function getRegistrarSettings(): Promise<RegistrarSettings> {
  const parsed = RegistrarSettingsSchema.safeParse(await item.getValue());
  return parsed.success ? parsed.data : DEFAULT_REGISTRAR_SETTINGS;
}

export async function saveRegistrarSettings(next: RegistrarSettings): Promise<void> {
  await item.setValue(RegistrarSettingsSchema.parse(next));
}

export function watchRegistrarSettings(callback: (s: RegistrarSettings) => void): () => void {
  return item.watch((value) => {
    const parsed = RegistrarSettingsSchema.safeParse(value);
    callback(parsed.success ? parsed.data : DEFAULT_REGISTRAR_SETTINGS);
  });
}
