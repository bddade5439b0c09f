/**
 * Reads a returned survey workbook (.xlsx bytes) into plain data for the merge: sheets, defined
 * names, custom properties, and the cells of the sheets the defined names point at plus the
 * metadata sheet. Browser-safe (fflate, @noble/hashes, its own XML scanner; no fs, no Buffer) and synchronous.
 * Never throws: every file gets either a workbook or a Vietnamese refusal naming the file.
 */
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import type { FileProblem, ReadCell, ReadName, ReadOutcome, ReturnedWorkbook } from '../core/returned/types';
import { META_SHEET } from '../core/sheet/metadata';
import { parseCustomProperties } from './reader/custom-properties';
import { parseNameTarget } from './reader/defined-name-ref';
import { resolveLimits, type ReadLimits } from './reader/limits';
import { locateWorkbook } from './reader/locate-workbook';
import { worded } from '../core/problems/messages';
import { PackageParts } from './reader/package-parts';
import { FileReadError, refuse, refuseTooLarge } from './reader/read-error';
import {
  folderOf,
  hasType,
  parseRelationships,
  relsPartFor,
  type Relationship,
} from './reader/relationships';
import { parseSharedStrings } from './reader/shared-strings';
import { sniff } from './reader/sniff';
import { refuseNonZip } from './reader/sniff-refusal';
import { parseWorkbookPart, type WorkbookPart } from './reader/workbook-part';
import { parseWorksheet } from './reader/worksheet-part';
import type { RawInflate } from './reader/zip-inflate';

export type { FileProblem, FileProblemCode, ReadOutcome } from '../core/returned/types';
export { DEFAULT_READ_LIMITS, type ReadLimits } from './reader/limits';
export type { RawInflate } from './reader/zip-inflate';

const DEFAULT_CUSTOM_PART = 'docProps/custom.xml';

function sheetKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/** Workbook-level names, without Excel's built-ins (`_xlnm.Print_Area`...); sheets resolved to their real spelling. */
function workbookNames(workbook: WorkbookPart): ReadName[] {
  const bySheetKey = new Map(workbook.sheets.map((s) => [sheetKey(s.name), s.name]));
  const names: ReadName[] = [];
  // A form's hundred-odd names point at one or two sheets: resolve each spelling once (NFC is not free).
  const resolved = new Map<string, string>();
  const resolve = (written: string): string => {
    let sheet = resolved.get(written);
    if (sheet === undefined) {
      sheet = bySheetKey.get(sheetKey(written)) ?? written;
      resolved.set(written, sheet);
    }
    return sheet;
  };
  for (const n of workbook.definedNames) {
    if (n.localSheetId !== null || /^_xlnm\./i.test(n.name)) continue;
    const target = parseNameTarget(n.text);
    const sheet = target.sheet === null ? null : resolve(target.sheet);
    names.push({ name: n.name, sheet, address: target.address, raw: n.text });
  }
  return names;
}

function readCells(
  parts: PackageParts,
  workbook: WorkbookPart,
  workbookRels: Relationship[],
  wanted: Set<string>,
  workbookPart: string,
): Record<string, Record<string, ReadCell>> {
  const cells: Record<string, Record<string, ReadCell>> = {};
  const toLoad = workbook.sheets.filter((s) => wanted.has(sheetKey(s.name)));
  if (toLoad.length === 0) return cells;
  const stringsRel = workbookRels.find((r) => !r.external && hasType(r, 'sharedStrings'));
  const stringsText = stringsRel ? parts.textOf(stringsRel.target) : null;
  const sharedStrings =
    stringsText === null || !stringsRel ? [] : parseSharedStrings(stringsText, stringsRel.target);
  for (const sheet of toLoad) {
    const rel = workbookRels.find((r) => r.id === sheet.relId);
    if (!rel || !hasType(rel, 'worksheet')) continue; // a chart sheet or dialog sheet holds no cells
    const text = parts.textOf(rel.target);
    if (text === null)
      refuse('corrupt', { why: 'sheet-part-missing', part: rel.target, sheet: sheet.name, workbookPart });
    cells[sheet.name] = parseWorksheet(text, rel.target, sheet.name, sharedStrings);
  }
  return cells;
}

function customProperties(parts: PackageParts, rootRels: Relationship[]): Record<string, string> {
  const rel = rootRels.find((r) => !r.external && hasType(r, 'custom-properties'));
  const partName = rel?.target ?? DEFAULT_CUSTOM_PART;
  const text = parts.textOf(partName);
  return text === null ? {} : parseCustomProperties(text, partName);
}

function readPackage(
  bytes: Uint8Array,
  fileName: string,
  limits: ReadLimits,
  options: ReadOptions,
): ReturnedWorkbook {
  if (bytes.length > limits.maxFileBytes) {
    refuseTooLarge(bytes.length, limits.maxFileBytes);
  }
  const sniffed = sniff(bytes);
  if (sniffed.kind !== 'zip') refuseNonZip(bytes, sniffed);
  const parts = new PackageParts(bytes, limits, options.inflateRaw);
  const { workbookPart, rootRels } = locateWorkbook(parts);
  const workbookText = parts.textOf(workbookPart);
  if (workbookText === null)
    return refuse('no-workbook-part', { why: 'workbook-part-missing', part: workbookPart });
  const workbook = parseWorkbookPart(workbookText, workbookPart);
  const relsPart = relsPartFor(workbookPart);
  const relsText = parts.textOf(relsPart);
  const workbookRels =
    relsText === null ? [] : parseRelationships(relsText, relsPart, folderOf(workbookPart));

  const names = workbookNames(workbook);
  const wanted = new Set<string>([sheetKey(META_SHEET), ...(options.sheets ?? []).map(sheetKey)]);
  for (const n of names) if (n.sheet !== null) wanted.add(sheetKey(n.sheet));

  return {
    fileName,
    byteLength: bytes.length,
    sha256: options.sha256 ?? bytesToHex(sha256(bytes)),
    sheets: workbook.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
    names,
    customProperties: customProperties(parts, rootRels),
    cells: readCells(parts, workbook, workbookRels, wanted, workbookPart),
  };
}

function problemOf(fileName: string, e: unknown): FileProblem {
  if (e instanceof FileReadError) {
    return worded(e.code, 'error', { file: fileName }, e.params as never) as FileProblem;
  }
  // Anything unforeseen in a hostile file is still that file's problem, never a crash of the batch.
  return worded('corrupt', 'error', { file: fileName }, { detail: { why: 'unreadable' } });
}

export interface ReadOptions {
  /**
   * The file's SHA-256 (lower-case hex) when the caller already computed it from these bytes, as
   * the CLI and the task pane do so that unreadable files get one too: hashing again is wasted work.
   */
  sha256?: string;
  /** Sheets to load besides those the defined names point at (a workbook another program wrote without them). */
  sheets?: readonly string[];
  /** The platform's inflate when it has a faster one than fflate (the CLI: node:zlib); see {@link RawInflate}. */
  inflateRaw?: RawInflate;
}

export function readReturnedWorkbook(
  bytes: Uint8Array,
  fileName: string,
  limits?: Partial<ReadLimits>,
  options?: ReadOptions,
): ReadOutcome {
  try {
    return {
      ok: true,
      workbook: readPackage(bytes, fileName, resolveLimits(limits), options ?? {}),
    };
  } catch (e) {
    return { ok: false, problem: problemOf(fileName, e) };
  }
}
