/**
 * The template's items as the rows of the criteria workbook's tables, keyed by field (layout.ts places the
 * fields in columns): labels for the fixed sets, points as decimals, lists one item a line.
 */
import { vnDecimal } from '../numbers/decimal-text';
import { fromHundredths } from '../numbers/hundredths';
import type { Regime } from '../regime/types';
import type { CellValue } from '../sheet/spec';
import { NO, YES, type Figure, type LogicCheck, type ScoringRule } from '../template/figure-types';
import type { SurveyTemplate } from '../template/types';
import { pairsText } from './cell-text';
import { CHECK_KIND_SET, FIGURE_TYPE_SET, groupSet, RULE_KIND_SET, SEVERITY_SET } from './labels';

export type Row = Record<string, CellValue | undefined>;

function text(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}

function yesNo(v: boolean): string {
  return v ? YES : NO;
}

/** A scoring rule in the cells of its sub-criterion's row: its kind's label and parameters, decimals as points. */
function ruleCells(rule: ScoringRule | undefined): Row {
  if (rule === undefined) return { kind: RULE_KIND_SET.label('manual') };
  const kind = RULE_KIND_SET.label(rule.kind);
  const d = (h: number | undefined): number | undefined => (h === undefined ? undefined : fromHundredths(h));
  switch (rule.kind) {
    case 'manual':
      return { kind };
    case 'yesno':
      return { kind, figure: rule.figure, partial: d(rule.partialHundredths) };
    case 'ratio':
      return {
        kind,
        figure: rule.numerator,
        denominator: rule.denominator,
        fullFrom: d(rule.fullFromHundredths),
        zeroBelow: d(rule.zeroBelowHundredths),
      };
    case 'tiers':
      return {
        kind,
        figure: rule.figure,
        tiers: pairsText(
          rule.tiers.map((t) => ({ label: vnDecimal(t.from), value: fromHundredths(t.pointsHundredths) })),
        ),
      };
    case 'count':
      return { kind, figure: rule.figure, perUnit: fromHundredths(rule.perUnitHundredths) };
    case 'choice':
      return {
        kind,
        figure: rule.figure,
        options: pairsText(
          rule.options.map((o) => ({ label: o.option, value: fromHundredths(o.pointsHundredths) })),
        ),
      };
  }
}

/** Every sub-criterion of the template, group by group, as a row of the “Tiêu chí thành phần” sheet. */
export function subRows(regime: Regime, template: SurveyTemplate | undefined): Row[] {
  return (template?.groups ?? []).flatMap((g) =>
    g.criteria.flatMap((c) =>
      c.subCriteria.map((s) => ({
        groupId: groupSet(regime).label(g.groupId),
        number: c.number,
        code: s.code,
        title: s.title,
        cap: fromHundredths(s.capHundredths),
        ...ruleCells(s.rule),
        guidance: text(s.guidance),
        evidenceRequired: yesNo(s.evidenceRequired),
      })),
    ),
  );
}

/** A figure as a row of the “Số liệu” sheet. */
export function figureRow(group: string, f: Figure): Row {
  return {
    groupId: group,
    key: f.key,
    label: f.label,
    type: FIGURE_TYPE_SET.label(f.type),
    unit: text(f.unit),
    min: f.min,
    max: f.max,
    options: f.options?.join('\n'),
    partly: f.partly === true ? YES : undefined,
    evidenceRequired: yesNo(f.evidenceRequired),
  };
}

/** A logic check as a row of the “Kiểm tra lôgic” sheet. */
export function checkRow(group: string, c: LogicCheck): Row {
  return {
    groupId: group,
    kind: CHECK_KIND_SET.label(c.kind),
    a: c.a,
    ...(c.kind === 'within' ? { min: c.min, max: c.max } : { b: c.b }),
    ...(c.kind === 'sum' ? { c: c.c } : {}),
    message: c.message,
    severity: SEVERITY_SET.label(c.severity),
  };
}
