// What 'zod' is in the extension's build (wxt.config.ts aliases it here): zod itself, made
// jitless before any module that imports it runs. zod 4 probes whether eval works (a Function constructor call);
// extension pages' CSP forbids eval, so each probe logged a CSP error (Firefox, and Chromium's
// extension pages). A call in each entry point came too late: the shared chunks that hold zod and
// the schemas run before an entry point's own code.
import { z } from 'zod/v4';

z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default };
