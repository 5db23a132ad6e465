import type { CaptureRecord } from '../records/schema';

/** Swedish names for the registrar: exported files are read by people, not by the extension's UI. */
export const PLATFORM_LABELS: Record<CaptureRecord['platform'], string> = {
  facebook: 'Facebook',
  'business-suite': 'Meta Business Suite',
  instagram: 'Instagram',
  youtube: 'YouTube',
  'youtube-studio': 'YouTube Studio',
  manual: 'Manuellt markerad text',
};

export const KIND_LABELS: Record<CaptureRecord['kind'], string> = {
  post: 'Inlägg',
  comment: 'Kommentar',
  reply: 'Svar',
  selection: 'Markerad text',
  'page-screenshot': 'Helsidesbild',
};

export const STATUS_LABELS: Record<string, string> = {
  captured: 'Fångad',
  registered: 'Diarieförd',
  forwarded: 'Vidarebefordrad',
  'removed-from-site': 'Borttagen från sidan',
  kept: 'Sparad, ingen registrering',
  disposed: 'Gallrad',
};

export function statusLabel(status: string): string {
  return STATUS_LABELS[status] ?? status;
}

export function profileLabel(p: { name: string; title: string; unit: string }): string {
  return [p.name, p.title, p.unit].filter((s) => s.length > 0).join(', ');
}
