import { z } from 'zod';

// Imported first by every entrypoint. zod 4 probes for eval with `new Function('')` at its first
// parse; extension pages' CSP forbids eval, so each probe logs a CSP error in the console
// (Firefox, and Chromium's extension pages). Jitless parsing needs no probe and no eval.
z.config({ jitless: true });
