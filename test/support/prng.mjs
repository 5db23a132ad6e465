// A small seeded PRNG (mulberry32) for the fault and corruption tests (issue 7): every run prints
// its seed, and KV_SEED=<seed> repeats a run exactly.

/** @param {number} seed @returns {() => number} uniform in [0, 1) */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The run's seed: KV_SEED when given, else a fresh one. */
export function seedFromEnv() {
  const given = Number(process.env.KV_SEED);
  return Number.isInteger(given) && given > 0 ? given : (Date.now() % 2_147_483_647) || 1;
}
