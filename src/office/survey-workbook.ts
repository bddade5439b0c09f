/**
 * The survey in the open workbook, through Office.js: find it (from its hidden metadata), insert
 * or replace it (never losing entries), read its inputs, watch them live, select a cell.
 * Every function keeps to a fixed number of round trips (see test/office for the budgets).
 */
import { workbookKind } from '../core/consolidation/workbook-kind';
import { builtInRegime } from '../core/regime/load';
import type { FormInputs } from '../core/scoring/score';
import type { FigureInputs } from '../core/scoring/rule-points';
import type { ReadName } from '../core/returned/types';
import { parseRange, rangeAddress } from '../core/sheet/a1';
import { META_KEYS, META_SHEET, readMetadata, readMetadataProperties } from '../core/sheet/metadata';
import { evidenceName, scoreName } from '../core/sheet/names';
import type { WorkbookSpec } from '../core/sheet/spec';
import { surveyLayout } from '../core/sheet/survey/form-layout';
import type { SurveyLayout } from '../core/sheet/survey/layout';
import { parseTemplate } from '../core/template/load';
import type { SurveyTemplate } from '../core/template/types';
import { type Capabilities, detectCapabilities } from './capabilities';
import { archivedName } from './archived-name';
import { queueNameTargets, readNameTargets } from './name-targets';
import { afterOwnWrites, asOwnWrite, isOwnWrite } from './own-writes';
import { renderWorkbookSpec } from './render-spec';

export interface SurveyInfo {
  meta: Record<string, string>;
  template: SurveyTemplate | null;
  groupId: string;
  layout: SurveyLayout | null;
  /** Vietnamese, for the pane to show. */
  problems: string[];
}

/** Rows of the metadata sheet read in the probe; the sheet holds about a dozen. */
interface Probe {
  metaSheet: Excel.Worksheet;
  metaCells: Excel.Range;
  properties: Excel.CustomPropertyCollection | null;
  sheets: Excel.WorksheetCollection;
  names: Excel.NamedItemCollection;
}

function queueProbe(context: Excel.RequestContext, caps: Capabilities): Probe {
  const metaSheet = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
  const metaCells = metaSheet.getUsedRangeOrNullObject(true);
  metaCells.load('values, rowIndex, columnIndex');
  // Custom document properties need ExcelApi 1.7; the sheet alone is enough below that.
  const properties = caps.canWatch ? context.workbook.properties.custom : null;
  properties?.load('items/key, items/value');
  const sheets = context.workbook.worksheets;
  sheets.load('items/name, items/visibility');
  const names = context.workbook.names;
  names.load('items/name');
  return { metaSheet, metaCells, properties, sheets, names };
}

/** Metadata cells keyed by A1 address, as readMetadata expects them. */
function metaCellsOf(range: Excel.Range): Record<string, { value: string | number | boolean | null }> {
  const cells: Record<string, { value: string | number | boolean | null }> = {};
  const values = range.values as (string | number | boolean)[][];
  values.forEach((row, i) => {
    row.forEach((value, j) => {
      const col = range.columnIndex + j;
      if (col > 1) return;
      cells[`${col === 0 ? 'A' : 'B'}${range.rowIndex + i + 1}`] = { value: value === '' ? null : value };
    });
  });
  return cells;
}

/** The workbook's metadata, the sheet authoritative and properties filling what it lacks (e.g. a sheet deleted by hand). */
function probedMetadata(probe: Probe): Record<string, string> | null {
  const fromSheet =
    probe.metaSheet.isNullObject || probe.metaCells.isNullObject
      ? {}
      : readMetadata(metaCellsOf(probe.metaCells));
  const props: Record<string, string> = {};
  for (const p of probe.properties?.items ?? []) props[p.key] = String(p.value);
  const fromProps = readMetadataProperties(props);
  if (fromSheet[META_KEYS.product] === undefined && fromProps[META_KEYS.product] === undefined) return null;
  return { ...fromProps, ...fromSheet };
}

function interpretProbe(probe: Probe): SurveyInfo | null {
  const meta = probedMetadata(probe);
  // A consolidation shares the metadata sheet with a survey, so it is told apart by its kind.
  const kind = workbookKind(meta);
  if (meta === null || kind === 'consolidation') return null;
  const problems: string[] = [];
  const groupId = meta[META_KEYS.group] ?? '';
  if (kind === 'other') {
    problems.push(
      `Sổ tính có siêu dữ liệu của sản phẩm khác (“${meta[META_KEYS.product] ?? ''}”), không phải phiếu xếp hạng CNTT.`,
    );
    return { meta, template: null, groupId, layout: null, problems };
  }
  if (probe.metaSheet.isNullObject)
    problems.push(`Không thấy trang ẩn ${META_SHEET}; thông tin phiếu được lấy từ thuộc tính tài liệu.`);

  let template: SurveyTemplate | null = null;
  const rawJson = meta[META_KEYS.templateJson];
  if (rawJson === undefined || rawJson === '') {
    problems.push('Phiếu không lưu bộ tiêu chí (templateJson): không dựng lại được cấu trúc phiếu.');
  } else if (meta[META_KEYS.regimeId] !== undefined && meta[META_KEYS.regimeId] !== builtInRegime.id) {
    problems.push(
      `Phiếu theo quy định “${meta[META_KEYS.regimeId]}”, phần bổ trợ chỉ biết quy định “${builtInRegime.id}”.`,
    );
  } else {
    try {
      const parsed = parseTemplate(JSON.parse(rawJson) as unknown, builtInRegime);
      if (parsed.ok) template = parsed.template;
      else
        problems.push(
          ...parsed.problems.map((p) => `Bộ tiêu chí lưu trong phiếu không hợp lệ: ${p.message}`),
        );
    } catch {
      problems.push('Bộ tiêu chí lưu trong phiếu bị hỏng (không đọc được JSON).');
    }
  }

  let layout: SurveyLayout | null = null;
  if (template) {
    const group = template.groups.find((g) => g.groupId === groupId);
    if (!group) {
      problems.push(`Nhóm “${groupId}” ghi trong phiếu không có trong bộ tiêu chí năm ${template.year}.`);
    } else {
      // Positions only: the form is read, not described again.
      layout = surveyLayout(group);
      if (!probe.sheets.items.some((s) => s.name === layout?.formSheet)) {
        problems.push(`Không tìm thấy trang “${layout.formSheet}” của phiếu (trang đã bị đổi tên hoặc xóa).`);
        layout = null;
      }
    }
  }
  return { meta, template, groupId, layout, problems };
}

/** The defined names of the form's inputs. */
function inputNames(layout: SurveyLayout): string[] {
  return layout.rows.flatMap((row) => [scoreName(row.code), evidenceName(row.code)]);
}

/**
 * Rows inserted or deleted by hand move the cells, and Excel moves the defined names with them:
 * the names are the contract, so the layout follows them (read through their ranges) and the
 * change is reported.
 */
function followNames(layout: SurveyLayout, targets: readonly ReadName[], problems: string[]): SurveyLayout {
  const byName = new Map(targets.map((n) => [n.name.toUpperCase(), n]));
  const moved: string[] = [];
  const follow = (name: string, cell: string): string => {
    const t = byName.get(name.toUpperCase());
    if (!t || t.sheet !== layout.formSheet || t.address === null || t.address === cell) return cell;
    moved.push(name);
    return t.address;
  };
  const rows = layout.rows.map((row) => ({
    ...row,
    scoreCell: follow(scoreName(row.code), row.scoreCell),
    evidenceCell: follow(evidenceName(row.code), row.evidenceCell),
  }));
  if (moved.length > 0) {
    problems.push(
      `Cấu trúc phiếu đã bị thay đổi (chèn hoặc xóa dòng): ô ${moved.slice(0, 5).join(', ')}${moved.length > 5 ? '…' : ''} không còn ở vị trí ban đầu. Phần bổ trợ đọc theo tên ô, nhưng phiếu gửi về có thể bị từ chối.`,
    );
  }
  return { ...layout, rows };
}

/**
 * Finds the survey of the open workbook from its metadata: one sync when there is none, a second
 * to read where the form's names point (the names are only known from the stored template).
 */
export async function findSurvey(): Promise<SurveyInfo | null> {
  const caps = detectCapabilities();
  return Excel.run(async (context) => {
    const probe = queueProbe(context, caps);
    await context.sync();
    const info = interpretProbe(probe);
    if (!info?.layout) return info;
    const targets = queueNameTargets(context.workbook, inputNames(info.layout));
    await context.sync();
    return { ...info, layout: followNames(info.layout, readNameTargets(targets), info.problems) };
  });
}

/**
 * Inserts the survey. 'create' writes nothing when a survey is already there; 'replace' renames
 * every sheet in the way (`Phiếu` → `Phiếu (cũ 1)`, entries kept) and frees the defined names,
 * then renders: one probe sync, then the render's one (or two) syncs.
 */
export async function insertSurvey(
  spec: WorkbookSpec,
  mode: 'create' | 'replace',
): Promise<{ status: 'inserted' } | { status: 'exists'; info: SurveyInfo }> {
  const caps = detectCapabilities();
  if (!caps.canInsert) throw new Error(caps.missing[0] ?? 'Phiên bản Excel này không chèn được phiếu.');
  return asOwnWrite(() =>
    Excel.run(async (context) => {
      const probe = queueProbe(context, caps);
      await context.sync();
      if (workbookKind(probedMetadata(probe)) === 'consolidation') {
        throw new Error(
          'Sổ tính này đang chứa bảng tổng hợp xếp hạng; chèn phiếu vào đây sẽ làm hỏng bảng tổng hợp. Hãy mở một sổ tính mới rồi chèn phiếu.',
        );
      }
      const info = interpretProbe(probe);
      if (info && mode === 'create') return { status: 'exists' as const, info };

      const taken = new Set(probe.sheets.items.map((s) => s.name.toLocaleLowerCase()));
      for (const s of spec.sheets) taken.add(s.name.toLocaleLowerCase());
      const wanted = new Set(spec.sheets.map((s) => s.name.toLocaleLowerCase()));
      for (const sheet of probe.sheets.items) {
        if (wanted.has(sheet.name.toLocaleLowerCase())) sheet.name = archivedName(sheet.name, taken);
      }
      const newNames = new Set(spec.names.map((n) => n.name.toUpperCase()));
      for (const item of probe.names.items) if (newNames.has(item.name.toUpperCase())) item.delete();

      await renderWorkbookSpec(context, spec, caps);
      return { status: 'inserted' as const };
    }),
  );
}

/** What the live check reads: every score and evidence entry, and (format 2) every figure. */
export interface SurveyReading {
  inputs: FormInputs;
  figures: FigureInputs;
  /** What a migration moves besides: figure evidence (MC_SL_*) by figure key, and the agency cells. */
  figureEvidence?: Record<string, unknown>;
  agencyCode?: unknown;
  agencyName?: unknown;
}

/** The rectangle holding every score, evidence, figure and agency cell, read as one block (one sync). */
function inputBlock(layout: SurveyLayout): { row: number; col: number; lastRow: number; lastCol: number } {
  const cells = [
    ...layout.rows.flatMap((r) => [parseRange(r.scoreCell), parseRange(r.evidenceCell)]),
    ...(layout.figures ?? []).flatMap((f) => [f.valueCell, f.evidenceCell ?? f.valueCell].map(parseRange)),
    parseRange(layout.agencyCodeCell),
    parseRange(layout.agencyNameCell),
  ];
  return {
    row: Math.min(...cells.map((c) => c.row)),
    col: Math.min(...cells.map((c) => c.col)),
    lastRow: Math.max(...cells.map((c) => c.lastRow)),
    lastCol: Math.max(...cells.map((c) => c.lastCol)),
  };
}

function inputsFrom(
  layout: SurveyLayout,
  block: ReturnType<typeof inputBlock>,
  values: unknown[][],
  formulas: unknown[][],
): SurveyReading {
  const at = (address: string): unknown => {
    const c = parseRange(address);
    return values[c.row - block.row]?.[c.col - block.col] ?? '';
  };
  // A formula shows in `formulas` as text starting with '=' that differs from the cell's value.
  const formulaAt = (address: string): string | undefined => {
    const c = parseRange(address);
    const f = formulas[c.row - block.row]?.[c.col - block.col];
    return typeof f === 'string' && f.startsWith('=') && f !== at(address) ? f.slice(1) : undefined;
  };
  const inputs: FormInputs = {};
  for (const row of layout.rows) {
    inputs[row.code] = {
      score: at(row.scoreCell),
      evidence: at(row.evidenceCell),
      scoreFormula: formulaAt(row.scoreCell),
      evidenceFormula: formulaAt(row.evidenceCell),
    };
  }
  const figures: FigureInputs = {};
  const figureEvidence: Record<string, unknown> = {};
  for (const f of layout.figures ?? []) {
    figures[f.key] = at(f.valueCell);
    if (f.evidenceCell !== undefined) figureEvidence[f.key] = at(f.evidenceCell);
  }
  return {
    inputs,
    figures,
    figureEvidence,
    agencyCode: at(layout.agencyCodeCell),
    agencyName: at(layout.agencyNameCell),
  };
}

/** Every score and evidence entry and every figure of the form, in one sync. */
export async function readInputs(layout: SurveyLayout): Promise<SurveyReading> {
  if (layout.rows.length === 0) return { inputs: {}, figures: {} };
  const block = inputBlock(layout);
  return Excel.run(async (context) => {
    // An A1 address (ExcelApi 1.1): getRangeByIndexes would need 1.7, above the read path's 1.4.
    const range = context.workbook.worksheets.getItem(layout.formSheet).getRange(rangeAddress(block));
    range.load('values, formulas');
    await context.sync();
    return inputsFrom(layout, block, range.values, range.formulas);
  });
}

export interface WatchOptions {
  /** Quiet time before a batch of changes is read (default 150 ms). */
  debounceMs?: number;
}

/**
 * Calls onInputs after each batch of user changes on the form sheet (typing, paste, fill, clear,
 * undo): debounced, one sync per batch, whatever the event says (a multi-cell paste has no
 * details). The add-in's own writes are ignored. The returned disposer removes the handler.
 */
export async function watchInputs(
  layout: SurveyLayout,
  onInputs: (reading: SurveyReading) => void,
  onError: (e: unknown) => void,
  options: WatchOptions = {},
): Promise<() => Promise<void>> {
  const debounceMs = options.debounceMs ?? 150;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  let reading = false;
  let again = false;

  const flush = async (): Promise<void> => {
    if (disposed) return;
    if (reading) {
      again = true;
      return;
    }
    reading = true;
    try {
      const inputs = await readInputs(layout);
      if (!disposed) onInputs(inputs);
    } catch (e) {
      if (!disposed) onError(e);
    } finally {
      reading = false;
      if (again && !disposed) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), debounceMs);
  };
  let rereadQueued = false;
  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (disposed) return;
    if (isOwnWrite(event)) {
      // Below ExcelApi 1.14 a user's edit during our write looks like ours: read once more when it ends.
      if (event.triggerSource === undefined && !rereadQueued) {
        rereadQueued = true;
        afterOwnWrites(() => {
          rereadQueued = false;
          if (!disposed) schedule();
        });
      }
      return;
    }
    schedule();
  };

  const registration = await Excel.run(async (context) => {
    const result = context.workbook.worksheets.getItem(layout.formSheet).onChanged.add(handler);
    await context.sync();
    return result;
  });

  return async () => {
    if (disposed) return;
    disposed = true;
    if (timer !== undefined) clearTimeout(timer);
    // A handler can only be removed through the context that added it.
    await Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}

/** Shows the sheet and selects the cell (a problem clicked in the pane). */
export async function selectCell(sheet: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(address).select();
    await context.sync();
  });
}
