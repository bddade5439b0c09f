/**
 * Value rules of format 2 inside one group: figures, the scoring rule of each sub-criterion, logic checks.
 * Defensive like validate.ts: works on raw JSON, checks every item whose types are right, never stops early.
 */
import { vnDecimal } from '../numbers/decimal-text';
import { hasAtMostTwoDecimals, toHundredths } from '../numbers/hundredths';
import { cleanText } from '../text/normalize';
import {
  CHECK_FIELDS,
  NUMERIC_FIGURE_TYPES,
  RULE_FIELDS,
  fieldNames,
  optionKey,
  type CheckKind,
  FIGURE_TYPE_LABELS,
  type FigureType,
  type RuleKind,
} from './figure-types';
import { isObject } from './problem';

type Report = (code: string, path: string, message: string) => void;
type Obj = Record<string, unknown>;

/** Longest in-cell list Excel's data validation accepts. */
export const LIST_MAX_CHARS = 255;

export const FIGURE_KEY_PATTERN = /^[a-z][a-z0-9_]{0,39}$/;

/** Figure types each rule field reads. */
const RULE_FIGURE_TYPES: Record<Exclude<RuleKind, 'manual'>, readonly FigureType[]> = {
  yesno: ['yesno'],
  ratio: ['integer'],
  tiers: NUMERIC_FIGURE_TYPES,
  count: ['integer'],
  choice: ['choice'],
};

const num = vnDecimal;
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

interface FigureInfo {
  type: FigureType;
  options: string[];
  partly: boolean;
}

/** Fields a kind requires that are missing, and fields of other kinds that are present. */
function checkKindFields(
  item: Obj,
  fields: readonly string[],
  allFields: Record<string, readonly string[]>,
  path: string,
  name: string,
  prefix: 'rule' | 'check',
  report: Report,
): void {
  const own = fieldNames(fields);
  for (const f of own) {
    if (f.required && item[f.name] === undefined)
      report(
        `${prefix}-field-missing`,
        path,
        `${name}: thiếu trường “${f.name}” (bắt buộc với loại “${String(item['kind'])}”).`,
      );
  }
  const ownNames = new Set(own.map((f) => f.name));
  const others = new Set(Object.values(allFields).flatMap((l) => fieldNames(l).map((f) => f.name)));
  for (const key of Object.keys(item)) {
    if (others.has(key) && !ownNames.has(key))
      report(
        `${prefix}-field-extra`,
        path,
        `${name}: trường “${key}” không dùng cho loại “${String(item['kind'])}”.`,
      );
  }
}

function checkFigures(
  figures: unknown[],
  base: string,
  label: string,
  report: Report,
): Map<string, FigureInfo> {
  const known = new Map<string, FigureInfo>();
  figures.forEach((f, i) => {
    const path = `${base}.figures[${i}]`;
    if (!isObject(f) || typeof f['key'] !== 'string' || typeof f['type'] !== 'string') return;
    const key = f['key'];
    const type = f['type'] as FigureType;
    const name = `Số liệu “${key}” (${label})`;
    if (!FIGURE_KEY_PATTERN.test(key)) {
      report(
        'figure-key-malformed',
        path,
        `${name}: mã số liệu chỉ gồm chữ thường không dấu, chữ số và “_”, bắt đầu bằng chữ, tối đa 40 ký tự (ví dụ “so_may_tinh”).`,
      );
    }
    if (known.has(key)) report('figure-duplicate', path, `${name}: mã số liệu bị trùng.`);
    if (typeof f['label'] === 'string' && cleanText(f['label']) === '')
      report('figure-label-empty', path, `${name}: tên số liệu đang để trống.`);
    const options = Array.isArray(f['options'])
      ? f['options'].filter((o): o is string => typeof o === 'string').map(cleanText)
      : [];
    if (type === 'choice') {
      if (options.length === 0)
        report(
          'figure-options',
          path,
          `${name}: số liệu loại “chọn một trong danh sách” phải có danh sách “options”.`,
        );
      const seen = new Set<string>();
      for (const o of options) {
        if (o === '') report('figure-options', path, `${name}: có lựa chọn để trống.`);
        else if (o.includes(','))
          report(
            'figure-options',
            path,
            `${name}: lựa chọn “${o}” không được chứa dấu phẩy (danh sách thả xuống của Excel tách theo dấu phẩy).`,
          );
        else if (seen.has(optionKey(o))) report('figure-options', path, `${name}: lựa chọn “${o}” bị trùng.`);
        seen.add(optionKey(o));
      }
      // Excel keeps an in-cell list of at most 255 characters (the options joined by commas).
      if (options.join(',').length > LIST_MAX_CHARS)
        report(
          'figure-options',
          path,
          `${name}: danh sách lựa chọn dài ${options.join(',').length} ký tự, Excel chỉ cho tối đa ${LIST_MAX_CHARS}; hãy rút gọn các lựa chọn.`,
        );
    } else if (f['options'] !== undefined) {
      report(
        'figure-options',
        path,
        `${name}: chỉ số liệu loại “chọn một trong danh sách” mới có “options”.`,
      );
    }
    if (f['partly'] !== undefined && type !== 'yesno')
      report('figure-partly', path, `${name}: “partly” chỉ dùng cho số liệu loại có/không.`);
    const { min, max } = f;
    const numeric = NUMERIC_FIGURE_TYPES.includes(type);
    if ((min !== undefined || max !== undefined) && !numeric) {
      report(
        'figure-bounds',
        path,
        `${name}: giới hạn “min”/“max” chỉ dùng cho số liệu dạng số, không dùng cho loại “${FIGURE_TYPE_LABELS[type] ?? type}”.`,
      );
    } else if (numeric) {
      for (const [field, v] of [
        ['min', min],
        ['max', max],
      ] as const) {
        if (!isNumber(v)) continue;
        if (type === 'integer' && (!Number.isInteger(v) || v < 0))
          report(
            'figure-bounds',
            path,
            `${name}: giới hạn “${field}” = ${num(v)} phải là số nguyên không âm.`,
          );
        if (type === 'percent' && (v < 0 || v > 100))
          report('figure-bounds', path, `${name}: giới hạn “${field}” = ${num(v)} phải nằm trong 0–100.`);
        if (type !== 'integer' && !hasAtMostTwoDecimals(v))
          report(
            'figure-bounds',
            path,
            `${name}: giới hạn “${field}” = ${num(v)} có quá 2 chữ số thập phân.`,
          );
      }
      if (isNumber(min) && isNumber(max) && min > max)
        report(
          'figure-bounds',
          path,
          `${name}: giới hạn dưới ${num(min)} lớn hơn giới hạn trên ${num(max)}.`,
        );
    }
    if (!known.has(key)) known.set(key, { type, options, partly: f['partly'] === true });
  });
  return known;
}

/** Checks a points value of a rule: ≥ 0, at most 2 decimals, not above the cap. */
function checkPoints(
  v: unknown,
  capHundredths: number | null,
  what: string,
  path: string,
  name: string,
  report: Report,
): void {
  if (!isNumber(v)) return;
  if (v < 0) report('rule-points', path, `${name}: ${what} ${num(v)} là số âm.`);
  else if (!hasAtMostTwoDecimals(v))
    report('rule-points', path, `${name}: ${what} ${num(v)} có quá 2 chữ số thập phân.`);
  else if (capHundredths !== null && toHundredths(v) > capHundredths)
    report(
      'rule-points-over-cap',
      path,
      `${name}: ${what} ${num(v)} vượt điểm tối đa ${num(capHundredths / 100)} của tiêu chí thành phần.`,
    );
}

function checkRule(
  rule: Obj,
  capHundredths: number | null,
  figures: Map<string, FigureInfo>,
  used: Set<string>,
  path: string,
  name: string,
  report: Report,
): void {
  const kind = rule['kind'] as RuleKind;
  if (!(kind in RULE_FIELDS)) return;
  checkKindFields(rule, RULE_FIELDS[kind], RULE_FIELDS, path, name, 'rule', report);
  if (kind === 'manual') return;
  const allowed = RULE_FIGURE_TYPES[kind];
  const figureFields = kind === 'ratio' ? ['numerator', 'denominator'] : ['figure'];
  const infos: (FigureInfo | undefined)[] = [];
  for (const field of figureFields) {
    const key = rule[field];
    if (typeof key !== 'string') continue;
    used.add(key);
    const info = figures.get(key);
    infos.push(info);
    if (!info)
      report(
        'rule-figure-unknown',
        path,
        `${name}: số liệu “${key}” (trường “${field}”) chưa được khai báo trong “figures” của nhóm.`,
      );
    else if (!allowed.includes(info.type))
      report(
        'rule-figure-type',
        path,
        `${name}: cách tính “${kind}” cần số liệu loại ${allowed.map((t) => `“${FIGURE_TYPE_LABELS[t]}”`).join(' hoặc ')}, nhưng “${key}” là loại “${FIGURE_TYPE_LABELS[info.type] ?? String(info.type)}”.`,
      );
  }
  const info = infos[0];
  if (kind === 'yesno') {
    checkPoints(rule['partial'], capHundredths, 'điểm “Một phần”', path, name, report);
    if (rule['partial'] !== undefined && info && info.type === 'yesno' && !info.partly)
      report(
        'rule-partial',
        path,
        `${name}: có điểm “Một phần” nhưng số liệu “${String(rule['figure'])}” không cho chọn “Một phần” (thêm "partly": true).`,
      );
  } else if (kind === 'ratio') {
    const { fullFrom, zeroBelow } = rule;
    for (const [field, v] of [
      ['fullFrom', fullFrom],
      ['zeroBelow', zeroBelow],
    ] as const) {
      if (isNumber(v) && (v < 0 || v > 100 || !hasAtMostTwoDecimals(v)))
        report(
          'ratio-thresholds',
          path,
          `${name}: ngưỡng “${field}” = ${num(v)} phải là tỷ lệ phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân.`,
        );
    }
    if (isNumber(fullFrom) && isNumber(zeroBelow) && zeroBelow >= fullFrom)
      report(
        'ratio-thresholds',
        path,
        `${name}: ngưỡng không tính điểm (${num(zeroBelow)} %) phải nhỏ hơn ngưỡng đạt điểm tối đa (${num(fullFrom)} %).`,
      );
    if (rule['numerator'] === rule['denominator'] && typeof rule['numerator'] === 'string')
      report('ratio-same-figure', path, `${name}: tử số và mẫu số là cùng một số liệu.`);
  } else if (kind === 'count') {
    checkPoints(rule['perUnit'], capHundredths, 'điểm mỗi đơn vị', path, name, report);
    if (isNumber(rule['perUnit']) && rule['perUnit'] === 0)
      report('rule-points', path, `${name}: điểm mỗi đơn vị phải lớn hơn 0.`);
  } else if (kind === 'tiers' && Array.isArray(rule['tiers'])) {
    let previous: number | null = null;
    rule['tiers'].forEach((t: unknown, i) => {
      if (!isObject(t)) return;
      checkPoints(t['points'], capHundredths, `điểm của bậc thứ ${i + 1}`, path, name, report);
      const from = t['from'];
      if (!isNumber(from)) return;
      if (!hasAtMostTwoDecimals(from))
        report(
          'tiers-threshold',
          path,
          `${name}: ngưỡng ${num(from)} của bậc thứ ${i + 1} có quá 2 chữ số thập phân.`,
        );
      if (previous !== null && from <= previous)
        report(
          'tiers-order',
          path,
          `${name}: các ngưỡng phải tăng dần; ngưỡng ${num(from)} của bậc thứ ${i + 1} không lớn hơn ngưỡng trước (${num(previous)}).`,
        );
      previous = from;
    });
  } else if (kind === 'choice' && Array.isArray(rule['options'])) {
    const seen = new Set<string>();
    rule['options'].forEach((o: unknown) => {
      if (!isObject(o) || typeof o['option'] !== 'string') return;
      const option = cleanText(o['option']);
      checkPoints(o['points'], capHundredths, `điểm của lựa chọn “${option}”`, path, name, report);
      if (seen.has(optionKey(option)))
        report('choice-option-duplicate', path, `${name}: lựa chọn “${option}” được cho điểm hai lần.`);
      seen.add(optionKey(option));
      if (info && info.type === 'choice' && !info.options.some((x) => optionKey(x) === optionKey(option)))
        report(
          'choice-option-unknown',
          path,
          `${name}: lựa chọn “${option}” không có trong danh sách của số liệu “${String(rule['figure'])}”.`,
        );
    });
  }
}

function checkCheck(
  check: Obj,
  figures: Map<string, FigureInfo>,
  used: Set<string>,
  path: string,
  name: string,
  report: Report,
): void {
  const kind = check['kind'] as CheckKind;
  if (!(kind in CHECK_FIELDS)) return;
  checkKindFields(check, CHECK_FIELDS[kind], CHECK_FIELDS, path, name, 'check', report);
  if (typeof check['message'] === 'string' && cleanText(check['message']) === '')
    report('check-message-empty', path, `${name}: thông báo đang để trống.`);
  for (const field of ['a', 'b', 'c'] as const) {
    const key = check[field];
    if (typeof key !== 'string' || !fieldNames(CHECK_FIELDS[kind]).some((f) => f.name === field)) continue;
    used.add(key);
    const info = figures.get(key);
    if (!info)
      report(
        'check-figure-unknown',
        path,
        `${name}: số liệu “${key}” (trường “${field}”) chưa được khai báo trong “figures” của nhóm.`,
      );
    else if (kind !== 'requiredWhen' && !NUMERIC_FIGURE_TYPES.includes(info.type))
      report(
        'check-figure-type',
        path,
        `${name}: phép kiểm tra “${kind}” cần số liệu dạng số, nhưng “${key}” là loại “${FIGURE_TYPE_LABELS[info.type] ?? String(info.type)}”.`,
      );
  }
  if (kind === 'within') {
    const { min, max } = check;
    if (min === undefined && max === undefined)
      report('check-bounds', path, `${name}: cần ít nhất một giới hạn “min” hoặc “max”.`);
    if (isNumber(min) && isNumber(max) && min > max)
      report('check-bounds', path, `${name}: giới hạn dưới ${num(min)} lớn hơn giới hạn trên ${num(max)}.`);
  }
}

export interface GroupFiguresInput {
  group: Obj;
  base: string;
  label: string;
  /** Sub-criteria of the group with their path and cap (null when the cap is unusable). */
  subs: { sub: Obj; path: string; capHundredths: number | null }[];
}

/** Every format-2 problem of one group. */
export function figureProblems({ group, base, label, subs }: GroupFiguresInput, report: Report): void {
  const rawFigures = Array.isArray(group['figures']) ? group['figures'] : [];
  const figures = checkFigures(rawFigures, base, label, report);
  const used = new Set<string>();
  for (const { sub, path, capHundredths } of subs) {
    const rule = sub['rule'];
    if (!isObject(rule)) continue;
    const code = typeof sub['code'] === 'string' ? cleanText(sub['code']) : '?';
    checkRule(
      rule,
      capHundredths,
      figures,
      used,
      `${path}.rule`,
      `Tiêu chí thành phần ${code} (${label})`,
      report,
    );
  }
  const rawChecks = Array.isArray(group['checks']) ? group['checks'] : [];
  rawChecks.forEach((c: unknown, i) => {
    if (isObject(c))
      checkCheck(c, figures, used, `${base}.checks[${i}]`, `Kiểm tra lôgic thứ ${i + 1} (${label})`, report);
  });
  rawFigures.forEach((f: unknown, i) => {
    if (isObject(f) && typeof f['key'] === 'string' && !used.has(f['key']))
      report(
        'figure-unused',
        `${base}.figures[${i}]`,
        `Số liệu “${f['key']}” (${label}) không được tiêu chí thành phần hay phép kiểm tra nào dùng.`,
      );
  });
}

/** True when a template file uses anything of format 2 (figures, checks, a rule other than manual). */
export function usesFormat2(json: Obj): boolean {
  const groups = Array.isArray(json['groups']) ? json['groups'] : [];
  return groups.some((g: unknown) => {
    if (!isObject(g)) return false;
    if (
      (Array.isArray(g['figures']) && g['figures'].length > 0) ||
      (Array.isArray(g['checks']) && g['checks'].length > 0)
    )
      return true;
    const criteria = Array.isArray(g['criteria']) ? g['criteria'] : [];
    return criteria.some(
      (c: unknown) =>
        isObject(c) &&
        Array.isArray(c['subCriteria']) &&
        c['subCriteria'].some(
          (s: unknown) => isObject(s) && isObject(s['rule']) && s['rule']['kind'] !== 'manual',
        ),
    );
  });
}
