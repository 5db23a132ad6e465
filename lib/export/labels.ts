import { DEFAULT_GUIDE } from '../guide/default-guide';
import type { CategoryId, Guide } from '../guide/schema';
import { translator } from '../i18n';
import type { CaptureRecord, RecordAction, SiteRemoval } from '../records/schema';

const SV = translator('sv');

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

export function profileLabel(p: { name: string; title: string; unit: string }): string {
  return [p.name, p.title, p.unit].filter((s) => s.length > 0).join(', ');
}

/** The category names the queue shows (i18n queue.category.*): one name per category everywhere. */
export function categoryLabel(id: CategoryId | undefined): string {
  return id ? SV(`queue.category.${id}`) : '';
}

/** What the administrator decided, as the queue names it (i18n queue.action.*). */
export function actionLabel(action: RecordAction | undefined): string {
  return action ? SV(`queue.action.${action}`) : '';
}

/**
 * §3 reasons by the guide's labels, with their section ("Personangrepp (§3)"). A reason whose
 * id the guide no longer has (the guide is editable) is shown by its id, marked as such.
 */
export function reasonLabels(ids: readonly string[] | undefined, guide: Guide = DEFAULT_GUIDE): string[] {
  return (ids ?? []).map((id) => {
    const reason = guide.removalReasons.find((r) => r.id === id);
    if (!reason) return `${id} (finns inte i riktlinjen)`;
    return reason.section ? `${reason.label.sv} (${reason.section})` : reason.label.sv;
  });
}

/** Issue 24: "raderad, fångad vid borttagning" for a record made by itself at the site's Delete or Hide; empty otherwise. */
export function removalLabel(removal: SiteRemoval | undefined): string {
  return removal ? `${SV(`removal.action.${removal}`)}, ${SV('removal.captured')}` : '';
}
