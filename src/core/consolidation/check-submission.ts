/**
 * Checks one returned workbook against the year, the templates, the roster and its own
 * fingerprint, and recomputes its scores from the inputs. Everything is found through the
 * metadata and the defined names; nothing is trusted from cached formula results.
 */
import type { ReturnedWorkbook } from '../returned/types';
import { findGroup } from '../regime/load';
import { scoreForm, type FormInputs } from '../scoring/score';
import { checkEntry } from '../scoring/rules';
import { readFigures, rulePoints } from '../scoring/rule-points';
import { fingerprintFromReturned } from '../sheet/fingerprint';
import { META_KEYS, META_SHEET, PRODUCT } from '../sheet/metadata';
import {
  AGENCY_CODE_NAME,
  AGENCY_NAME_NAME,
  evidenceName,
  GROUP_NAME,
  scoreName,
  TOTAL_NAME,
  YEAR_NAME,
} from '../sheet/names';
import { parseWholeText } from '../numbers/decimal-text';
import { findAgencyByCode, matchAgencyByName } from '../roster/roster';
import { cleanText } from '../text/normalize';
import { resolveAgency } from './agency-resolve';
import type { CheckContext } from './check-context';
import { nameIndex, namedCell, rawValue, textValue, type NamedCell } from './form-cells';
import { CONSOLIDATION_KIND, findMetadata, KIND_KEY } from './form-metadata';
import { problem, type SubmissionProblem } from './problem';
import { checkStoredResults } from './stored-results';
import { describeStructureChange } from './structure-diff';
import { figureWarnings, readFigureCells } from './figure-check';
import { groupTemplate } from '../template/load';
import { outcomeOf, type Submission, type SubmissionFile, type SubmittedEntry } from './submission';
import { resolveTemplate } from './template-resolve';

function rejected(
  file: SubmissionFile,
  problems: SubmissionProblem[],
  agencyCode: string | null = null,
): Submission {
  return { ...file, outcome: 'rejected', problems, agencyCode, data: null };
}

/** Strips the core's `Tiêu chí 2.3: ` lead, since our prefix already names the cell and its code. */
function entryText(message: string): string {
  return message.replace(/^Tiêu chí \d+\.\d+:\s*/u, '');
}

function selfValue(raw: unknown): number | string | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return String(raw);
}

export function checkSubmission(file: SubmissionFile, wb: ReturnedWorkbook, ctx: CheckContext): Submission {
  const f = file.fileName;
  const found = findMetadata(wb);
  if (!found || (found.meta[META_KEYS.product] ?? '').trim() !== PRODUCT) {
    return rejected(file, [
      problem(
        'not-a-survey',
        'error',
        f,
        {},
        `không phải phiếu khảo sát do công cụ xếp hạng CNTT tạo ra (không có trang ẩn ${META_SHEET} hay thuộc tính XHCNTT.*); đề nghị đơn vị điền vào mẫu phiếu đã gửi.`,
      ),
    ]);
  }
  const meta = found.meta;
  if ((meta[KIND_KEY] ?? '').trim() === CONSOLIDATION_KIND) {
    return rejected(file, [
      problem(
        'consolidation-workbook',
        'error',
        f,
        {},
        'đây là bảng tổng hợp xếp hạng, không phải phiếu của một đơn vị.',
      ),
    ]);
  }
  const problems: SubmissionProblem[] = [];
  for (const key of found.disagreeing) {
    problems.push(
      problem(
        'metadata-mismatch',
        'warning',
        f,
        {},
        `thông tin ẩn '${key}' của phiếu khác với thuộc tính tài liệu XHCNTT.${key}; dùng thông tin ẩn của phiếu.`,
      ),
    );
  }
  const index = nameIndex(wb);
  // A form refused before its entries are read still names who sent it, so the register does not call the agency "not submitted".
  const refuse = (all: SubmissionProblem[]): Submission =>
    rejected(file, all, senderOf(wb, index, meta, ctx));
  const visible = (name: string) => {
    const at = namedCell(wb, index, name);
    return at ? { sheet: at.sheet, cell: at.address, name } : {};
  };

  const year = parseWholeText(meta[META_KEYS.year]);
  if (year !== ctx.year) {
    return refuse([
      ...problems,
      problem(
        'wrong-year',
        'error',
        f,
        visible(YEAR_NAME),
        `phiếu của năm ${meta[META_KEYS.year] ?? '(không rõ)'}, không phải năm ${ctx.year} đang tổng hợp; đề nghị đơn vị điền phiếu năm ${ctx.year}.`,
      ),
    ]);
  }
  const resolution = resolveTemplate(f, meta, ctx.regime, ctx.templates);
  problems.push(...resolution.problems);
  if (!resolution.ok) return refuse(problems);
  // A self-scored older form is scored by its own (manual) rules; see resolveTemplate.
  const { scoringGroup: group, formTemplate } = resolution.resolved;
  const regimeGroup = findGroup(ctx.regime, group.groupId);
  if (!regimeGroup)
    return refuse([
      ...problems,
      problem(
        'group-unknown',
        'error',
        f,
        visible(GROUP_NAME),
        `nhóm '${group.groupId}' không có trong bộ tiêu chí.`,
      ),
    ]);

  // Every input of the group must be reachable through its defined name.
  const subs = group.criteria.flatMap((c) => c.subCriteria);
  const missing: string[] = [];
  const scoreCells = new Map<string, NamedCell>();
  const evidenceCells = new Map<string, NamedCell>();
  for (const sub of subs) {
    const s = namedCell(wb, index, scoreName(sub.code));
    const e = namedCell(wb, index, evidenceName(sub.code));
    if (s) scoreCells.set(sub.code, s);
    else missing.push(scoreName(sub.code));
    if (e) evidenceCells.set(sub.code, e);
    else missing.push(evidenceName(sub.code));
  }
  const figures = readFigureCells(wb, index, group);
  missing.push(...figures.missing);
  if (missing.length > 0) {
    const list = missing.slice(0, 8).join(', ') + (missing.length > 8 ? `, … (${missing.length} tên)` : '');
    return refuse([
      ...problems,
      problem(
        'name-missing',
        'error',
        f,
        {},
        `thiếu hoặc hỏng tên vùng (defined name) ${list}; phiếu đã bị sửa cấu trúc.`,
      ),
    ]);
  }
  const formSheet = namedCell(wb, index, TOTAL_NAME)?.sheet ?? [...scoreCells.values()][0]?.sheet ?? '';

  const stored = (meta[META_KEYS.fingerprint] ?? '').trim();
  // Computed points are locked formulas of the form as issued: part of its structure.
  const issuedGroup = groupTemplate(formTemplate, group.groupId) ?? group;
  const computedCodes = issuedGroup.criteria
    .flatMap((c) => c.subCriteria)
    .filter((s) => s.rule !== undefined && s.rule.kind !== 'manual')
    .map((s) => s.code);
  const actual = fingerprintFromReturned(wb, formSheet, computedCodes);
  if (stored === '' || stored !== actual) {
    const details = describeStructureChange(wb, formSheet, ctx.regime, formTemplate, group.groupId);
    const first = details[0];
    const place = first?.cell !== undefined ? { sheet: formSheet, cell: first.cell } : { sheet: formSheet };
    const text =
      details.length > 0
        ? details
            .slice(0, 5)
            .map((d) => d.text)
            .join('; ')
        : 'nội dung không nhập liệu (công thức, điểm tối đa, tiêu đề hoặc vị trí ô) khác với mẫu';
    problems.push(
      problem(
        'structure-changed',
        'error',
        f,
        place,
        `cấu trúc phiếu đã bị sửa so với mẫu (${text}). Đề nghị đơn vị nhập lại điểm vào phiếu gốc, không sửa công thức, không chèn/xóa dòng, không đổi tên trang.`,
      ),
    );
  }

  // Header cells: year and group written in the sheet should agree with the metadata.
  const yearCell = namedCell(wb, index, YEAR_NAME);
  if (
    yearCell &&
    yearCell.cell?.value !== null &&
    yearCell.cell !== undefined &&
    String(rawValue(yearCell.cell)).trim() !== String(ctx.year)
  ) {
    problems.push(
      problem(
        'year-cell-mismatch',
        'warning',
        f,
        { sheet: yearCell.sheet, cell: yearCell.address, name: YEAR_NAME },
        `năm ghi trong phiếu là '${textValue(yearCell.cell)}', siêu dữ liệu ghi ${ctx.year}.`,
      ),
    );
  }
  const groupCell = namedCell(wb, index, GROUP_NAME);
  if (
    groupCell &&
    groupCell.cell?.value !== null &&
    groupCell.cell !== undefined &&
    cleanText(textValue(groupCell.cell)) !== group.groupId
  ) {
    problems.push(
      problem(
        'group-cell-mismatch',
        'warning',
        f,
        { sheet: groupCell.sheet, cell: groupCell.address, name: GROUP_NAME },
        `nhóm ghi trong phiếu là '${textValue(groupCell.cell)}', siêu dữ liệu ghi '${group.groupId}'.`,
      ),
    );
  }

  const codeCell = namedCell(wb, index, AGENCY_CODE_NAME);
  const nameCell = namedCell(wb, index, AGENCY_NAME_NAME);
  const agencyResult = resolveAgency(
    f,
    {
      code: cleanText(textValue(codeCell?.cell)),
      name: cleanText(textValue(nameCell?.cell)),
      prefilledCode: meta[META_KEYS.agencyCode] ?? '',
      codePlace: codeCell
        ? { sheet: codeCell.sheet, cell: codeCell.address, name: AGENCY_CODE_NAME }
        : { sheet: formSheet },
      namePlace: nameCell
        ? { sheet: nameCell.sheet, cell: nameCell.address, name: AGENCY_NAME_NAME }
        : { sheet: formSheet },
    },
    ctx.roster,
    regimeGroup,
    (id) => findGroup(ctx.regime, id),
  );
  problems.push(...agencyResult.problems);
  const agency = agencyResult.agency;

  // Recompute from the inputs; entry problems are warnings: the counting rule already clamps them.
  const inputs: FormInputs = {};
  const entries: Record<string, SubmittedEntry> = {};
  const figureValues = readFigures(group.figures ?? [], figures.inputs);
  for (const sub of subs) {
    const s = scoreCells.get(sub.code);
    const e = evidenceCells.get(sub.code);
    // A computed sub-criterion's points come from the figures, never from the cached result of its formula.
    const rule = sub.rule?.kind === 'manual' ? undefined : sub.rule;
    const computed = rule !== undefined;
    const score = computed
      ? rulePoints(rule, sub.capHundredths, figureValues).pointsHundredths / 100
      : rawValue(s?.cell);
    const evidence = rawValue(e?.cell);
    // A computed row's score cell holds the template's formula by design (the fingerprint vouches for it).
    const formulas = { score: computed ? undefined : s?.cell?.formula, evidence: e?.cell?.formula };
    inputs[sub.code] = { score, evidence, scoreFormula: formulas.score, evidenceFormula: formulas.evidence };
    // A score computed by a formula never enters the tables: its stored result is only quoted in the problem.
    entries[sub.code] = {
      self: formulas.score === undefined ? selfValue(score) : null,
      evidence: cleanText(evidence === null ? '' : String(evidence)),
    };
    for (const p of checkEntry(sub, score, evidence, formulas)) {
      const at = p.field === 'score' ? s : e;
      const place = at ? { sheet: at.sheet, cell: at.address, name: at.name } : { sheet: formSheet };
      problems.push(problem(p.code, 'warning', f, place, entryText(p.message)));
    }
  }
  const score = scoreForm(ctx.regime, group, inputs, figures.inputs);
  problems.push(...figureWarnings(f, figures, score, formSheet));
  problems.push(...checkStoredResults(wb, index, score));

  const outcome = outcomeOf(problems);
  if (outcome === 'rejected' || !agency) return rejected(file, problems, agency?.code ?? null);
  return {
    ...file,
    outcome,
    problems,
    agencyCode: agency.code,
    data: { agency, groupId: group.groupId, templateVersion: formTemplate.version, entries, score },
  };
}

/** The roster agency a form names (code cell, name cell, then the code it was issued for), or null. */
function senderOf(
  wb: ReturnedWorkbook,
  index: ReturnType<typeof nameIndex>,
  meta: Record<string, string>,
  ctx: CheckContext,
): string | null {
  const code = cleanText(textValue(namedCell(wb, index, AGENCY_CODE_NAME)?.cell));
  const name = cleanText(textValue(namedCell(wb, index, AGENCY_NAME_NAME)?.cell));
  const agency =
    (code !== '' ? findAgencyByCode(ctx.roster, code) : undefined) ??
    (name !== '' ? matchAgencyByName(ctx.roster, name) : undefined) ??
    findAgencyByCode(ctx.roster, (meta[META_KEYS.agencyCode] ?? '').trim());
  return agency?.code ?? null;
}
