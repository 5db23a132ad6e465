/** The response guide: data, schema, category suggestion, import and export. */
export { DEFAULT_GUIDE } from './default-guide';
export { exportGuide, parseGuide } from './guide-file';
export type { GuideFileError, GuideFileIssue, GuideFileProblem, GuideParseResult } from './guide-file';
export { DEFAULT_WORD_LISTS } from './default-word-lists';
export { SENSITIVE_KINDS, WORD_LIST_NAMES, WordListsSchema, entryProblem } from './word-lists';
export type { SensitiveKind, WordListName, WordLists, WordListSet } from './word-lists';
export {
  CATEGORY_IDS,
  FlowQuestionSchema,
  GUIDE_VERSION,
  GuideCategorySchema,
  GuideSchema,
  LocalizedTextSchema,
  RemovalReasonSchema,
} from './schema';
export type { CategoryId, FlowQuestion, Guide, GuideCategory, LocalizedText, RemovalReason } from './schema';
export { createSuggester, suggest } from './suggest';
export type { SuggestOptions, Suggester, Suggestion } from './suggest';
export { FLAG_LABELS, REASON_TEXTS, SENSITIVE_KIND_REASONS, SUGGESTION_FLAGS, SUGGESTION_REASONS } from './suggestion-texts';
export type { SuggestionFlag, SuggestionReason } from './suggestion-texts';
export { findEmailAddresses } from './email-addresses';
export { findLinks, hostIsWithin } from './links';
export type { LinkMatch } from './links';
export { findIdentityNumbers } from './personal-identity-numbers';
export type { IdentityNumberMatch } from './personal-identity-numbers';
export { findPhoneNumbers } from './phone-numbers';
export { compileTerms, normalizeForMatching } from './term-matcher';
export type { TermMatcher } from './term-matcher';
export type { TextSpan } from './text-span';
