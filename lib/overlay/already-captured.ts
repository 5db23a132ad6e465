import { formatDateTime } from '../i18n/format-date';
import type { ToolbarTranslate } from '../i18n/toolbar';
import { send, type CaptureResponse } from '../protocol';
import type { VersionChange } from '../records/version-changes';

export interface StoredCapture {
  recordId: string;
  versions: number;
  capturedAt: string;
}

/** "Redan fångad 2 gånger, senast 2026-11-23 10:15." */
export function alreadyCapturedText(existing: StoredCapture, t: ToolbarTranslate): string {
  return t('versions.already', { count: existing.versions, when: formatDateTime(existing.capturedAt) });
}

/** The sentence a stored version adds to the status line: its number and what changed. */
export function versionText(version: NonNullable<Extract<CaptureResponse, { ok: true }>['version']>, t: ToolbarTranslate): string {
  if (version.changes.length === 0) return t('versions.savedUnchanged', { number: version.number });
  const changes = version.changes.map((c: VersionChange) => t(`versions.change.${c}`)).join(', ');
  return t('versions.savedChanged', { number: version.number, changes });
}

/**
 * The two answers offered in a toolbar when its item is already stored (issue 18 point 3):
 * store a new version (an edited comment is evidence in itself), or open the stored record.
 * Plain buttons in the toolbar's bar, so the page-wide click listener reaches them like "Fånga".
 */
export class AlreadyCapturedChoice {
  readonly saveNew: HTMLButtonElement;
  readonly open: HTMLButtonElement;

  constructor(
    bar: HTMLElement,
    readonly existing: StoredCapture,
    t: ToolbarTranslate,
    names: { kind: string; author?: string },
  ) {
    const doc = bar.ownerDocument;
    const button = (text: string, label?: string) => {
      const el = doc.createElement('button');
      el.type = 'button';
      el.textContent = text;
      if (label) el.setAttribute('aria-label', label);
      return el;
    };
    this.saveNew = button(t('versions.saveNew'), names.author ? t('versions.saveNewLabel', { kind: names.kind, author: names.author }) : undefined);
    this.open = button(t('versions.open'));
    this.saveNew.dataset.kvChoice = 'new-version';
    this.open.dataset.kvChoice = 'open';
    // Before the status line, so a long status wraps below the buttons rather than between them.
    const status = bar.querySelector('.kv-status');
    if (status) status.before(this.saveNew, this.open);
    else bar.append(this.saveNew, this.open);
  }

  has(el: EventTarget): boolean {
    return el === this.saveNew || el === this.open;
  }

  /** Opens the latest stored version in the queue; false when the background could not. */
  async openRecord(): Promise<boolean> {
    try {
      return (await send('open-record', { recordId: this.existing.recordId })).ok;
    } catch {
      return false;
    }
  }

  remove(): void {
    this.saveNew.remove();
    this.open.remove();
  }
}
