// XML Schema validation by libxml2 (xmllint-wasm), the same checker as `xmllint --noout --nonet
// --schema`, from npm so that tests need no system tools.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validateXML } from 'xmllint-wasm';

/**
 * Throws with libxml2's messages unless `xml` is valid against the schema at `schemaPath`. Every
 * other .xsd beside it (xlink.xsd, mets.xsd …) is preloaded so that its imports resolve offline.
 */
export async function validateXml(schemaPath: string, xml: string | Uint8Array): Promise<void> {
  const dir = dirname(schemaPath);
  const schemaName = basename(schemaPath);
  const preload = readdirSync(dir)
    .filter((f) => f.endsWith('.xsd') && f !== schemaName)
    .map((f) => ({ fileName: f, contents: readFileSync(join(dir, f)) }));
  const result = await validateXML({
    xml: { fileName: 'document.xml', contents: xml },
    schema: { fileName: schemaName, contents: readFileSync(schemaPath) },
    preload,
    // As the command line ran: no network for imports; a schema that needs one fails.
    modifyArguments: (args) => ['--nonet', ...args],
    // The hostile exports make METS files of several MB; 32 MiB is too little for them.
    maxMemoryPages: 16384,
  });
  if (!result.valid) throw new Error(`${schemaName} rejects the document:\n${result.rawOutput.trim() || result.errors.map((e) => e.rawMessage).join('\n')}`);
}
