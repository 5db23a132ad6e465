import { describe, expect, it } from 'vitest';
import {
  DEFAULT_GUIDE,
  DEFAULT_WORD_LISTS,
  SENSITIVE_KINDS,
  WORD_LIST_NAMES,
  WordListsSchema,
  createSuggester,
  exportGuide,
  parseGuide,
  type Guide,
} from '../../../lib/guide';

/** Issue 21 point 5: the word lists are data in the guide file, editable, cited, validated on import. */

function fileWith(change: (g: Guide) => void): string {
  const guide = structuredClone(DEFAULT_GUIDE);
  change(guide);
  // Pretty-printed as an export is, so lines mean something.
  return `${JSON.stringify(guide, null, 2)}\n`;
}

describe('word lists in the guide file', () => {
  it('ship in the default guide, in Swedish and English, every list present and valid', () => {
    expect(DEFAULT_GUIDE.wordLists).toBe(DEFAULT_WORD_LISTS);
    expect(WordListsSchema.safeParse(DEFAULT_WORD_LISTS).success).toBe(true);
    for (const lang of ['sv', 'en'] as const) {
      for (const name of WORD_LIST_NAMES) expect(Array.isArray(DEFAULT_WORD_LISTS[lang][name])).toBe(true);
      for (const kind of SENSITIVE_KINDS) expect(DEFAULT_WORD_LISTS[lang].sensitive[kind].length).toBeGreaterThan(0);
      expect(DEFAULT_WORD_LISTS[lang].profanity.length).toBeGreaterThan(20);
    }
  });

  it('cite their sources and licences in the file, LDNOOBW as CC BY 4.0 with its copyright', () => {
    const exported = JSON.parse(exportGuide(DEFAULT_GUIDE)) as Guide;
    const sources = exported.wordLists!.sources;
    const ldnoobw = sources.find((s) => s.source.includes('LDNOOBW'))!;
    expect(ldnoobw.lists).toEqual(expect.arrayContaining(['sv.profanity', 'en.profanity']));
    expect(ldnoobw.licence).toMatch(/CC BY 4\.0/);
    expect(ldnoobw.source).toMatch(/Shutterstock/);
    for (const s of sources) expect(s.licence.length).toBeGreaterThan(0);
    expect(JSON.stringify(sources)).not.toMatch(/hurtlex/i);
  });

  it('leave out LDNOOBW’s ordinary Swedish words, and police and family (HurtLex’s)', () => {
    const sv = [...DEFAULT_WORD_LISTS.sv.profanity, ...DEFAULT_WORD_LISTS.sv.insults, ...DEFAULT_WORD_LISTS.sv.insultsNeedTarget];
    for (const ordinary of ['hård', 'sås', 'stake', 'olla', 'pippa', 'tusan', 'polis', 'familj']) expect(sv).not.toContain(ordinary);
    const s = createSuggester();
    expect(s('Hård sås på stake, ring polisen om familjen').flags).toEqual([]);
  });

  it('are used when the organisation edits them: a word added, a word removed', () => {
    const edited = structuredClone(DEFAULT_GUIDE);
    edited.wordLists!.sv.profanity.push('tusan');
    edited.wordLists!.sv.faultReport = edited.wordLists!.sv.faultReport.filter((t) => t !== 'trasig');
    const before = createSuggester();
    const after = createSuggester({ guide: edited });
    expect(before('Tusan också').flags).not.toContain('profanity');
    expect(after('Tusan också')).toMatchObject({ category: 'remove', flags: expect.arrayContaining(['profanity']) });
    expect(before('Gungan är trasig').category).toBe('fault-report');
    expect(after('Gungan är trasig').category).not.toBe('fault-report');
  });

  it('round-trip through export and import', () => {
    const edited = structuredClone(DEFAULT_GUIDE);
    edited.wordLists!.en.praise.push('top notch');
    const back = parseGuide(exportGuide(edited));
    expect(back.ok && back.guide.wordLists!.en.praise).toContain('top notch');
  });

  it('are optional: an older guide file without them imports, and the shipped lists are used', () => {
    const { wordLists: _omitted, ...older } = DEFAULT_GUIDE;
    const parsed = parseGuide(JSON.stringify(older));
    expect(parsed.ok).toBe(true);
    const s = createSuggester({ guide: parsed.ok ? parsed.guide : undefined });
    expect(s('min son har adhd och får inget stöd').flags).toContain('sensitive-personal-data');
  });
});

describe('an invalid edited list is refused at import, naming the entry and its line', () => {
  it.each([
    ['a wildcard inside a word', 'f*ck', /har \* mitt i/, /has \* inside/],
    ['only wildcards', '**', /bara jokertecken/, /only wildcards/],
    ['spaces around it', ' jävla ', /mellanslag/, /space/],
    ['an empty entry', '', /är tom/, /is empty/],
    ['a control character', 'fan\u0007', /styrtecken/, /control character/],
  ])('%s', (_name, entry, sv, en) => {
    const text = fileWith((g) => {
      g.wordLists!.sv.profanity.splice(3, 0, entry);
    });
    const result = parseGuide(text);
    expect(result.ok).toBe(false);
    if (result.ok || result.error.kind !== 'invalid') throw new Error('expected an invalid file');
    const issue = result.error.issues[0]!;
    expect(issue.path).toBe('wordLists.sv.profanity[3]');
    expect(issue.problem).toBe('bad-entry');
    // The line the entry is on in the file the user edited.
    const line = text.split('\n').findIndex((l) => l.trim() === `${JSON.stringify(entry)},`) + 1;
    expect(line).toBeGreaterThan(1);
    expect(issue.line).toBe(line);
    expect(issue.message.sv).toMatch(new RegExp(`^Rad ${line}: Ordlistan ”wordLists\\.sv\\.profanity\\[3\\]” har en ogiltig post`));
    expect(issue.message.sv).toMatch(sv);
    expect(issue.message.en).toMatch(new RegExp(`^Line ${line}: `));
    expect(issue.message.en).toMatch(en);
    expect(result.error.message.sv).toContain(`Rad ${line}`);
  });

  it('a list that is not a list, or an entry that is not text, names its path and line', () => {
    const notList = parseGuide(fileWith((g) => ((g.wordLists!.en as unknown as Record<string, unknown>).praise = 'great')));
    expect(!notList.ok && notList.error.kind === 'invalid' && notList.error.issues[0]).toMatchObject({
      path: 'wordLists.en.praise',
      problem: 'wrong-type',
      line: expect.any(Number),
    });
    const notText = parseGuide(fileWith((g) => (g.wordLists!.sv.sensitive.health as unknown[]).push(42)));
    expect(!notText.ok && notText.error.kind === 'invalid' && notText.error.issues[0]?.path).toMatch(/^wordLists\.sv\.sensitive\.health\[\d+\]$/);
  });

  it('a missing list is named', () => {
    const missing = parseGuide(fileWith((g) => delete (g.wordLists!.sv as unknown as Record<string, unknown>).opinion));
    expect(!missing.ok && missing.error.kind === 'invalid' && missing.error.issues[0]).toMatchObject({ path: 'wordLists.sv.opinion', problem: 'missing' });
  });
});
