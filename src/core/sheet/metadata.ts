/**
 * Hidden metadata of a survey workbook: a very hidden sheet (column A keys, column B values) and
 * the same keys as custom document properties prefixed `XHCNTT.`. The merge reads it to know the
 * template, year, group and structure fingerprint of a returned form.
 */
import type { ReadCell } from '../returned/types';
import type { CellSpec, CellStyle, CellValue } from './spec';

export const META_SHEET = 'XHCNTT_META';
export const PROPERTY_PREFIX = 'XHCNTT.';
export const PRODUCT = 'xep-hang-cntt';
export const FORMAT_VERSION = '1';
/** Excel keeps at most 32767 characters in a cell; chunks stay well below. */
export const TEMPLATE_JSON_CHUNK = 30000;
/** Style key the metadata cells use (text format, so `2026` stays the text it was written as). */
export const META_STYLE = 'meta';
export const metaStyle: CellStyle = { numberFormat: '@', font: { name: 'Times New Roman', size: 11 } };

export const META_KEYS = {
  product: 'product',
  formatVersion: 'formatVersion',
  regimeId: 'regimeId',
  templateId: 'templateId',
  year: 'year',
  group: 'group',
  templateVersion: 'templateVersion',
  agencyCode: 'agencyCode',
  fingerprint: 'fingerprint',
  templateJson: 'templateJson',
} as const;

export interface SurveyMetadataInput {
  regimeId: string;
  templateId: string;
  year: number;
  group: string;
  templateVersion: number;
  /** Empty when the form is not prefilled for one agency. */
  agencyCode: string;
  fingerprint: string;
  /** `templateToJson` of the whole template. */
  templateJson: unknown;
}

/** Splits by code points so no chunk ends inside a surrogate pair. */
function chunks(text: string, size: number): string[] {
  const points = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i < points.length; i += size) out.push(points.slice(i, i + size).join(''));
  return out.length > 0 ? out : [''];
}

/** The flat key/value record written to the metadata sheet, in writing order. */
export function metadataRecord(input: SurveyMetadataInput): Record<string, string> {
  const record: Record<string, string> = {
    [META_KEYS.product]: PRODUCT,
    [META_KEYS.formatVersion]: FORMAT_VERSION,
    [META_KEYS.regimeId]: input.regimeId,
    [META_KEYS.templateId]: input.templateId,
    [META_KEYS.year]: String(input.year),
    [META_KEYS.group]: input.group,
    [META_KEYS.templateVersion]: String(input.templateVersion),
    [META_KEYS.agencyCode]: input.agencyCode,
    [META_KEYS.fingerprint]: input.fingerprint,
    ...chunkRecord(META_KEYS.templateJson, JSON.stringify(input.templateJson)),
  };
  return record;
}

/** `key.1`, `key.2`, … holding `text` in chunks a cell can keep. */
export function chunkRecord(key: string, text: string): Record<string, string> {
  const record: Record<string, string> = {};
  chunks(text, TEMPLATE_JSON_CHUNK).forEach((chunk, i) => {
    record[`${key}.${i + 1}`] = chunk;
  });
  return record;
}

/** The concatenation of the `key.N` chunks in number order; undefined when there are none. */
export function joinChunks(meta: Record<string, string>, key: string): string | undefined {
  const numbers = Object.keys(meta)
    .filter((k) => k.startsWith(`${key}.`) && /^\d+$/.test(k.slice(key.length + 1)))
    .map((k) => Number(k.slice(key.length + 1)))
    .sort((a, b) => a - b);
  return numbers.length > 0 ? numbers.map((n) => meta[`${key}.${n}`] ?? '').join('') : undefined;
}

/** Cells of the metadata sheet: one row per key, column A key, column B value, all text. */
export function metadataCells(meta: Record<string, string>): CellSpec[] {
  const cells: CellSpec[] = [];
  Object.entries(meta).forEach(([key, value], i) => {
    cells.push({ row: i + 1, col: 1, value: key, style: META_STYLE });
    cells.push({ row: i + 1, col: 2, value, style: META_STYLE });
  });
  return cells;
}

/**
 * Custom document properties: every key except the template JSON chunks (and any other key
 * `sheetOnly` names), because Office limits a text property to 255 characters; long values live
 * only in the metadata sheet.
 */
export function metadataProperties(
  meta: Record<string, string>,
  sheetOnly: (key: string) => boolean = () => false,
): Record<string, string> {
  const props: Record<string, string> = {};
  for (const [key, value] of Object.entries(meta)) {
    if (key.startsWith(`${META_KEYS.templateJson}.`) || sheetOnly(key)) continue;
    props[`${PROPERTY_PREFIX}${key}`] = value;
  }
  return props;
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * Reads the metadata sheet's cells (keyed by A1 address). Keys are trimmed; a later duplicate key
 * wins. When `templateJson.N` chunks are present, their concatenation is also given as `templateJson`.
 */
export function readMetadata(cells: Record<string, ReadCell>): Record<string, string> {
  const rows = new Set<number>();
  for (const address of Object.keys(cells)) {
    const m = /^\$?[Aa]\$?(\d+)$/.exec(address);
    if (m) rows.add(Number(m[1]));
  }
  const meta: Record<string, string> = {};
  for (const row of [...rows].sort((a, b) => a - b)) {
    const key = cellText(cells[`A${row}`]?.value).trim();
    if (key === '') continue;
    meta[key] = cellText(cells[`B${row}`]?.value);
  }
  const templateJson = joinChunks(meta, META_KEYS.templateJson);
  if (templateJson !== undefined && meta[META_KEYS.templateJson] === undefined)
    meta[META_KEYS.templateJson] = templateJson;
  return meta;
}

/** Reads the `XHCNTT.` custom properties back into unprefixed keys. */
export function readMetadataProperties(properties: Record<string, string>): Record<string, string> {
  const meta: Record<string, string> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (key.startsWith(PROPERTY_PREFIX)) meta[key.slice(PROPERTY_PREFIX.length)] = value;
  }
  return meta;
}
