#!/usr/bin/env node
// Validates manifest.xml offline against Microsoft's task-pane manifest schemas kept in
// third_party/office-manifest-xsd (office-addin-manifest's own validator needs an online service).
// Usage: node scripts/validate-manifest.mjs [manifest.xml] [schema-folder]
// Exit code 0 when valid; 1 with every schema error on stderr; 2 when it could not run.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { XmlDocument, XsdValidator, XmlValidateError } from 'libxml2-wasm';
import { xmlRegisterFsInputProviders } from 'libxml2-wasm/lib/nodejs.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The one place that says where Microsoft's manifest schemas are (the build check reads them too). */
export const SCHEMA_DIR = path.join(root, 'third_party', 'office-manifest-xsd');

/** Returns the list of schema errors (empty when valid); throws when the files cannot be read. */
export function validateManifest(manifestPath, schemaDir) {
  const mainXsd = path.join(schemaDir, 'OfficeAppManifestV1_1.xsd');
  if (!fs.existsSync(mainXsd)) throw new Error(`Không tìm thấy lược đồ ${mainXsd}`);
  // The main schema imports its siblings by relative path: libxml2 resolves them against the
  // document URL through the file-system input provider.
  xmlRegisterFsInputProviders();
  const xsdDoc = XmlDocument.fromBuffer(fs.readFileSync(mainXsd), { url: pathToFileURL(mainXsd).href });
  const manifest = XmlDocument.fromBuffer(fs.readFileSync(manifestPath), {
    url: pathToFileURL(manifestPath).href,
  });
  const validator = XsdValidator.fromDoc(xsdDoc);
  try {
    validator.validate(manifest);
    return [];
  } catch (e) {
    if (!(e instanceof XmlValidateError)) throw e;
    return e.details.map((d) => `${path.basename(manifestPath)}:${d.line ?? '?'}: ${d.message.trim()}`);
  } finally {
    validator.dispose();
    manifest.dispose();
    xsdDoc.dispose();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const manifestPath = path.resolve(process.argv[2] ?? path.join(root, 'manifest.xml'));
  const schemaDir = path.resolve(process.argv[3] ?? SCHEMA_DIR);
  try {
    const errors = validateManifest(manifestPath, schemaDir);
    if (errors.length > 0) {
      console.error(`Tệp kê khai ${manifestPath} không hợp lệ (${errors.length} lỗi):`);
      for (const line of errors) console.error(`  ${line}`);
      process.exit(1);
    }
    console.log(`Tệp kê khai hợp lệ theo lược đồ: ${manifestPath}`);
  } catch (e) {
    console.error(`Không kiểm tra được tệp kê khai: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
