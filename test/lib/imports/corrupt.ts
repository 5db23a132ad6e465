// Seeded corruptions of a valid JSON document (issue 7, imports): each is a file a user might
// feed an import by mistake or malice. Every kind is one that must be refused.

export type Random = () => number;
export interface Corruption {
  kind: string;
  text: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** Every path to a value in the document, with the value. */
export function pathsOf(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const out = [{ path, value }];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...path, i])));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...path, k]));
  return out;
}

function setAt(root: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, Json>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string | number, Json>;
  node[path[path.length - 1]!] = value;
  return copy;
}

function deleteAt(root: Json, path: Path): Json {
  const copy = structuredClone(root) as Record<string, Json>;
  let node = copy;
  for (const p of path.slice(0, -1)) node = node[p] as Record<string, Json>;
  delete node[path[path.length - 1] as string];
  return copy;
}

const typeOf = (v: Json) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** A value of another JSON type than `v`. */
function wrongType(random: Random, v: Json): Json {
  const options: Json[] = [42, -1.5, 'text', true, null, [], [1, 2], { a: 1 }];
  // A null field may be a nullable text (the audit trail's "from"): text is then no wrong type.
  const others = options.filter((o) => typeOf(o) !== typeOf(v) && !(v === null && typeof o === 'string'));
  return pick(random, others);
}

function randomText(random: Random, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCharCode(Math.floor(random() * 0x3000));
  return s;
}

function nested(depth: number): string {
  return '['.repeat(depth) + ']'.repeat(depth);
}

export interface CorruptOptions {
  /** Paths (dotted, with [n] for indexes allowed as numbers) of required keys that may be deleted. */
  required: Path[];
  /** Values `version` may wrongly have. */
  version?: boolean;
  /** Paths of strings with a maximum length, which oversize strings replace. */
  strings: Path[];
  /** Paths of arrays with a maximum length. */
  arrays?: Path[];
  /** Keys whose value may be null (null is then not a wrong type). */
  nullable?: string[];
}

/** `count` corruptions of `valid`, spread over the kinds, deterministic for a seed. */
export function corruptions(valid: Json, random: Random, count: number, options: CorruptOptions): Corruption[] {
  const text = JSON.stringify(valid, null, 2);
  const leaves = pathsOf(valid).filter((p) => p.path.length > 0);
  const makers: Record<string, () => string> = {
    truncated: () => text.slice(0, 1 + Math.floor(random() * (text.length - 2))),
    'random-bytes': () => randomText(random, 1 + Math.floor(random() * 2000)),
    'not-an-object': () => pick(random, ['[]', '42', '"guide"', 'null', 'true', '[{"version":1}]']),
    'wrong-type': () => {
      const { path, value } = pick(random, leaves);
      let wrong = wrongType(random, value);
      if (wrong === null && options.nullable?.includes(String(path[path.length - 1]))) wrong = 42;
      return JSON.stringify(setAt(valid, path, wrong));
    },
    missing: () => JSON.stringify(deleteAt(valid, pick(random, options.required))),
    'oversize-string': () => JSON.stringify(setAt(valid, pick(random, options.strings), 'x'.repeat(100_001 + Math.floor(random() * 1000)))),
    'oversize-list': () => {
      const path = pick(random, options.arrays ?? options.strings);
      const item = pathsOf(valid).find((p) => p.path.join('.') === path.join('.'))?.value;
      const one = Array.isArray(item) ? item[0]! : item!;
      return JSON.stringify(setAt(valid, path, Array.from({ length: 1000 }, () => one)));
    },
    'wrong-version': () => JSON.stringify(setAt(valid, ['version'], pick(random, [0, 2, 99, -1, 1.5, '1', null, [1], { v: 1 }, 1e308]))),
    'deep-nesting': () => {
      const { path } = pick(random, leaves);
      return JSON.stringify(setAt(valid, path, 0)).replace(/: 0\b|:0\b/, `:${nested(2000 + Math.floor(random() * 50_000))}`);
    },
    'prototype-key': () => {
      // A required field moved under "__proto__" (or "constructor.prototype"): a reader that
      // merged objects naively would see it inherited; ours must find it missing.
      const path = pick(random, options.required);
      const last = String(path[path.length - 1]);
      const parentPath = path.slice(0, -1);
      const value = pathsOf(valid).find((p) => p.path.join('.') === path.join('.'))!.value;
      const removed = deleteAt(valid, path);
      const parent = pathsOf(removed).find((p) => p.path.join('.') === parentPath.join('.'))!.value as Record<string, Json>;
      const key = random() < 0.5 ? `"__proto__":${JSON.stringify({ [last]: value })}` : `"constructor":${JSON.stringify({ prototype: { [last]: value } })}`;
      const rest = JSON.stringify(parent).slice(1);
      // JSON.stringify would drop a literal __proto__ key: the parent is written by hand.
      const parentText = `{${key}${rest === '}' ? '' : ','}${rest}`;
      return JSON.stringify(setAt(removed, parentPath, '__KV_MARKER__')).replace('"__KV_MARKER__"', parentText);
    },
  };
  if (!options.version) delete makers['wrong-version'];
  const kinds = Object.keys(makers);
  return Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length]!;
    return { kind, text: makers[kind]!() };
  });
}
