import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { schemaOnDemand, tableOnDemand } from '../../lib/schema-table';

describe('schemas on demand', () => {
  it('builds a table entry at its first lookup, once, and lists every key before', () => {
    const built: string[] = [];
    const table = tableOnDemand({
      a: () => (built.push('a'), z.string()),
      b: () => (built.push('b'), z.number()),
    });
    expect(Object.keys(table)).toEqual(['a', 'b']);
    expect(built).toEqual([]);
    const first = table.a;
    expect(table.a).toBe(first);
    expect(built).toEqual(['a']);
    expect(table.a.safeParse('x').success).toBe(true);
    expect(table.b.safeParse('x').success).toBe(false);
    expect(built).toEqual(['a', 'b']);
  });

  it('builds a single schema at its first use, once', () => {
    let builds = 0;
    const schema = schemaOnDemand(() => (builds++, z.boolean()));
    expect(builds).toBe(0);
    expect(schema()).toBe(schema());
    expect(builds).toBe(1);
  });
});
