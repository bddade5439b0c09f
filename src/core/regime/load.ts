/**
 * Loads a regime data file (caps and band limits as decimals) into the Regime model (integer hundredths).
 * QĐ 4289 is only the built-in data file: nothing of it is known to the code.
 */
import { formatPoints, hasAtMostTwoDecimals, toHundredths } from '../numbers/hundredths';
import type { AgencyGroup, RatingBand, Regime, RegimeCriterion } from './types';
import qd4289 from './qd4289.json';

type Obj = Record<string, unknown>;

function isObject(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function nonEmptyString(v: unknown): v is string {
  return typeof v === 'string' && v.trim() !== '';
}

/** Collects every problem of a regime file, so the error lists them all at once. */
class Problems {
  readonly list: string[] = [];
  add(message: string): void {
    this.list.push(message);
  }
  text(where: Obj, key: string, label: string): string {
    const v = where[key];
    if (nonEmptyString(v)) return v.normalize('NFC');
    this.add(`Thiếu ${label} (trường “${key}”).`);
    return '';
  }
  points(v: unknown, label: string, allowZero = false): number {
    if (typeof v !== 'number' || !Number.isFinite(v) || (allowZero ? v < 0 : v <= 0)) {
      this.add(`${label} phải là số ${allowZero ? 'không âm' : 'lớn hơn 0'}.`);
      return 0;
    }
    if (!hasAtMostTwoDecimals(v)) this.add(`${label} có quá 2 chữ số thập phân (${String(v)}).`);
    return toHundredths(v);
  }
}

function parseBands(raw: unknown, p: Problems): RatingBand[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add('Thiếu danh sách mức xếp loại (trường “bands”).');
    return [];
  }
  const bands = raw.map((b: unknown, i): RatingBand => {
    const where = `Mức xếp loại thứ ${i + 1}`;
    if (!isObject(b)) {
      p.add(`${where} không hợp lệ.`);
      return { id: '', label: '', minHundredths: null };
    }
    const isLast = i === raw.length - 1;
    const min = b['min'];
    let minHundredths: number | null = null;
    if (isLast) {
      if (min !== null && min !== undefined) p.add(`${where} là mức thấp nhất nên phải có "min": null.`);
    } else {
      // An unusable minimum is reported once, not again as a band out of order.
      const before = p.list.length;
      const points = p.points(min, `${where}: điểm tối thiểu`, true);
      minHundredths = p.list.length > before ? null : points;
    }
    return {
      id: p.text(b, 'id', `mã của ${where.toLowerCase()}`),
      label: p.text(b, 'label', `tên của ${where.toLowerCase()}`),
      minHundredths,
    };
  });
  for (let i = 1; i < bands.length - 1; i++) {
    const prev = bands[i - 1]?.minHundredths ?? null;
    const cur = bands[i]?.minHundredths ?? null;
    if (prev !== null && cur !== null && cur >= prev)
      p.add('Các mức xếp loại phải xếp từ cao xuống thấp, điểm tối thiểu giảm dần.');
  }
  return bands;
}

function parseCriteria(raw: unknown, groupLabel: string, p: Problems): RegimeCriterion[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add(`${groupLabel}: thiếu danh sách tiêu chí.`);
    return [];
  }
  return raw.map((c: unknown, i): RegimeCriterion => {
    const where = `${groupLabel}, tiêu chí thứ ${i + 1}`;
    if (!isObject(c)) {
      p.add(`${where} không hợp lệ.`);
      return { number: i + 1, title: '', capHundredths: 0 };
    }
    if (c['number'] !== i + 1) p.add(`${where}: số thứ tự phải là ${i + 1}.`);
    return {
      number: i + 1,
      title: p.text(c, 'title', `tên ${where}`),
      capHundredths: p.points(c['cap'], `${where}: điểm tối đa`),
    };
  });
}

function parseGroups(raw: unknown, totalHundredths: number, p: Problems): AgencyGroup[] {
  if (!Array.isArray(raw) || raw.length === 0) {
    p.add('Thiếu danh sách nhóm cơ quan (trường “groups”).');
    return [];
  }
  const seen = new Set<string>();
  return raw.map((g: unknown, i): AgencyGroup => {
    if (!isObject(g)) {
      p.add(`Nhóm cơ quan thứ ${i + 1} không hợp lệ.`);
      return { id: '', name: '', tableNumber: i + 1, tableTitle: '', criteria: [] };
    }
    const id = p.text(g, 'id', `mã nhóm cơ quan thứ ${i + 1}`);
    const label = `Nhóm “${id || i + 1}”`;
    if (id && !/^[a-z][a-z0-9-]*$/.test(id))
      p.add(`${label}: mã nhóm chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang.`);
    if (seen.has(id)) p.add(`${label} bị trùng mã.`);
    seen.add(id);
    const tableNumber = g['tableNumber'];
    if (typeof tableNumber !== 'number' || !Number.isInteger(tableNumber) || tableNumber < 1)
      p.add(`${label}: số bảng xếp hạng phải là số nguyên dương.`);
    const criteria = parseCriteria(g['criteria'], label, p);
    const sum = criteria.reduce((s, c) => s + c.capHundredths, 0);
    if (criteria.length > 0 && sum !== totalHundredths)
      p.add(
        `${label}: tổng điểm tối đa các tiêu chí (${formatPoints(sum)}) khác tổng điểm của bộ tiêu chí (${formatPoints(totalHundredths)}).`,
      );
    return {
      id,
      name: p.text(g, 'name', `tên ${label.toLowerCase()}`),
      tableNumber: typeof tableNumber === 'number' ? tableNumber : i + 1,
      tableTitle: p.text(g, 'tableTitle', `tiêu đề bảng xếp hạng của ${label.toLowerCase()}`),
      criteria,
    };
  });
}

/** Reads a regime data file; throws an Error listing every problem (in Vietnamese) when the data is not usable. */
export function parseRegime(json: unknown): Regime {
  const p = new Problems();
  if (!isObject(json))
    throw new Error('Dữ liệu quy định chấm điểm không hợp lệ: phải là một đối tượng JSON.');
  const appraiser = isObject(json['appraiser']) ? json['appraiser'] : {};
  if (!isObject(json['appraiser'])) p.add('Thiếu cơ quan thẩm định (trường “appraiser”).');
  const totalHundredths = p.points(json['total'], 'Tổng điểm tối đa (trường “total”)');
  const regime: Regime = {
    id: p.text(json, 'id', 'mã bộ tiêu chí'),
    legalBasis: p.text(json, 'legalBasis', 'căn cứ pháp lý'),
    appraiser: {
      name: p.text(appraiser, 'name', 'tên cơ quan thẩm định'),
      shortName: p.text(appraiser, 'shortName', 'tên viết tắt của cơ quan thẩm định'),
    },
    province: p.text(json, 'province', 'tên tỉnh'),
    totalHundredths,
    bands: parseBands(json['bands'], p),
    groups: parseGroups(json['groups'], totalHundredths, p),
  };
  if (p.list.length > 0)
    throw new Error(`Dữ liệu quy định chấm điểm không hợp lệ:\n- ${p.list.join('\n- ')}`);
  return regime;
}

/** The built-in regime: QĐ 4289/QĐ-UBND, from its data file. */
export const builtInRegime: Regime = parseRegime(qd4289);

export function findGroup(regime: Regime, groupId: string): AgencyGroup | undefined {
  return regime.groups.find((g) => g.id === groupId);
}

/** The group's name as people know it (`Sở, ban, ngành cấp tỉnh`), or the id itself when the regime does not know it. */
export function groupName(regime: Regime, groupId: string): string {
  return findGroup(regime, groupId)?.name ?? groupId;
}

/** Where a group's agencies come in table order: its table number; a group the regime does not know comes last. */
export function tableOrder(regime: Regime, groupId: string | undefined): number {
  return (
    (groupId === undefined ? undefined : findGroup(regime, groupId))?.tableNumber ?? Number.MAX_SAFE_INTEGER
  );
}

/** The rating band of a total (already rounded to hundredths): the highest band whose minimum it reaches. */
export function bandFor(regime: Regime, totalHundredths: number): RatingBand {
  const band = regime.bands.find((b) => b.minHundredths === null || totalHundredths >= b.minHundredths);
  // parseRegime guarantees a lowest band without a minimum.
  if (!band) throw new Error('Bộ tiêu chí không có mức xếp loại thấp nhất.');
  return band;
}

/** The ranking-table title of a group for a year, e.g. "Bảng 1: … năm 2026". */
export function tableTitle(group: AgencyGroup, year: number): string {
  return group.tableTitle.split('{year}').join(String(year));
}
