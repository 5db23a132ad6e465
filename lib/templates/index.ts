/** Reply templates: data, validation, rendering with a signature. Variable syntax: ./variables.ts. */
export { DEFAULT_TEMPLATES } from './default-templates';
export { firstNameOf } from './first-name';
export { render } from './render';
export type { RenderOptions, RenderResult, TemplateValues } from './render';
export { SIGNATURE_FORMATS, TemplateSchema } from './schema';
export type { SignatureFormat, Template } from './schema';
export { formatSignature, signatureNeeds } from './signature';
export { scanBody, validateTemplate } from './validate-template';
export type { TemplateIssue, TemplateValidation } from './validate-template';
export { SWEDISH_ALIASES, VARIABLE_LABELS, VARIABLE_NAMES, variableNamed } from './variables';
export type { VariableName } from './variables';
