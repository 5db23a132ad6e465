import { attrs, element } from './xml';

/**
 * METS documents for an E-ARK CSIP 2.x information package: the root METS.xml and the
 * representation's METS.xml. Attribute names follow the CSIP requirement numbers quoted in
 * shared/schemas/example-csip-METS.xml; the tests check each.
 */

export const CSIP_PROFILE = 'https://earkcsip.dilcis.eu/profile/E-ARK-CSIP.xml';
const NS =
  ' xmlns="http://www.loc.gov/METS/" xmlns:csip="https://DILCIS.eu/XML/METS/CSIPExtensionMETS"' +
  ' xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

/** A file as METS lists it (CSIP66-79): everything but the bytes. */
export interface MetsFile {
  /** XML ID, unique in the document. */
  id: string;
  /** Path relative to the METS file's folder, with forward slashes. */
  href: string;
  mimeType: string;
  size: number;
  sha256: string;
  /** xs:dateTime. */
  created: string;
}

export interface MetsFileGroup {
  id: string;
  /** CSIP64: "Documentation", "Schemas", "Representations/rep1", "Data", ... */
  use: string;
  files: readonly MetsFile[];
}

export interface MetsHeader {
  objId: string;
  label: string;
  /** CSIP7: xs:dateTime of creation. */
  createdAt: string;
  softwareVersion: string;
  /** The person who made the export, as a second (INDIVIDUAL) creator agent. */
  person: { name: string; note: string };
  /** Path prefix from this METS file to the package's schemas folder ("" or "../../"). */
  schemasPrefix: string;
}

function root(h: MetsHeader): string {
  const schemaLocation = [
    `http://www.loc.gov/METS/ ${h.schemasPrefix}schemas/mets.xsd`,
    `http://www.w3.org/1999/xlink ${h.schemasPrefix}schemas/xlink.xsd`,
    `https://DILCIS.eu/XML/METS/CSIPExtensionMETS ${h.schemasPrefix}schemas/DILCISExtensionMETS.xsd`,
  ].join(' ');
  // CSIP1 OBJID, CSIP2 TYPE, CSIP3/4 content information type (ERMS, as CITS ERMS 2.1), CSIP6 PROFILE.
  return (
    `<mets${NS}${attrs({
      'xsi:schemaLocation': schemaLocation,
      OBJID: h.objId,
      LABEL: h.label,
      TYPE: 'Mixed',
      'csip:CONTENTINFORMATIONTYPE': 'citserms_v2_1',
      PROFILE: CSIP_PROFILE,
    })}>\n` +
    // CSIP7 CREATEDATE, CSIP9 OAISPACKAGETYPE; CSIP10-16 the software agent.
    `  <metsHdr${attrs({ CREATEDATE: h.createdAt, RECORDSTATUS: 'NEW', 'csip:OAISPACKAGETYPE': 'SIP' })}>\n` +
    `    <agent ROLE="CREATOR" TYPE="OTHER" OTHERTYPE="SOFTWARE">${element('name', 'Kommentarsvakt')}${element('note', h.softwareVersion, { 'csip:NOTETYPE': 'SOFTWARE VERSION' })}</agent>\n` +
    `    <agent ROLE="CREATOR" TYPE="INDIVIDUAL">${element('name', h.person.name)}${h.person.note ? element('note', h.person.note) : ''}</agent>\n` +
    `  </metsHdr>\n`
  );
}

function fileElement(f: MetsFile): string {
  return (
    `      <file${attrs({ ID: f.id, MIMETYPE: f.mimeType, SIZE: f.size, CREATED: f.created, CHECKSUM: f.sha256, CHECKSUMTYPE: 'SHA-256' })}>` +
    `<FLocat LOCTYPE="URL"${attrs({ 'xlink:type': 'simple', 'xlink:href': f.href })}/></file>\n`
  );
}

function fileSec(id: string, groups: readonly MetsFileGroup[]): string {
  return (
    `  <fileSec${attrs({ ID: id })}>\n` +
    groups.map((g) => `    <fileGrp${attrs({ ID: g.id, USE: g.use })}>\n${g.files.map(fileElement).join('')}    </fileGrp>\n`).join('') +
    `  </fileSec>\n`
  );
}

export interface RootMetsInput extends MetsHeader {
  /** metadata/descriptive/ERMS.xml, referenced from a dmdSec (CSIP17-) rather than the fileSec. */
  descriptive: MetsFile;
  documentation: MetsFileGroup;
  schemas: MetsFileGroup;
  /** One group per representation, holding that representation's METS.xml. */
  representations: readonly { name: string; group: MetsFileGroup; mets: MetsFile }[];
}

/** The package's root METS.xml. */
export function rootMets(m: RootMetsInput): string {
  const dmdId = 'ID-dmdSec-ERMS';
  const d = m.descriptive;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    root(m) +
    `  <dmdSec${attrs({ ID: dmdId, CREATED: d.created, STATUS: 'CURRENT' })}>\n` +
    `    <mdRef${attrs({
      LOCTYPE: 'URL',
      'xlink:type': 'simple',
      'xlink:href': d.href,
      MDTYPE: 'OTHER',
      OTHERMDTYPE: 'ERMS',
      MIMETYPE: d.mimeType,
      SIZE: d.size,
      CREATED: d.created,
      CHECKSUM: d.sha256,
      CHECKSUMTYPE: 'SHA-256',
    })}/>\n` +
    `  </dmdSec>\n` +
    fileSec('ID-fileSec', [m.documentation, m.schemas, ...m.representations.map((r) => r.group)]) +
    // CSIP80 structMap, CSIP81 TYPE PHYSICAL, CSIP82 LABEL "CSIP StructMap", CSIP83 ID; CSIP84-86 the package div.
    `  <structMap ID="ID-structMap" TYPE="PHYSICAL" LABEL="CSIP StructMap">\n` +
    `    <div${attrs({ ID: 'ID-structMap-package', LABEL: m.objId })}>\n` +
    `      <div ID="ID-structMap-metadata" LABEL="Metadata" DMDID="${dmdId}"/>\n` +
    `      <div ID="ID-structMap-documentation" LABEL="Documentation"><fptr${attrs({ FILEID: m.documentation.id })}/></div>\n` +
    `      <div ID="ID-structMap-schemas" LABEL="Schemas"><fptr${attrs({ FILEID: m.schemas.id })}/></div>\n` +
    m.representations
      .map(
        (r) =>
          `      <div${attrs({ ID: `ID-structMap-${r.name}`, LABEL: `Representations/${r.name}` })}>` +
          `<mptr LOCTYPE="URL"${attrs({ 'xlink:type': 'simple', 'xlink:href': r.mets.href, 'xlink:title': r.group.id })}/></div>\n`,
      )
      .join('') +
    `    </div>\n` +
    `  </structMap>\n` +
    `</mets>\n`
  );
}

export interface RepresentationMetsInput extends MetsHeader {
  data: MetsFileGroup;
  /** A logical map: which data files belong to which record. */
  items: readonly { id: string; label: string; fileIds: readonly string[] }[];
}

/** A representation's METS.xml, listing its data/ files. */
export function representationMets(m: RepresentationMetsInput): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    root(m) +
    fileSec('ID-fileSec', [m.data]) +
    `  <structMap ID="ID-structMap" TYPE="PHYSICAL" LABEL="CSIP StructMap">\n` +
    `    <div${attrs({ ID: 'ID-structMap-representation', LABEL: m.objId })}>\n` +
    `      <div ID="ID-structMap-data" LABEL="Data"><fptr${attrs({ FILEID: m.data.id })}/></div>\n` +
    `    </div>\n` +
    `  </structMap>\n` +
    `  <structMap ID="ID-structMap-records" TYPE="LOGICAL" LABEL="Records">\n` +
    `    <div ID="ID-structMap-records-all" LABEL="Records">\n` +
    m.items
      .map((item) => `      <div${attrs({ ID: item.id, LABEL: item.label })}>${item.fileIds.map((f) => `<fptr${attrs({ FILEID: f })}/>`).join('')}</div>\n`)
      .join('') +
    `    </div>\n` +
    `  </structMap>\n` +
    `</mets>\n`
  );
}
