/**
 * The criteria workbook read back: a grid of cell values (plain data) → the template JSON the validator
 * knows → the template, or every problem placed on its sheet, row and column. The parser only converts
 * cells; judging them is the template validator's, so the file and the workbook obey one set of rules.
 */
import type { Regime } from '../regime/types';
import type { CellValue } from '../sheet/spec';
import { parseTemplate, type TemplateProblem } from '../template/load';
import type { SurveyTemplate } from '../template/types';
import { cleanText } from '../text/normalize';
import { linesOf, parseDateCell, parseNumberText, parsePairsText } from './cell-text';
import { findSheet, isBlank, valueAt, type CriteriaGrid, type SheetGrid } from './grid';
import {
  CHECK_KIND_SET,
  FIGURE_TYPE_SET,
  RULE_KIND_SET,
  SEVERITY_SET,
  groupSet,
  idOf,
  listItems,
  yesNoOf,
  YES_NO_ITEMS,
  type LabelledSet,
} from './labels';
import {
  CHECKS_SHEET,
  CHECK_COLUMNS,
  FIGURES_SHEET,
  FIGURE_COLUMNS,
  FIRST_DATA_ROW,
  INFO_FIRST_ROW,
  INFO_LABEL_COL,
  INFO_ROWS,
  INFO_SHEET,
  INFO_VALUE_COL,
  SUBS_SHEET,
  SUB_COLUMNS,
  columnOf,
  type TableColumn,
} from './layout';
import { placed, worded } from '../problems/messages';
import type { ProblemParams } from '../problems/params';
import { PathPlaces, whereOf, type CellLocation, type CriteriaCode, type CriteriaProblem } from './problems';

export type { CriteriaGrid } from './grid';
export type { CriteriaProblem, CellLocation } from './problems';

export type CriteriaReading =
  | { ok: true; template: SurveyTemplate; json: unknown }
  | { ok: false; problems: CriteriaProblem[]; json: unknown };

type Obj = Record<string, unknown>;

/** A table row as the parser sees it: its row number and a reader of its cells by field. */
interface TableRow {
  row: number;
  cell: (field: string) => CellValue;
}

class Reading {
  readonly places = new PathPlaces();
  readonly problems: CriteriaProblem[] = [];
  /** Paths whose cell the parser already reported: the validator's word on them would repeat it. */
  readonly reported = new Set<string>();

  report<C extends CriteriaCode>(
    code: C,
    params: ProblemParams[C],
    path: string,
    at: CellLocation,
    header: string | undefined,
  ): void {
    const problem = worded(code, 'error', whereOf(at, header, path), params);
    // The generic C is one code at every call site; TypeScript cannot see it through the mapped union.
    this.problems.push({ ...problem, path, at } as CriteriaProblem);
    this.reported.add(path);
  }
}

function textOf(v: CellValue): string {
  return v === null ? '' : typeof v === 'string' ? cleanText(v) : String(v);
}

/** A number cell: a number, or text that reads as one (1,5); other text is kept for the validator to refuse. */
function numberOf(v: CellValue): number | string | undefined {
  if (isBlank(v)) return undefined;
  if (typeof v === 'number') return v;
  const n = parseNumberText(String(v));
  return n ?? textOf(v);
}

function tableRows(sheet: SheetGrid | null, columns: readonly TableColumn[], inputs: number): TableRow[] {
  if (!sheet) return [];
  const rows: TableRow[] = [];
  for (let r = FIRST_DATA_ROW; r <= sheet.rows.length; r++) {
    const cell = (field: string): CellValue => valueAt(sheet, r, columnOf(columns, field));
    let blank = true;
    for (let c = 1; c <= inputs && blank; c++) blank = isBlank(valueAt(sheet, r, c));
    if (!blank) rows.push({ row: r, cell });
  }
  return rows;
}

/** Sets json[field] from a cell by a converter; undefined leaves the field out. */
function put(target: Obj, field: string, value: unknown): void {
  if (value !== undefined) target[field] = value;
}

class CriteriaParser {
  private readonly r = new Reading();
  private readonly groups = new Map<string, { json: Obj; criteria: Map<number, Obj> }>();

  constructor(
    private readonly grid: CriteriaGrid,
    private readonly regime: Regime,
  ) {}

  run(): { json: Obj; reading: Reading } {
    const info = this.sheet(INFO_SHEET, true);
    const json: Obj = info ? this.info(info) : {};
    this.subCriteria(this.sheet(SUBS_SHEET, true));
    this.figures(this.sheet(FIGURES_SHEET, false));
    this.checks(this.sheet(CHECKS_SHEET, false));
    json['groups'] = [...this.groups.values()].map((g) => {
      g.json['criteria'] = [...g.criteria.values()];
      return g.json;
    });
    this.r.places.set('groups', { sheet: SUBS_SHEET, columns: SUB_COLUMNS, defaultField: 'groupId' });
    return { json, reading: this.r };
  }

  private sheet(name: string, required: boolean): SheetGrid | null {
    const found = findSheet(this.grid, name);
    if (!found && required) this.r.report('criteria-sheet-missing', {}, name, { sheet: name }, undefined);
    return found;
  }

  private info(sheet: SheetGrid): Obj {
    const json: Obj = {};
    for (const { field, label } of INFO_ROWS) {
      let row = 0;
      for (let r = 1; r <= sheet.rows.length && row === 0; r++)
        if (textOf(valueAt(sheet, r, INFO_LABEL_COL)).toLowerCase() === label.toLowerCase()) row = r;
      if (row === 0) {
        this.r.report(
          'criteria-info-missing',
          { label },
          field,
          { sheet: sheet.name, col: INFO_LABEL_COL },
          undefined,
        );
        continue;
      }
      const where = { sheet: sheet.name, row, col: INFO_VALUE_COL };
      this.r.places.set(field, { sheet: sheet.name, row, col: INFO_VALUE_COL, columns: [] });
      const v = valueAt(sheet, row, INFO_VALUE_COL);
      if (isBlank(v)) {
        this.r.report('criteria-blank', { label }, field, where, label);
        continue;
      }
      if (field === 'dataAsOf' || field === 'returnBy') {
        const iso = typeof v === 'boolean' || v === null ? null : parseDateCell(v);
        if (iso === null) this.r.report('criteria-date', { text: textOf(v) }, field, where, label);
        json[field] = iso ?? textOf(v);
      } else if (field === 'year' || field === 'version' || field === 'formatVersion') {
        json[field] = numberOf(v);
      } else json[field] = textOf(v);
    }
    // A missing or blank row was reported above: the schema's “missing field” would say it again.
    if (this.r.problems.length > 0) this.r.reported.add('(gốc)');
    return json;
  }

  private group(
    id: string,
    where: { sheet: string; row: number; columns: readonly TableColumn[] },
  ): { json: Obj; criteria: Map<number, Obj> } {
    let g = this.groups.get(id);
    if (!g) {
      g = { json: { groupId: id }, criteria: new Map() };
      this.groups.set(id, g);
      this.r.places.set(`groups.${id}`, { ...where, defaultField: 'groupId' });
    }
    return g;
  }

  /** A list cell (kind, type, severity): its id, or the text with a problem naming the allowed values. */
  private listValue<T extends string>(
    set: LabelledSet<T>,
    v: CellValue,
    path: string,
    where: CellLocation,
    header: string,
  ): string | undefined {
    if (isBlank(v)) return undefined;
    const id = idOf(set, textOf(v));
    if (id !== null) return id;
    this.r.report('criteria-list', { text: textOf(v), items: listItems(set) }, path, where, header);
    return textOf(v);
  }

  private yesNo(v: CellValue, path: string, where: CellLocation, header: string): boolean | undefined {
    if (isBlank(v)) return undefined;
    const b = yesNoOf(v as string | number | boolean);
    if (b !== null) return b;
    this.r.report('criteria-list', { text: textOf(v), items: YES_NO_ITEMS }, path, where, header);
    return undefined;
  }

  private locationOf(
    sheet: string,
    columns: readonly TableColumn[],
    row: number,
    field: string,
  ): { where: CellLocation; header: string } {
    const col = columnOf(columns, field);
    return { where: { sheet, row, col }, header: columns[col - 1]?.header ?? field };
  }

  private groupOf(sheet: string, columns: readonly TableColumn[], row: TableRow): string | null {
    const text = textOf(row.cell('groupId'));
    // The group's name or its id; anything else goes on as typed, for the validator to name.
    if (text !== '') return idOf(groupSet(this.regime), text) ?? text;
    const { where, header } = this.locationOf(sheet, columns, row.row, 'groupId');
    this.r.report('criteria-group-blank', {}, `${sheet}!${row.row}`, where, header);
    return null;
  }

  private subCriteria(sheet: SheetGrid | null): void {
    const lastRowOf = new Map<string, number>();
    for (const row of tableRows(sheet, SUB_COLUMNS, columnOf(SUB_COLUMNS, 'evidenceRequired'))) {
      const groupId = this.groupOf(SUBS_SHEET, SUB_COLUMNS, row);
      if (groupId === null) continue;
      const n = numberOf(row.cell('number'));
      if (typeof n !== 'number' || !Number.isInteger(n)) {
        const { where, header } = this.locationOf(SUBS_SHEET, SUB_COLUMNS, row.row, 'number');
        this.r.report(
          'criteria-number',
          { text: textOf(row.cell('number')) },
          `${SUBS_SHEET}!${row.row}`,
          where,
          header,
        );
        continue;
      }
      const g = this.group(groupId, { sheet: SUBS_SHEET, row: row.row, columns: SUB_COLUMNS });
      let criterion = g.criteria.get(n);
      const criterionPath = `groups.${groupId}.criteria[${g.criteria.size}]`;
      if (!criterion) {
        const rc = this.regime.groups.find((x) => x.id === groupId)?.criteria.find((c) => c.number === n);
        // The criteria and their caps are the regime's: the sheet shows them, the file repeats them.
        criterion = { number: n, cap: rc ? rc.capHundredths / 100 : 0, subCriteria: [] };
        g.criteria.set(n, criterion);
        this.r.places.set(criterionPath, {
          sheet: SUBS_SHEET,
          row: row.row,
          columns: SUB_COLUMNS,
          defaultField: 'number',
        });
      }
      const index = [...g.criteria.keys()].indexOf(n);
      const base = `groups.${groupId}.criteria[${index}]`;
      const subs = criterion['subCriteria'] as Obj[];
      const path = `${base}.subCriteria[${subs.length}]`;
      // Sum problems concern the criterion's last row, where the running sum meets the cap.
      lastRowOf.set(base, row.row);
      subs.push(this.sub(row, path));
    }
    for (const [base, last] of lastRowOf)
      this.r.places.set(`${base}.subCriteria`, {
        sheet: SUBS_SHEET,
        row: last,
        columns: SUB_COLUMNS,
        defaultField: 'cap',
      });
  }

  private sub(row: TableRow, path: string): Obj {
    this.r.places.set(path, { sheet: SUBS_SHEET, row: row.row, columns: SUB_COLUMNS, defaultField: 'code' });
    const at = (field: string): { where: CellLocation; header: string } =>
      this.locationOf(SUBS_SHEET, SUB_COLUMNS, row.row, field);
    const sub: Obj = { code: textOf(row.cell('code')), title: textOf(row.cell('title')) };
    put(sub, 'cap', numberOf(row.cell('cap')));
    const guidance = textOf(row.cell('guidance'));
    if (guidance !== '') sub['guidance'] = guidance;
    const ev = at('evidenceRequired');
    put(
      sub,
      'evidenceRequired',
      this.yesNo(row.cell('evidenceRequired'), `${path}.evidenceRequired`, ev.where, ev.header),
    );
    const rulePath = `${path}.rule`;
    const k = at('kind');
    const kind = this.listValue(RULE_KIND_SET, row.cell('kind'), `${rulePath}.kind`, k.where, k.header);
    const rule: Obj = {};
    const figure = textOf(row.cell('figure'));
    if (figure !== '') rule[kind === 'ratio' ? 'numerator' : 'figure'] = figure;
    const denominator = textOf(row.cell('denominator'));
    if (denominator !== '') rule['denominator'] = denominator;
    for (const field of ['fullFrom', 'zeroBelow', 'partial', 'perUnit'])
      put(rule, field, numberOf(row.cell(field)));
    const tiers = this.pairs(row, 'tiers', `${rulePath}.tiers`);
    if (tiers)
      rule['tiers'] = tiers.map((p) => ({ from: parseNumberText(p.label) ?? p.label, points: p.value }));
    const options = this.pairs(row, 'options', `${rulePath}.options`);
    if (options) rule['options'] = options.map((p) => ({ option: p.label, points: p.value }));
    if (kind !== undefined || Object.keys(rule).length > 0) {
      // Parameters without a kind are a self-scored row with stray fields: the validator names them.
      sub['rule'] = { kind: kind ?? 'manual', ...rule };
      this.r.places.set(rulePath, {
        sheet: SUBS_SHEET,
        row: row.row,
        columns: SUB_COLUMNS,
        defaultField: 'kind',
        aliases: { numerator: 'figure' },
      });
    }
    return sub;
  }

  private pairs(row: TableRow, field: string, path: string): { label: string; value: number }[] | undefined {
    const v = row.cell(field);
    if (isBlank(v)) return undefined;
    const read = parsePairsText(String(v));
    if (read.ok) return read.pairs;
    const { where, header } = this.locationOf(SUBS_SHEET, SUB_COLUMNS, row.row, field);
    this.r.report('criteria-pairs', { line: read.line, text: read.text }, path, where, header);
    return [];
  }

  private figures(sheet: SheetGrid | null): void {
    const count = new Map<string, number>();
    for (const row of tableRows(sheet, FIGURE_COLUMNS, FIGURE_COLUMNS.length)) {
      const groupId = this.groupOf(FIGURES_SHEET, FIGURE_COLUMNS, row);
      if (groupId === null) continue;
      const g = this.group(groupId, { sheet: FIGURES_SHEET, row: row.row, columns: FIGURE_COLUMNS });
      const i = count.get(groupId) ?? 0;
      count.set(groupId, i + 1);
      const path = `groups.${groupId}.figures[${i}]`;
      this.r.places.set(path, {
        sheet: FIGURES_SHEET,
        row: row.row,
        columns: FIGURE_COLUMNS,
        defaultField: 'key',
      });
      const at = (field: string): { where: CellLocation; header: string } =>
        this.locationOf(FIGURES_SHEET, FIGURE_COLUMNS, row.row, field);
      const t = at('type');
      const f: Obj = { key: textOf(row.cell('key')), label: textOf(row.cell('label')) };
      put(f, 'type', this.listValue(FIGURE_TYPE_SET, row.cell('type'), `${path}.type`, t.where, t.header));
      const unit = textOf(row.cell('unit'));
      if (unit !== '') f['unit'] = unit;
      put(f, 'min', numberOf(row.cell('min')));
      put(f, 'max', numberOf(row.cell('max')));
      const options = row.cell('options');
      if (!isBlank(options)) f['options'] = linesOf(String(options)).map(cleanText);
      const p = at('partly');
      if (this.yesNo(row.cell('partly'), `${path}.partly`, p.where, p.header) === true) f['partly'] = true;
      const e = at('evidenceRequired');
      put(
        f,
        'evidenceRequired',
        this.yesNo(row.cell('evidenceRequired'), `${path}.evidenceRequired`, e.where, e.header),
      );
      const list = (g.json['figures'] ?? []) as Obj[];
      list.push(f);
      g.json['figures'] = list;
    }
  }

  private checks(sheet: SheetGrid | null): void {
    const count = new Map<string, number>();
    for (const row of tableRows(sheet, CHECK_COLUMNS, CHECK_COLUMNS.length)) {
      const groupId = this.groupOf(CHECKS_SHEET, CHECK_COLUMNS, row);
      if (groupId === null) continue;
      const g = this.group(groupId, { sheet: CHECKS_SHEET, row: row.row, columns: CHECK_COLUMNS });
      const i = count.get(groupId) ?? 0;
      count.set(groupId, i + 1);
      const path = `groups.${groupId}.checks[${i}]`;
      this.r.places.set(path, {
        sheet: CHECKS_SHEET,
        row: row.row,
        columns: CHECK_COLUMNS,
        defaultField: 'kind',
      });
      const at = (field: string): { where: CellLocation; header: string } =>
        this.locationOf(CHECKS_SHEET, CHECK_COLUMNS, row.row, field);
      const k = at('kind');
      const s = at('severity');
      const c: Obj = {};
      put(c, 'kind', this.listValue(CHECK_KIND_SET, row.cell('kind'), `${path}.kind`, k.where, k.header));
      for (const field of ['a', 'b', 'c']) {
        const v = textOf(row.cell(field));
        if (v !== '') c[field] = v;
      }
      put(c, 'min', numberOf(row.cell('min')));
      put(c, 'max', numberOf(row.cell('max')));
      c['message'] = textOf(row.cell('message'));
      put(
        c,
        'severity',
        this.listValue(SEVERITY_SET, row.cell('severity'), `${path}.severity`, s.where, s.header),
      );
      const list = (g.json['checks'] ?? []) as Obj[];
      list.push(c);
      g.json['checks'] = list;
    }
  }
}

function headerAt(where: CellLocation): string | undefined {
  if (where.col === undefined) return undefined;
  if (where.sheet === INFO_SHEET && where.row !== undefined)
    return INFO_ROWS[where.row - INFO_FIRST_ROW]?.label;
  const columns =
    where.sheet === SUBS_SHEET
      ? SUB_COLUMNS
      : where.sheet === FIGURES_SHEET
        ? FIGURE_COLUMNS
        : where.sheet === CHECKS_SHEET
          ? CHECK_COLUMNS
          : [];
  return columns[where.col - 1]?.header;
}

/** Reads a criteria workbook's cells into a template, or every problem with its sheet, row and column. */
export function parseCriteriaWorkbook(grid: CriteriaGrid, regime: Regime): CriteriaReading {
  const { json, reading } = new CriteriaParser(grid, regime).run();
  const result = parseTemplate(json, regime);
  if (result.ok && reading.problems.length === 0) return { ok: true, template: result.template, json };
  const validator = result.ok ? [] : result.problems;
  const onCells = validator
    .filter((p) => !reading.reported.has(p.where.path ?? ''))
    .map((p): CriteriaProblem => {
      const path = p.where.path ?? '';
      const at = reading.places.locate(path, p.code, p.where.field) ?? { sheet: INFO_SHEET };
      return { ...(placed(p, whereOf(at, headerAt(at), path)) as TemplateProblem), path, at };
    });
  return { ok: false, problems: [...reading.problems, ...onCells], json };
}
