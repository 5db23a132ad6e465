// date-holidays ships no types for its data entry point (used only at build time).
declare module 'date-holidays/data' {
  export const data: { version: string; license: string; holidays: Record<string, unknown>; names: unknown };
}
