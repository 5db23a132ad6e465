import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildEarkPackage, writeEarkPackage, type EarkPackageSummary } from '../../../lib/export/eark/package';
import { SCHEMA_FILES } from '../../../lib/export/eark/schemaFiles';
import { parseJsonExport } from '../../../lib/export/json';
import { sha256Hex } from '../../../lib/records/digests';
import type { CaptureRecord } from '../../../lib/records/schema';
import { validateXml } from '../../support/xml';
import { EXPORTED_AT, HOSTILE_TEXTS, PROFILE, auditFor, hostileRecords, makePng, makeRecord } from './fixtures';

const SCHEMAS = join(__dirname, '../../fixtures/schemas');
const METS_NS = 'http://www.loc.gov/METS/';
const CSIP_NS = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const ERMS_NS = 'https://DILCIS.eu/XML/ERMS';
const { DOMParser } = new JSDOM().window;

function parseXml(bytes: Uint8Array): Document {
  const doc = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

/** Unzips into a temp folder; returns the folder of the package root and the entries. */
function unpack(bytes: Uint8Array, packageId: string): { root: string; entries: Record<string, Uint8Array> } {
  const dir = mkdtempSync(join(tmpdir(), 'kv-eark-'));
  const entries = unzipSync(bytes);
  for (const [name, data] of Object.entries(entries)) {
    expect(name.startsWith(`${packageId}/`)).toBe(true);
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), data);
  }
  return { root: join(dir, packageId), entries };
}

/** Throws with libxml2's messages when the unpacked file is not valid against the schema. */
async function validate(schema: string, file: string): Promise<void> {
  await validateXml(join(SCHEMAS, schema), readFileSync(file));
}

const files = (doc: Document): Element[] => Array.from(doc.getElementsByTagNameNS(METS_NS, 'file'));

describe('E-ARK package', () => {
  let records: CaptureRecord[];
  let screenshots: Map<string, Uint8Array>;
  let bytes: Uint8Array;
  let summary: EarkPackageSummary;
  let root: string;
  let entries: Record<string, Uint8Array>;
  const entry = (path: string): Uint8Array => {
    const data = entries[`${summary.packageId}/${path}`];
    if (!data) throw new Error(`missing ${path}`);
    return data;
  };

  beforeAll(async () => {
    const png = makePng(120, 80);
    const normal = [await makeRecord(1, {}, png), await makeRecord(2, { platform: 'instagram', kind: 'reply', parent: { author: 'Tyresö kommun', text: 'Välkommen!' } }, png), await makeRecord(3)];
    const hostile = await hostileRecords();
    records = [...normal, ...hostile.records];
    screenshots = new Map([...normal.filter((r) => r.screenshot.status === 'ok').map((r) => [r.id, png] as const), ...hostile.screenshots]);
    ({ bytes, summary } = await buildEarkPackage({ records, audit: records.flatMap(auditFor), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots }));
    ({ root, entries } = unpack(bytes, summary.packageId));
    // 62 PDFs, one of them 100,000 characters long, shaped in embedded fonts: seconds alone, more
    // on a shared CI machine (it passed 10 s there once, 2026-12-06).
  }, 120_000);

  it('has the CSIP folder structure and the files named in the summary', () => {
    const paths = Object.keys(entries).map((n) => n.slice(summary.packageId.length + 1));
    expect(paths).toContain('METS.xml');
    expect(paths).toContain('metadata/descriptive/ERMS.xml');
    expect(paths).toContain('documentation/kommentarer.csv');
    expect(paths).toContain('representations/rep1/METS.xml');
    expect(paths.filter((p) => p.startsWith('schemas/')).sort()).toEqual(['schemas/DILCISExtensionMETS.xsd', 'schemas/ERMS.xsd', 'schemas/mets.xsd', 'schemas/xlink.xsd']);
    for (const r of records) {
      expect(paths).toContain(`representations/rep1/data/${r.id}.pdf`);
      expect(paths).toContain(`representations/rep1/data/${r.id}.json`);
      expect(paths.includes(`representations/rep1/data/${r.id}.png`)).toBe(r.screenshot.status === 'ok');
    }
    expect(summary.files.map((f) => f.path).sort()).toEqual([...paths].sort());
    expect(summary.fileName).toBe(`kommentarsvakt-20240305-140709-${summary.packageId.slice(0, 8)}.zip`);
    expect(summary.warnings).toEqual([]);
  });

  it('validates METS against METS 1.12 + CSIP extension and ERMS.xml against ERMS.xsd', async () => {
    await validate('csip-validate.xsd', join(root, 'METS.xml'));
    await validate('csip-validate.xsd', join(root, 'representations/rep1/METS.xml'));
    await validate('ERMS.xsd', join(root, 'metadata/descriptive/ERMS.xml'));
  });

  it('meets CSIP1, CSIP7, CSIP9, CSIP10-16 and CSIP80-86 in both METS files', () => {
    for (const [path, objId] of [
      ['METS.xml', summary.packageId],
      ['representations/rep1/METS.xml', `${summary.packageId}-rep1`],
    ] as const) {
      const doc = parseXml(entry(path));
      const mets = doc.documentElement;
      expect(mets.namespaceURI).toBe(METS_NS);
      expect(mets.getAttribute('OBJID')).toBe(objId); // CSIP1
      expect(mets.getAttribute('TYPE')).toBeTruthy(); // CSIP2
      expect(mets.getAttributeNS(CSIP_NS, 'CONTENTINFORMATIONTYPE')).toBe('citserms_v2_1');
      expect(mets.getAttribute('PROFILE')).toBe('https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml'); // CSIP6
      const hdr = doc.getElementsByTagNameNS(METS_NS, 'metsHdr')[0]!;
      expect(hdr.getAttribute('CREATEDATE')).toBe('2024-03-05T13:07:09.000Z'); // CSIP7
      expect(hdr.getAttributeNS(CSIP_NS, 'OAISPACKAGETYPE')).toBe('SIP'); // CSIP9
      const agent = hdr.getElementsByTagNameNS(METS_NS, 'agent')[0]!; // CSIP10-13
      expect([agent.getAttribute('ROLE'), agent.getAttribute('TYPE'), agent.getAttribute('OTHERTYPE')]).toEqual(['CREATOR', 'OTHER', 'SOFTWARE']);
      expect(agent.getElementsByTagNameNS(METS_NS, 'name')[0]?.textContent).toBe('Kommentarsvakt'); // CSIP14
      expect(agent.getElementsByTagNameNS(METS_NS, 'note')[0]?.getAttributeNS(CSIP_NS, 'NOTETYPE')).toBe('SOFTWARE VERSION'); // CSIP15-16
      const structMap = Array.from(doc.getElementsByTagNameNS(METS_NS, 'structMap')).find((s) => s.getAttribute('TYPE') === 'PHYSICAL')!;
      expect(structMap.getAttribute('LABEL')).toBe('CSIP StructMap'); // CSIP80-82
      expect(structMap.getAttribute('ID')).toBeTruthy(); // CSIP83
      const top = structMap.children[0]!;
      expect(top.getAttribute('ID')).toBeTruthy(); // CSIP85
      expect(top.getAttribute('LABEL')).toBe(objId); // CSIP86
      const fileSec = doc.getElementsByTagNameNS(METS_NS, 'fileSec')[0]!;
      expect(fileSec.getAttribute('ID')).toBeTruthy(); // CSIP59
      for (const grp of Array.from(fileSec.children)) {
        expect(grp.getAttribute('ID')).toBeTruthy(); // CSIP65
        expect(grp.getAttribute('USE')).toBeTruthy(); // CSIP64
      }
    }
    const rootDoc = parseXml(entry('METS.xml'));
    const divs = Array.from(rootDoc.getElementsByTagNameNS(METS_NS, 'div')).map((d) => d.getAttribute('LABEL'));
    expect(divs).toEqual([summary.packageId, 'Metadata', 'Documentation', 'Schemas', 'Representations/rep1']);
    const mptr = rootDoc.getElementsByTagNameNS(METS_NS, 'mptr')[0]!;
    expect(mptr.getAttributeNS(XLINK_NS, 'href')).toBe('representations/rep1/METS.xml');
    const mdRef = rootDoc.getElementsByTagNameNS(METS_NS, 'mdRef')[0]!;
    expect(mdRef.getAttributeNS(XLINK_NS, 'href')).toBe('metadata/descriptive/ERMS.xml');
  });

  it('gives every file element ID, MIMETYPE, SIZE, CREATED, CHECKSUM (SHA-256) and an FLocat, and they match the bytes', async () => {
    const listed = new Set<string>();
    for (const [metsPath, folder] of [
      ['METS.xml', ''],
      ['representations/rep1/METS.xml', 'representations/rep1/'],
    ] as const) {
      const doc = parseXml(entry(metsPath));
      const refs = [...files(doc), ...Array.from(doc.getElementsByTagNameNS(METS_NS, 'mdRef'))];
      expect(refs.length).toBeGreaterThan(0);
      for (const f of refs) {
        for (const attr of ['MIMETYPE', 'SIZE', 'CREATED', 'CHECKSUM', 'CHECKSUMTYPE']) expect(f.getAttribute(attr), attr).toBeTruthy();
        expect(f.getAttribute('CHECKSUMTYPE')).toBe('SHA-256');
        const loc = f.localName === 'file' ? f.getElementsByTagNameNS(METS_NS, 'FLocat')[0]! : f;
        if (f.localName === 'file') expect(f.getAttribute('ID')).toBeTruthy(); // CSIP67
        expect(loc.getAttribute('LOCTYPE')).toBe('URL'); // CSIP77
        expect(loc.getAttributeNS(XLINK_NS, 'type')).toBe('simple'); // CSIP78
        const path = folder + loc.getAttributeNS(XLINK_NS, 'href')!;
        const data = entry(path);
        expect(Number(f.getAttribute('SIZE')), path).toBe(data.length);
        expect(f.getAttribute('CHECKSUM'), path).toBe(await sha256Hex(data));
        listed.add(path);
      }
    }
    // Everything in the package but the root METS itself is listed in a METS file.
    const all = Object.keys(entries).map((n) => n.slice(summary.packageId.length + 1));
    expect(all.filter((p) => p !== 'METS.xml' && !listed.has(p))).toEqual([]);
  });

  it('ships schemas identical to the validated copies, and lib/export/eark/schemaFiles.ts is in sync with them', () => {
    for (const name of Object.keys(SCHEMA_FILES)) {
      const fixture = readFileSync(join(SCHEMAS, name));
      expect(SCHEMA_FILES[name], `${name}: run node test/lib/export/embed-schemas.mjs`).toBe(fixture.toString('utf8'));
      expect(Buffer.from(entry(`schemas/${name}`)).equals(fixture)).toBe(true);
    }
  });

  it('describes the export as one caseFile with one ERMS record per capture', () => {
    const doc = parseXml(entry('metadata/descriptive/ERMS.xml'));
    const aggregations = doc.getElementsByTagNameNS(ERMS_NS, 'aggregation');
    expect(aggregations).toHaveLength(1);
    expect(aggregations[0]!.getAttribute('aggregationType')).toBe('caseFile');
    const ermsRecords = Array.from(doc.getElementsByTagNameNS(ERMS_NS, 'record'));
    expect(ermsRecords.map((r) => r.getAttribute('systemIdentifier'))).toEqual(records.map((r) => r.id));
    const description = (id: string): string =>
      ermsRecords.find((r) => r.getAttribute('systemIdentifier') === id)!.getElementsByTagNameNS(ERMS_NS, 'description')[0]!.textContent!;
    // XML can carry these verbatim ...
    for (const text of [HOSTILE_TEXTS.html, HOSTILE_TEXTS.formula, HOSTILE_TEXTS.rtl, HOSTILE_TEXTS.zeroWidth, HOSTILE_TEXTS.long]) {
      expect(description(records.find((r) => r.text === text)!.id)).toBe(text);
    }
    // ... but not NUL or a lone surrogate: replaced, and a note says so.
    const nul = records.find((r) => r.text === HOSTILE_TEXTS.nul)!;
    expect(description(nul.id)).toBe('före\uFFFDefter');
    expect(new TextDecoder().decode(entry('metadata/descriptive/ERMS.xml'))).toContain('ersatta med U+FFFD');
    expect(description(records.find((r) => r.text === HOSTILE_TEXTS.loneSurrogate)!.id)).toBe('x\uFFFDy');
    expect(summary.xmlReplacedChars).toBe(4); // NUL and lone surrogate, each in text and author
  });

  it('keeps every text verbatim in the per-record JSON', () => {
    for (const r of records) {
      const parsed = parseJsonExport(new TextDecoder().decode(entry(`representations/rep1/data/${r.id}.json`)));
      expect(parsed.records).toEqual([r]);
      expect(parsed.audit).toEqual(auditFor(r));
    }
  });

  it('is deterministic: the same export gives the same bytes', async () => {
    const again = await buildEarkPackage({ records, audit: records.flatMap(auditFor), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots });
    expect(again.bytes).toEqual(bytes);
  });
});

describe('writeEarkPackage streaming', () => {
  it('hands chunks to an async sink file by file and reads screenshots one at a time', async () => {
    const png = makePng(50, 50);
    const records = await Promise.all([1, 2, 3].map((n) => makeRecord(n, {}, png)));
    const requested: string[] = [];
    const chunks: Uint8Array[] = [];
    const summary = await writeEarkPackage(
      {
        records,
        audit: [],
        exportedBy: PROFILE,
        exportedAt: EXPORTED_AT,
        screenshots: async (id) => {
          requested.push(id);
          return png;
        },
      },
      async (chunk) => {
        await Promise.resolve();
        chunks.push(chunk.slice());
      },
    );
    expect(requested).toEqual(records.map((r) => r.id));
    expect(chunks.length).toBeGreaterThan(records.length * 3);
    const joined = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let o = 0;
    for (const c of chunks) {
      joined.set(c, o);
      o += c.length;
    }
    expect(Object.keys(unzipSync(joined))).toHaveLength(summary.files.length);
  });

  it('warns when a screenshot is absent or does not match its record, and still builds a valid package', async () => {
    const png = makePng(10, 10);
    const records = [await makeRecord(1, {}, png), await makeRecord(2, {}, png)];
    const { bytes, summary } = await buildEarkPackage({
      records,
      audit: [],
      exportedBy: PROFILE,
      exportedAt: EXPORTED_AT,
      screenshots: new Map([[records[0]!.id, makePng(11, 10)]]),
    });
    expect(summary.warnings).toEqual([
      `Post ${records[0]!.id}: skärmbildens SHA-256 stämmer inte med den som sparades vid fångsten.`,
      `Post ${records[1]!.id}: skärmbilden saknas i exporten.`,
    ]);
    const { root } = unpack(bytes, summary.packageId);
    await validate('csip-validate.xsd', join(root, 'METS.xml'));
    await validate('csip-validate.xsd', join(root, 'representations/rep1/METS.xml'));
    await validate('ERMS.xsd', join(root, 'metadata/descriptive/ERMS.xml'));
  });

  it('builds a valid package of no records', async () => {
    const { bytes, summary } = await buildEarkPackage({ records: [], audit: [], exportedBy: PROFILE, exportedAt: EXPORTED_AT });
    const { root } = unpack(bytes, summary.packageId);
    await validate('csip-validate.xsd', join(root, 'METS.xml'));
    await validate('csip-validate.xsd', join(root, 'representations/rep1/METS.xml'));
  });

  it('packs 100 records with 50 kB screenshots in reasonable time', async () => {
    const records: CaptureRecord[] = [];
    const shots = new Map<string, Uint8Array>();
    for (let n = 1; n <= 100; n++) {
      const png = makePng(130, 130, { noise: true, seed: n });
      const r = await makeRecord(n, {}, png);
      records.push(r);
      shots.set(r.id, png);
    }
    expect(shots.get(records[0]!.id)!.length).toBeGreaterThan(50_000);
    const start = performance.now();
    const { bytes } = await buildEarkPackage({ records, audit: records.flatMap(auditFor), exportedBy: PROFILE, exportedAt: EXPORTED_AT, screenshots: shots });
    const ms = performance.now() - start;
    console.log(`E-ARK package of 100 records with 50 kB screenshots: ${Math.round(ms)} ms, ${(bytes.length / 1e6).toFixed(1)} MB`);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
