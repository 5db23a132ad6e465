import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import type { z } from 'zod';
import { GUIDE_VERSION, GuideSchema, type Guide, type LocalizedText } from './schema';
import { valueAt } from '../value-at';

/**
 * Import and export of the guide as a JSON file. Import is all or nothing: it returns a whole,
 * valid guide or an error saying in Swedish and English what is wrong, naming the field.
 */

export type GuideFileProblem =
  | 'missing'
  | 'wrong-type'
  | 'empty'
  | 'too-long'
  | 'too-few'
  | 'too-many'
  | 'duplicate-id'
  | 'bad-entry'
  | 'invalid';

export interface GuideFileIssue {
  /** Dotted path in the file, e.g. "categories.question.adminFirst.sv" or "removalReasons[2].id". */
  path: string;
  problem: GuideFileProblem;
  message: LocalizedText;
  /** The line in the file (1-based), when the file was given as text. */
  line?: number;
}

export type GuideFileError =
  | { kind: 'not-json'; message: LocalizedText }
  | { kind: 'not-an-object'; message: LocalizedText }
  | { kind: 'wrong-version'; found: unknown; expected: number; message: LocalizedText }
  | { kind: 'invalid'; issues: GuideFileIssue[]; message: LocalizedText };

export type GuideParseResult = { ok: true; guide: Guide } | { ok: false; error: GuideFileError };

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out || '(root)';
}

const TYPE_WORDS: Record<string, LocalizedText> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  object: { sv: 'ett objekt', en: 'an object' },
  array: { sv: 'en lista', en: 'a list' },
  boolean: { sv: 'sant/falskt', en: 'true/false' },
};

function describeIssue(issue: z.core.$ZodIssue, input: unknown): GuideFileIssue {
  const path = formatPath(issue.path);
  const q = (s: string) => ({ sv: `”${s}”`, en: `“${s}”` });
  const p = q(path);
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, issue.path) === undefined) {
        return { path, problem: 'missing', message: { sv: `Fältet ${p.sv} saknas.`, en: `The field ${p.en} is missing.` } };
      }
      const t = TYPE_WORDS[issue.expected] ?? { sv: issue.expected, en: issue.expected };
      return {
        path,
        problem: 'wrong-type',
        message: { sv: `Fältet ${p.sv} ska vara ${t.sv}.`, en: `The field ${p.en} must be ${t.en}.` },
      };
    }
    case 'too_small': {
      if (issue.origin === 'string') {
        return { path, problem: 'empty', message: { sv: `Fältet ${p.sv} är tomt.`, en: `The field ${p.en} is empty.` } };
      }
      if (issue.origin === 'array') {
        return {
          path,
          problem: 'too-few',
          message: {
            sv: `Listan ${p.sv} måste ha minst ${String(issue.minimum)} post(er).`,
            en: `The list ${p.en} must have at least ${String(issue.minimum)} item(s).`,
          },
        };
      }
      break;
    }
    case 'too_big': {
      if (issue.origin === 'string') {
        return {
          path,
          problem: 'too-long',
          message: {
            sv: `Fältet ${p.sv} är för långt (högst ${String(issue.maximum)} tecken).`,
            en: `The field ${p.en} is too long (at most ${String(issue.maximum)} characters).`,
          },
        };
      }
      if (issue.origin === 'array') {
        return {
          path,
          problem: 'too-many',
          message: {
            sv: `Listan ${p.sv} har för många poster (högst ${String(issue.maximum)}).`,
            en: `The list ${p.en} has too many items (at most ${String(issue.maximum)}).`,
          },
        };
      }
      break;
    }
    case 'custom': {
      const params = issue.params as { kind?: string; id?: string; entry?: string; problem?: LocalizedText } | undefined;
      if (params?.kind === 'bad-entry' && params.problem) {
        const entry = JSON.stringify(params.entry ?? '');
        return {
          path,
          problem: 'bad-entry',
          message: {
            sv: `Ordlistan ${p.sv} har en ogiltig post ${entry}: den ${params.problem.sv}.`,
            en: `The word list ${p.en} has an invalid entry ${entry}: it ${params.problem.en}.`,
          },
        };
      }
      if (params?.kind === 'duplicate-id') {
        const id = params.id ?? '';
        return {
          path,
          problem: 'duplicate-id',
          message: {
            sv: `Id ”${id}” förekommer mer än en gång (${path}).`,
            en: `The id “${id}” occurs more than once (${path}).`,
          },
        };
      }
      break;
    }
    case 'invalid_format':
      return {
        path,
        problem: 'invalid',
        message: {
          sv: `Fältet ${p.sv} har fel format: endast små bokstäver a–z, siffror och bindestreck.`,
          en: `The field ${p.en} has the wrong format: only lowercase letters a–z, digits and hyphens.`,
        },
      };
    default:
      break;
  }
  return {
    path,
    problem: 'invalid',
    message: { sv: `Fältet ${p.sv} är ogiltigt.`, en: `The field ${p.en} is invalid.` },
  };
}

/** The 1-based line of the value at `path` in the file's text, if it can be found. */
function lineOf(text: string, tree: ReturnType<typeof parseTree>, path: readonly PropertyKey[]): number | undefined {
  if (!tree) return undefined;
  const node = findNodeAtLocation(tree, path.filter((p): p is string | number => typeof p !== 'symbol'));
  if (!node) return undefined;
  let line = 1;
  for (let i = 0; i < node.offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function withLine(issue: GuideFileIssue, line: number | undefined): GuideFileIssue {
  if (line === undefined) return issue;
  return {
    ...issue,
    line,
    message: { sv: `Rad ${line}: ${issue.message.sv}`, en: `Line ${line}: ${issue.message.en}` },
  };
}

/**
 * Read a guide file: a JSON string (as read from the file) or an already parsed value.
 * Returns the whole guide, or an error; never part of one.
 */
export function parseGuide(json: unknown): GuideParseResult {
  let data: unknown = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json.replace(/^\uFEFF/, ''));
    } catch {
      return {
        ok: false,
        error: {
          kind: 'not-json',
          message: {
            sv: 'Filen är inte en giltig JSON-fil. Välj en guide som exporterats från Kommentarsvakt.',
            en: 'The file is not valid JSON. Choose a guide exported from Kommentarsvakt.',
          },
        },
      };
    }
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      error: {
        kind: 'not-an-object',
        message: {
          sv: 'Filen innehåller inte en guide (väntade ett JSON-objekt).',
          en: 'The file does not contain a guide (expected a JSON object).',
        },
      },
    };
  }
  const version = (data as Record<string, unknown>).version;
  if (version !== GUIDE_VERSION) {
    // Shown in the message: a number or short text as it is, anything else by its kind (a
    // hostile file may nest a value thousands of levels deep, which JSON.stringify cannot).
    const found =
      version === undefined
        ? null
        : typeof version === 'number' || typeof version === 'boolean' || version === null
          ? String(version)
          : typeof version === 'string'
            ? JSON.stringify(version.slice(0, 20))
            : Array.isArray(version)
              ? '[…]'
              : '{…}';
    return {
      ok: false,
      error: {
        kind: 'wrong-version',
        found: version,
        expected: GUIDE_VERSION,
        message:
          found === null
            ? {
                sv: `Filen saknar versionsnummer (fältet ”version”). Den här versionen av Kommentarsvakt läser guidefiler av version ${GUIDE_VERSION}.`,
                en: `The file has no version number (the field “version”). This version of Kommentarsvakt reads guide files of version ${GUIDE_VERSION}.`,
              }
            : {
                sv: `Filen är en guide av version ${found}, men den här versionen av Kommentarsvakt läser bara version ${GUIDE_VERSION}.`,
                en: `The file is a guide of version ${found}, but this version of Kommentarsvakt reads only version ${GUIDE_VERSION}.`,
              },
      },
    };
  }
  const parsed = GuideSchema.safeParse(data);
  if (parsed.success) return { ok: true, guide: parsed.data };
  const text = typeof json === 'string' ? json.replace(/^\uFEFF/, '') : null;
  // Lines are looked up for the first issues only: a file with thousands of bad entries must not cost seconds.
  // A file on one line has nothing to point to; a hostile one may nest deeper than the parser's stack.
  let tree: ReturnType<typeof parseTree>;
  try {
    tree = text !== null && text.includes('\n') ? parseTree(text) : undefined;
  } catch {
    tree = undefined;
  }
  const issues = parsed.error.issues.map((i, n) => {
    const described = describeIssue(i, data);
    return text !== null && tree && n < 20 ? withLine(described, lineOf(text, tree, i.path)) : described;
  });
  const first = issues[0] ?? { message: { sv: 'Filen är ogiltig.', en: 'The file is invalid.' } };
  const more = issues.length - 1;
  return {
    ok: false,
    error: {
      kind: 'invalid',
      issues,
      message:
        more > 0
          ? { sv: `${first.message.sv} (och ${more} fel till)`, en: `${first.message.en} (and ${more} more)` }
          : first.message,
    },
  };
}

/** The guide as the JSON text of an export file. Throws if the guide itself is invalid. */
export function exportGuide(guide: Guide): string {
  return `${JSON.stringify(GuideSchema.parse(guide), null, 2)}\n`;
}
