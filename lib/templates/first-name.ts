/** The first name in a display name ("Anna-Karin Exempel" → "Anna-Karin"); "" when there is none. */
export function firstNameOf(displayName: string): string {
  return displayName.normalize('NFC').trim().split(/\s+/u)[0] ?? '';
}
