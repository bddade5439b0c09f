/**
 * Hand-assembled .xlsx packages (zip of XML parts) for the cases no spreadsheet program writes on
 * demand: shared formulas, prefixed namespaces, rich text with phonetic runs, lying headers...
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export interface SheetPart {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The `<sheetData>` inner XML. */
  sheetData: string;
}

export interface PackageOptions {
  sheets: SheetPart[];
  /** `<definedName>` elements, written as given. */
  definedNames?: string;
  /** `<si>` elements of the shared-string table. */
  sharedStrings?: string[];
  customProperties?: Record<string, string>;
  /** Parts to add or replace, by part name. `null` removes a part. */
  extraParts?: Record<string, string | Uint8Array | null>;
  workbookContentType?: string;
}

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function buildPackageParts(options: PackageOptions): Record<string, string | Uint8Array> {
  const wbType =
    options.workbookContentType ??
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';
  const sheetOverrides = options.sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join('');
  const parts: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${wbType}"/>${sheetOverrides}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${REL_NS}/custom-properties" Target="docProps/custom.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheets>${options.sheets
      .map(
        (s, i) =>
          `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
      )
      .join(
        '',
      )}</sheets>${options.definedNames ? `<definedNames>${options.definedNames}</definedNames>` : ''}</workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">${options.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rIdS" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${SHEET_NS}">${(options.sharedStrings ?? []).join('')}</sst>`,
    'docProps/custom.xml': `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${Object.entries(
      options.customProperties ?? {},
    )
      .map(
        ([k, v], i) =>
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${escapeXml(k)}"><vt:lpwstr>${escapeXml(v)}</vt:lpwstr></property>`,
      )
      .join('')}</Properties>`,
  };
  options.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${SHEET_NS}" xmlns:r="${REL_NS}"><sheetData>${s.sheetData}</sheetData></worksheet>`;
  });
  for (const [name, content] of Object.entries(options.extraParts ?? {})) {
    if (content === null) delete parts[name];
    else parts[name] = content;
  }
  return parts;
}

export function zipParts(parts: Record<string, string | Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    zippable[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(zippable);
}

export function buildPackage(options: PackageOptions): Uint8Array {
  return zipParts(buildPackageParts(options));
}

/** Rewrites the declared uncompressed size of one entry in both the local and the central header. */
export function lieAboutSize(zip: Uint8Array, entryName: string, declared: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(entryName);
  for (let i = 0; i + 4 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const nameAt = sig === 0x04034b50 ? i + 30 : sig === 0x02014b50 ? i + 46 : -1;
    if (nameAt < 0 || !name.every((b, j) => out[nameAt + j] === b)) continue;
    view.setUint32(sig === 0x04034b50 ? i + 22 : i + 24, declared, true);
  }
  return out;
}
