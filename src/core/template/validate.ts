/**
 * Value rules of a template file, checked against the regime. Works on the raw JSON defensively so that it can
 * run even when the schema found problems: every item whose types are right is checked, nothing stops early.
 */
import { vnDecimal } from '../numbers/decimal-text';
import { formatPoints, hasAtMostTwoDecimals, toHundredths } from '../numbers/hundredths';
import { findGroup } from '../regime/load';
import type { AgencyGroup, Regime } from '../regime/types';
import { cleanText, nameKey } from '../text/normalize';
import { groupLabel, groupPath, isObject, type TemplateProblem } from './problem';
import { figureProblems, usesFormat2, type GroupFiguresInput } from './validate-figures';

export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;

const CODE_PATTERN = /^([1-9]\d*)\.([1-9]\d*)$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type Report = (code: string, path: string, message: string) => void;

function validDate(s: string): boolean {
  const m = DATE_PATTERN.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function checkTop(json: Record<string, unknown>, regime: Regime, report: Report): void {
  const { regimeId, year, dataAsOf, returnBy } = json;
  if (typeof regimeId === 'string' && regimeId !== regime.id) {
    report(
      'regime-mismatch',
      'regimeId',
      `Mẫu phiếu viết cho bộ tiêu chí “${regimeId}”, không phải “${regime.id}” (${regime.legalBasis}).`,
    );
  }
  if (typeof year === 'number' && Number.isInteger(year) && (year < YEAR_MIN || year > YEAR_MAX)) {
    report('year-range', 'year', `Năm ${year} nằm ngoài khoảng cho phép (${YEAR_MIN}–${YEAR_MAX}).`);
  }
  for (const [key, label, value] of [
    ['dataAsOf', 'Ngày chốt số liệu', dataAsOf],
    ['returnBy', 'Hạn gửi phiếu', returnBy],
  ] as const) {
    if (typeof value === 'string' && !validDate(value))
      report(
        'date-invalid',
        key,
        `${label} “${value}” không phải ngày hợp lệ dạng YYYY-MM-DD (ví dụ 2026-10-31).`,
      );
  }
  if (
    typeof dataAsOf === 'string' &&
    typeof returnBy === 'string' &&
    validDate(dataAsOf) &&
    validDate(returnBy) &&
    returnBy < dataAsOf
  ) {
    report('date-order', 'returnBy', `Hạn gửi phiếu (${returnBy}) sớm hơn ngày chốt số liệu (${dataAsOf}).`);
  }
}

function checkSubCriteria(
  subs: unknown[],
  criterionNumber: number,
  capHundredths: number,
  base: string,
  label: string,
  seenCodes: Map<string, string>,
  report: Report,
  collected: GroupFiguresInput['subs'],
): void {
  let sum = 0;
  let allCapsKnown = true;
  subs.forEach((sub, i) => {
    const path = `${base}.subCriteria[${i}]`;
    if (!isObject(sub)) {
      allCapsKnown = false;
      return;
    }
    const code = typeof sub['code'] === 'string' ? cleanText(sub['code']) : null;
    const name = `Tiêu chí thành phần ${code ?? `thứ ${i + 1} của tiêu chí ${criterionNumber}`} (${label})`;
    if (code !== null) {
      const m = CODE_PATTERN.exec(code);
      if (!m) {
        report(
          'code-malformed',
          path,
          `${name}: mã “${code}” không đúng dạng <tiêu chí>.<số thứ tự>, ví dụ “${criterionNumber}.${i + 1}”.`,
        );
      } else if (Number(m[1]) !== criterionNumber) {
        report(
          'code-prefix',
          path,
          `${name}: mã “${code}” phải bắt đầu bằng “${criterionNumber}.” vì thuộc tiêu chí ${criterionNumber}.`,
        );
      }
      const earlier = seenCodes.get(code);
      if (earlier !== undefined)
        report('duplicate-code', path, `${name}: mã “${code}” bị trùng (đã dùng ở ${earlier}).`);
      else seenCodes.set(code, `tiêu chí thành phần thứ ${i + 1} của tiêu chí ${criterionNumber}`);
    }
    if (typeof sub['title'] === 'string' && cleanText(sub['title']) === '') {
      report('title-empty', path, `${name}: tên tiêu chí thành phần đang để trống.`);
    }
    const cap = sub['cap'];
    const usable = typeof cap === 'number' && Number.isFinite(cap) && cap > 0 && hasAtMostTwoDecimals(cap);
    collected.push({ sub, path, capHundredths: usable ? toHundredths(cap) : null });
    if (typeof cap !== 'number' || !Number.isFinite(cap)) {
      allCapsKnown = false;
    } else if (cap <= 0) {
      report('cap-not-positive', path, `${name}: điểm tối đa phải lớn hơn 0 (đang là ${vnDecimal(cap)}).`);
      allCapsKnown = false;
    } else if (!hasAtMostTwoDecimals(cap)) {
      report('cap-decimals', path, `${name}: điểm tối đa ${vnDecimal(cap)} có quá 2 chữ số thập phân.`);
      allCapsKnown = false;
    } else {
      sum += toHundredths(cap);
    }
  });
  if (subs.length === 0) {
    report(
      'no-subcriteria',
      `${base}.subCriteria`,
      `Tiêu chí ${criterionNumber} (${label}) chưa có tiêu chí thành phần nào.`,
    );
  } else if (allCapsKnown && sum !== capHundredths) {
    report(
      'cap-sum',
      `${base}.subCriteria`,
      `Tiêu chí ${criterionNumber} (${label}): tổng điểm tối đa các tiêu chí thành phần là ${formatPoints(sum)}, phải bằng đúng ${formatPoints(capHundredths)} (${sum > capHundredths ? 'thừa' : 'thiếu'} ${formatPoints(Math.abs(sum - capHundredths))}).`,
    );
  }
}

function checkGroup(
  group: Record<string, unknown>,
  index: number,
  regimeGroup: AgencyGroup,
  report: Report,
): void {
  const base = groupPath(group, index);
  const label = groupLabel(group, index);
  if (!Array.isArray(group['criteria'])) return;
  const seenNumbers = new Set<number>();
  const seenCodes = new Map<string, string>();
  const subs: GroupFiguresInput['subs'] = [];
  group['criteria'].forEach((criterion: unknown, i) => {
    const path = `${base}.criteria[${i}]`;
    if (!isObject(criterion) || typeof criterion['number'] !== 'number') return;
    const n = criterion['number'];
    const regimeCriterion = regimeGroup.criteria.find((c) => c.number === n);
    if (seenNumbers.has(n)) {
      report('criterion-duplicate', path, `Tiêu chí ${n} (${label}) xuất hiện hơn một lần.`);
      return;
    }
    seenNumbers.add(n);
    if (!regimeCriterion) {
      report(
        'criterion-extra',
        path,
        `Tiêu chí ${n} (${label}) không có trong quy định: nhóm “${regimeGroup.id}” chỉ có ${regimeGroup.criteria.length} tiêu chí.`,
      );
      return;
    }
    const cap = criterion['cap'];
    if (
      typeof cap === 'number' &&
      (!Number.isFinite(cap) ||
        !hasAtMostTwoDecimals(cap) ||
        toHundredths(cap) !== regimeCriterion.capHundredths)
    ) {
      report(
        'criterion-cap',
        path,
        `Tiêu chí ${n} (${label}): điểm tối đa ${vnDecimal(cap)} khác quy định (${formatPoints(regimeCriterion.capHundredths)}).`,
      );
    }
    const title = criterion['title'];
    if (
      typeof title === 'string' &&
      title.trim() !== '' &&
      nameKey(title) !== nameKey(regimeCriterion.title)
    ) {
      report(
        'criterion-title',
        path,
        `Tiêu chí ${n} (${label}): tên “${cleanText(title)}” khác tên trong quy định “${regimeCriterion.title}”.`,
      );
    }
    if (Array.isArray(criterion['subCriteria'])) {
      checkSubCriteria(
        criterion['subCriteria'],
        n,
        regimeCriterion.capHundredths,
        path,
        label,
        seenCodes,
        report,
        subs,
      );
    }
  });
  figureProblems({ group, base, label, subs }, report);
  for (const c of regimeGroup.criteria) {
    if (!seenNumbers.has(c.number))
      report('criterion-missing', `${base}.criteria`, `Thiếu tiêu chí ${c.number} “${c.title}” (${label}).`);
  }
}

/** Every value problem of a template file against the regime (none when it is usable). */
export function semanticProblems(json: unknown, regime: Regime): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const report: Report = (code, path, message) => problems.push({ code, path, message });
  if (!isObject(json)) return problems;
  checkTop(json, regime, report);
  if (json['formatVersion'] !== 2 && usesFormat2(json)) {
    report(
      'format-version',
      'formatVersion',
      'Mẫu phiếu có số liệu, cách tính điểm hoặc kiểm tra lôgic (định dạng 2) nên phải ghi "formatVersion": 2.',
    );
  }
  if (!Array.isArray(json['groups'])) return problems;
  const seenGroups = new Set<string>();
  json['groups'].forEach((group: unknown, i) => {
    if (!isObject(group) || typeof group['groupId'] !== 'string') return;
    const id = group['groupId'];
    const path = groupPath(group, i);
    const regimeGroup = findGroup(regime, id);
    if (seenGroups.has(id)) {
      report('group-duplicate', path, `Nhóm “${id}” xuất hiện hơn một lần.`);
      return;
    }
    seenGroups.add(id);
    if (!regimeGroup) {
      const known = regime.groups.map((g) => `“${g.id}”`).join(', ');
      report('group-unknown', path, `Nhóm “${id}” không có trong quy định; các nhóm hợp lệ: ${known}.`);
      return;
    }
    checkGroup(group, i, regimeGroup, report);
  });
  for (const g of regime.groups) {
    if (!seenGroups.has(g.id)) report('group-missing', 'groups', `Thiếu nhóm “${g.id}” (${g.name}).`);
  }
  return problems;
}
