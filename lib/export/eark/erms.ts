import type { AuditEntry, CaptureRecord, Profile } from '../../records/schema';
import { translator } from '../../i18n';
import { auditChangeText } from '../../i18n/audit-text';
import { statusLabel } from '../../records/statuses';
import { actionLabel, categoryLabel, KIND_LABELS, PLATFORM_LABELS, reasonLabels } from '../labels';
import { recordTitle } from '../pdf';
import { attrs, element, xmlSafe } from './xml';

/**
 * metadata/descriptive/ERMS.xml: the export as E-ARK CITS ERMS 2.1 (the basis of FGS
 * Ärendehantering 2.0): one aggregation of type caseFile for the export, one record per
 * capture, each pointing at its files. Element order follows ERMS.xsd's sequences.
 */

export interface ErmsRecordFiles {
  /** Paths relative to the package root. */
  pdf: string;
  json: string;
  screenshot?: string;
}

export interface ErmsInput {
  packageId: string;
  exportedAt: string;
  exportedBy: Profile;
  records: readonly CaptureRecord[];
  audit: (recordId: string) => readonly AuditEntry[];
  files: (recordId: string) => ErmsRecordFiles;
}

export interface ErmsDocument {
  xml: string;
  /** Characters XML cannot hold that were replaced by U+FFFD, in all records together. */
  replaced: number;
}

function agent(type: string, name: string, extra: { unit?: string; role?: string; otherAgentType?: string } = {}): string {
  return (
    `<agent${attrs({ agentType: type, otherAgentType: extra.otherAgentType })}>` +
    `${element('name', name)}${extra.unit ? element('unitName', extra.unit) : ''}${extra.role ? element('role', extra.role) : ''}</agent>`
  );
}

function recordXml(record: CaptureRecord, input: ErmsInput): { xml: string; replaced: number } {
  const textReplaced = xmlSafe(record.text).replaced;
  const replaced = textReplaced + xmlSafe(record.author).replaced;
  const files = input.files(record.id);
  const notes = [
    record.diarienummer ? element('note', record.diarienummer, { noteType: 'diarienummer' }) : '',
    record.category ? element('note', categoryLabel(record.category), { noteType: 'kategori' }) : '',
    ...reasonLabels(record.removalReasons).map((reason) => element('note', reason, { noteType: 'skäl för borttagning' })),
    record.action ? element('note', actionLabel(record.action), { noteType: 'åtgärd' }) : '',
    record.versionOf ? element('note', `Version ${record.version ?? ''} av ${record.versionOf}`, { noteType: 'version' }) : '',
    element('note', record.pageUrl, { noteType: 'sida' }),
    record.permalink ? element('note', record.permalink, { noteType: 'permalänk' }) : '',
    record.authorUrl ? element('note', record.authorUrl, { noteType: 'författarens adress' }) : '',
    record.publishedText ? element('note', record.publishedText, { noteType: 'publicerad (som visad)' }) : '',
    element('note', record.contentSha256, { noteType: 'SHA-256 innehåll' }),
    record.screenshot.status === 'ok'
      ? element('note', record.screenshot.sha256, { noteType: 'SHA-256 skärmbild' })
      : element('note', `Skärmbild saknas (${record.screenshot.reason})`, { noteType: 'skärmbild' }),
    ...input.audit(record.id).map((a) => {
      const { change, note } = auditChangeText(a, translator('sv'));
      return element('note', `${change || statusLabel(a.to)} (${a.by})${note ? `: ${note}` : ''}`, { noteType: 'händelse', noteDate: a.at });
    }),
    replaced > 0
      ? element('note', `${replaced} tecken som XML inte tillåter (t.ex. NUL, styrtecken, ensamma surrogattecken) är ersatta med U+FFFD. Den exakta texten finns i ${files.json}.`, {
          noteType: 'teckenersättning',
        })
      : '',
  ].join('');
  const appendix = (path: string, description: string, format: string): string =>
    `<appendix${attrs({ name: path.split('/').pop() ?? path, path, description, fileFormat: format })}/>`;
  const xml =
    // "digitial" is the schema's own spelling of the enumeration value.
    `      <record${attrs({ systemIdentifier: record.id, recordType: KIND_LABELS[record.kind], recordPhysicalOrDigital: 'digitial' })}>` +
    element('objectId', record.id) +
    (record.itemId ? element('extraId', record.itemId, { extraIdType: `${record.platform} objekt-id` }) : '') +
    element('title', `${recordTitle(record)}: ${record.author}`) +
    element('subject', PLATFORM_LABELS[record.platform]) +
    `<status value="received"/>` +
    `<direction directionDefinition="incoming"/>` +
    `<agents>${agent('sender', record.author)}${agent('receiver', record.capturedBy.name, { unit: record.capturedBy.unit, role: record.capturedBy.title })}</agents>` +
    element('description', record.text) +
    `<dates>${record.publishedAt ? element('date', record.publishedAt, { dateType: 'created' }) : ''}${element('date', record.capturedAt, { dateType: 'captured' })}</dates>` +
    `<notes>${notes}</notes>` +
    `<additionalInformation>` +
    appendix(files.pdf, 'Läsbart dokument', 'application/pdf') +
    (files.screenshot ? appendix(files.screenshot, 'Skärmbild', record.screenshot.status === 'ok' ? record.screenshot.mime : 'image/png') : '') +
    appendix(files.json, 'Posten som JSON, exakt text', 'application/json') +
    `</additionalInformation>` +
    `</record>\n`;
  return { xml, replaced };
}

export function ermsXml(input: ErmsInput): ErmsDocument {
  const p = input.exportedBy;
  let replaced = 0;
  const records = input.records.map((r) => {
    const out = recordXml(r, input);
    replaced += out.replaced;
    return out.xml;
  });
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<erms xmlns="https://DILCIS.eu/XML/ERMS" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="https://DILCIS.eu/XML/ERMS ../../schemas/ERMS.xsd">\n` +
    `  <control>\n` +
    `    ${element('identification', input.packageId, { identificationType: 'OBJID' })}\n` +
    `    <maintenanceInformation>\n` +
    `      <maintenanceStatus value="new"/>\n` +
    `      <maintenanceAgency>${element('agencyName', p.unit || p.name)}</maintenanceAgency>\n` +
    `      <maintenanceHistory><maintenanceEvent><eventType value="created"/>${element('eventDateTime', input.exportedAt)}${agent('creator', p.name, { unit: p.unit, role: p.title })}</maintenanceEvent></maintenanceHistory>\n` +
    `    </maintenanceInformation>\n` +
    `  </control>\n` +
    `  <aggregations>\n` +
    `    <aggregation${attrs({ systemIdentifier: input.packageId, aggregationType: 'caseFile' })}>` +
    element('objectId', input.packageId) +
    element('title', `Fångade inlägg från sociala medier, export ${input.exportedAt.slice(0, 10)}`) +
    `<agents>${agent('creator', p.name, { unit: p.unit, role: p.title })}</agents>` +
    element('description', `${input.records.length} fångade inlägg och kommentarer för registrering, exporterade med Kommentarsvakt.`) +
    `<dates>${element('date', input.exportedAt, { dateType: 'created' })}</dates>\n` +
    records.join('') +
    `    </aggregation>\n` +
    `  </aggregations>\n` +
    `</erms>\n`;
  return { xml, replaced };
}
