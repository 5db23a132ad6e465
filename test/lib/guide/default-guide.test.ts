import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, DEFAULT_GUIDE, GUIDE_VERSION, GuideSchema } from '../../../lib/guide';

describe('the shipped default guide', () => {
  it('validates against the schema', () => {
    const r = GuideSchema.safeParse(DEFAULT_GUIDE);
    expect(r.success ? [] : r.error.issues).toEqual([]);
  });

  it('has the four Bilaga 3 categories with Swedish and English text for each role', () => {
    expect(Object.keys(DEFAULT_GUIDE.categories).sort()).toEqual([...CATEGORY_IDS].sort());
    expect(DEFAULT_GUIDE.categories.praise.name.sv).toBe('Beröm, allmänt tyckande');
    expect(DEFAULT_GUIDE.categories['fault-report'].registration.sv).toBe('Registrering sker i felanmälningssystem.');
    expect(DEFAULT_GUIDE.categories.question.adminFirst.sv).toContain('Tack för din fråga/synpunkt, vi återkommer med svar.');
  });

  it('lists the ten §3 reasons for removal in order', () => {
    expect(DEFAULT_GUIDE.removalReasons.map((r) => r.id)).toEqual([
      'personal-attack',
      'profanity',
      'commercial',
      'hate-speech',
      'copyright',
      'violence-pornography',
      'incitement-to-crime',
      'unlawful',
      'offensive-personal-data',
      'confidential',
    ]);
  });

  it('asks the Bilaga 1 questions in order', () => {
    expect(DEFAULT_GUIDE.flowQuestions.map((q) => q.id)).toEqual(['public', 'remove', 'public-record', 'can-answer']);
    expect(DEFAULT_GUIDE.flowQuestions[0]?.question.sv).toBe('Är inlägget synligt för allmänheten?');
  });

  it('is of the current format version', () => {
    expect(DEFAULT_GUIDE.version).toBe(GUIDE_VERSION);
  });
});
