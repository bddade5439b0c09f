/**
 * ExcelJS 4 cannot write custom document properties, so they are added to the finished package:
 * docProps/custom.xml, its relationship and its content type (ECMA-376 part 1, §22.3).
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

const CUSTOM_PART = 'docProps/custom.xml';
const CUSTOM_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties';
const CUSTOM_TYPE = 'application/vnd.openxmlformats-officedocument.custom-properties+xml';
/** The format id every user-defined property carries. */
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

/** Control characters XML 1.0 cannot carry at all. */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(XML_FORBIDDEN, '');
}

export function customPropertiesXml(properties: Record<string, string>): string {
  const items = Object.entries(properties).map(
    ([name, value], i) =>
      `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    items.join('') +
    '</Properties>'
  );
}

/** Returns a new package with the custom properties part added (or replaced). */
export function addCustomProperties(xlsx: Uint8Array, properties: Record<string, string>): Uint8Array {
  if (Object.keys(properties).length === 0) return xlsx;
  const files = unzipSync(xlsx);
  const types = files['[Content_Types].xml'];
  const rels = files['_rels/.rels'];
  if (!types || !rels)
    throw new Error('the package written by ExcelJS has no content types or relationships');
  let typesXml = strFromU8(types);
  if (!typesXml.includes(`PartName="/${CUSTOM_PART}"`)) {
    typesXml = typesXml.replace(
      '</Types>',
      `<Override PartName="/${CUSTOM_PART}" ContentType="${CUSTOM_TYPE}"/></Types>`,
    );
  }
  let relsXml = strFromU8(rels);
  if (!relsXml.includes(CUSTOM_REL)) {
    relsXml = relsXml.replace(
      '</Relationships>',
      `<Relationship Id="rIdCustomProps" Type="${CUSTOM_REL}" Target="${CUSTOM_PART}"/></Relationships>`,
    );
  }
  const out: Zippable = {};
  // [Content_Types].xml first, as Office writes it; some readers expect it.
  out['[Content_Types].xml'] = strToU8(typesXml);
  for (const [path, data] of Object.entries(files)) {
    if (path === '[Content_Types].xml') continue;
    out[path] = path === '_rels/.rels' ? strToU8(relsXml) : data;
  }
  out[CUSTOM_PART] = strToU8(customPropertiesXml(properties));
  return zipSync(out, { level: 6 });
}
