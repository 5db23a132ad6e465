import { parseGuide } from '../guide/guide-file';
import { GuideSchema, type Guide, type LocalizedText } from '../guide/schema';
import type { Template } from '../templates/schema';
import { validateTemplate } from '../templates/validate-template';

/**
 * The guide file with the organisation's templates in it: the guide file format of
 * lib/guide/guide-file.ts plus an optional `templates` list (a guide reader ignores extra fields,
 * so the file is still a valid guide file). Import is all or nothing.
 */

export type GuideFileImport =
  | { ok: true; guide: Guide; /** Absent when the file has no templates: keep the current ones. */ templates?: Template[] }
  | { ok: false; message: LocalizedText };

export function exportGuideFile(guide: Guide, templates: readonly Template[]): string {
  return `${JSON.stringify({ ...GuideSchema.parse(guide), templates }, null, 2)}\n`;
}

function templatesProblem(raw: unknown): LocalizedText | Template[] {
  if (!Array.isArray(raw)) {
    return { sv: 'Fältet ”templates” ska vara en lista med mallar.', en: 'The field “templates” must be a list of templates.' };
  }
  if (raw.length > 200) return { sv: 'Filen har fler än 200 mallar.', en: 'The file has more than 200 templates.' };
  const out: Template[] = [];
  const seen = new Set<string>();
  for (const [i, t] of raw.entries()) {
    const checked = validateTemplate(t);
    if (!checked.ok) {
      const first = checked.issues[0]?.message ?? { sv: 'Mallen är ogiltig.', en: 'The template is invalid.' };
      return { sv: `Mall ${i + 1} i filen: ${first.sv}`, en: `Template ${i + 1} in the file: ${first.en}` };
    }
    if (seen.has(checked.template.id)) {
      const id = checked.template.id;
      return { sv: `Mall-id ”${id}” förekommer mer än en gång.`, en: `The template id “${id}” occurs more than once.` };
    }
    seen.add(checked.template.id);
    out.push(checked.template);
  }
  return out;
}

/** Reads a guide file (text as read from disk): the whole guide and its templates, or why not. */
export function parseGuideFile(text: string): GuideFileImport {
  const guide = parseGuide(text);
  if (!guide.ok) return { ok: false, message: guide.error.message };
  // parseGuide accepted the text, so it is a JSON object.
  const raw = (JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>).templates;
  if (raw === undefined) return { ok: true, guide: guide.guide };
  const templates = templatesProblem(raw);
  return Array.isArray(templates) ? { ok: true, guide: guide.guide, templates } : { ok: false, message: templates };
}
