import type { Plugin } from 'vite';

/**
 * date-holidays bundles every country's rules (about 400 kB of data). We only ever ask for
 * Sweden, so at build time its data module is replaced by the same data with SE alone: the
 * library itself, its parser and its rules for Sweden are unchanged.
 */
export function swedishHolidaysOnly(): Plugin {
  const VIRTUAL = '\0date-holidays-se-data';
  return {
    name: 'kommentarsvakt:date-holidays-se',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === './data.js' && importer?.replace(/\\/g, '/').includes('/date-holidays/src/Holidays.js')) return VIRTUAL;
      return null;
    },
    async load(id) {
      if (id !== VIRTUAL) return null;
      const { data } = await import('date-holidays/data');
      const picked = { version: data.version, license: data.license, holidays: { SE: data.holidays.SE }, names: data.names };
      return `export const data = ${JSON.stringify(picked)};`;
    },
  };
}
