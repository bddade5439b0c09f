/**
 * `xep-hang-cntt template`: writes the survey workbook of one year and group (optionally prefilled
 * for one agency), or prints the effective template as JSON.
 */
import type { Command } from 'commander';
import { builtInRegime, findGroup } from '../../core/regime/load';
import { findAgencyByCode, sampleRoster } from '../../core/roster/roster';
import type { Agency } from '../../core/roster/types';
import { agencyGroupMismatch, SurveyOptionsError } from '../../core/sheet/survey/build';
import { defaultTemplate, templateToJson } from '../../core/template/load';
import type { SurveyTemplate } from '../../core/template/types';
import { surveyToXlsx } from '../../xlsx/survey-xlsx';
import { criteriaWorkbookXlsx } from '../../xlsx/criteria-xlsx';
import { parseYear } from '../args';
import { EXIT } from '../exit-codes';
import { outputPathProblems, writeOutputFile } from '../files';
import { vietnameseHelp } from '../help-vi';
import { loadTemplateFile } from '../template-file';
import { UserError } from '../user-error';

interface TemplateOptions {
  year?: string;
  group?: string;
  agency?: string;
  template?: string;
  out?: string;
  printJson?: boolean;
  criteriaOut?: string;
}

const regime = builtInRegime;

function loadTemplate(file: string | undefined, year: number | undefined): SurveyTemplate | undefined {
  if (file === undefined) return year === undefined ? undefined : defaultTemplate(year, regime);
  return loadTemplateFile(file, regime);
}

function groupList(): string {
  return regime.groups.map((g) => `${g.id} (${g.name})`).join(', ');
}

async function runTemplate(opts: TemplateOptions, print: (text: string) => void): Promise<void> {
  const problems: string[] = [];
  const { year, problems: yearProblems } = parseYear(opts.year);
  problems.push(...yearProblems);
  const printJson = opts.printJson === true;
  const criteriaOut = opts.criteriaOut;
  const modes = [printJson, opts.out !== undefined, criteriaOut !== undefined].filter(Boolean).length;
  if (modes > 1)
    problems.push(
      'Chỉ dùng một trong ba: --print-json (in mẫu phiếu), --criteria-out (ghi bộ tiêu chí .xlsx) hoặc --out (ghi tệp phiếu).',
    );
  if (criteriaOut !== undefined) problems.push(...outputPathProblems(criteriaOut, '.xlsx'));
  else if (!printJson) {
    if (opts.group === undefined) problems.push(`Thiếu tùy chọn --group (nhóm đơn vị: ${groupList()}).`);
    else if (!findGroup(regime, opts.group.trim()))
      problems.push(`Nhóm “${opts.group}” không có; chọn một trong: ${groupList()}.`);
    if (opts.out === undefined)
      problems.push('Thiếu tùy chọn --out (tệp .xlsx sẽ ghi, ví dụ --out phieu-2026.xlsx).');
    else problems.push(...outputPathProblems(opts.out, '.xlsx'));
  }
  let agency: Agency | undefined;
  if (opts.agency !== undefined) {
    agency = findAgencyByCode(sampleRoster, opts.agency);
    if (!agency)
      problems.push(
        `Không có đơn vị mã “${opts.agency}” trong danh sách đơn vị (xem các mã bằng lệnh: xep-hang-cntt roster).`,
      );
    else if (opts.group !== undefined) {
      const mismatch = agencyGroupMismatch(agency, opts.group.trim());
      if (mismatch !== null) problems.push(mismatch);
    }
  }
  if (problems.length > 0) throw new UserError(EXIT.usage, problems);

  const template = loadTemplate(opts.template, year);
  if (!template) throw new UserError(EXIT.usage, ['Thiếu tùy chọn --year.']);
  if (year !== undefined && template.year !== year) {
    throw new UserError(EXIT.badInput, [
      `Tệp mẫu phiếu “${opts.template}” là của năm ${template.year}, không phải năm ${year} (--year).`,
    ]);
  }
  if (printJson) {
    print(JSON.stringify(templateToJson(template), null, 2));
    return;
  }
  if (criteriaOut !== undefined) {
    writeOutputFile(criteriaOut, await criteriaWorkbookXlsx(regime, template));
    print(
      `Đã ghi bộ tiêu chí năm ${template.year} (mẫu ${template.id}, phiên bản ${template.version}) vào tệp “${criteriaOut}”.`,
    );
    return;
  }
  const groupId = (opts.group ?? '').trim();
  const out = opts.out ?? '';
  const { bytes, layout } = await surveyToXlsx({
    regime,
    template,
    groupId,
    ...(agency ? { agency } : {}),
  }).catch((e: unknown) => {
    // A template file without the group: the core's sentence, as a refusal of the input.
    throw e instanceof SurveyOptionsError ? new UserError(EXIT.badInput, [e.message]) : e;
  });
  writeOutputFile(out, bytes);
  const groupName = findGroup(regime, groupId)?.name ?? groupId;
  print(
    `Đã ghi phiếu tự đánh giá năm ${template.year} (${groupName}${agency ? `, ${agency.name}` : ''}; ` +
      `${layout.rows.length} tiêu chí thành phần; mẫu ${template.id}, phiên bản ${template.version}) vào tệp “${out}”.`,
  );
}

export function registerTemplateCommand(program: Command, print: (text: string) => void): void {
  const cmd = program
    .command('template')
    .description('Tạo tệp phiếu tự đánh giá (.xlsx) của một năm, một nhóm đơn vị, hoặc in mẫu phiếu (JSON)')
    .option('--year <năm>', 'năm đánh giá, ví dụ 2026')
    .option('--group <nhóm>', `nhóm đơn vị: ${groupList()}`)
    .option('--agency <mã>', 'mã đơn vị để điền sẵn tên và mã (xem lệnh roster)')
    .option(
      '--template <tệp>',
      'mẫu phiếu của Sở: tệp JSON hoặc bộ tiêu chí .xlsx (mặc định: mẫu có sẵn của năm)',
    )
    .option('--out <tệp.xlsx>', 'tệp phiếu sẽ ghi')
    .option('--print-json', 'in mẫu phiếu đang dùng (JSON) ra màn hình thay vì ghi tệp')
    .option('--criteria-out <tệp.xlsx>', 'ghi mẫu phiếu đang dùng thành bộ tiêu chí (.xlsx) để Sở soạn, sửa')
    .addHelpText(
      'after',
      '\nVí dụ:\n' +
        '  xep-hang-cntt template --year 2026 --group so --out phieu-so-2026.xlsx\n' +
        '  xep-hang-cntt template --year 2026 --group huyen --agency H-BA-THUOC --out ba-thuoc.xlsx\n' +
        '  xep-hang-cntt template --year 2026 --print-json > mau-2026.json\n' +
        '  xep-hang-cntt template --year 2026 --criteria-out bo-tieu-chi-2026.xlsx\n' +
        '  xep-hang-cntt template --year 2026 --group so --template bo-tieu-chi-2026.xlsx --out phieu-so.xlsx\n',
    )
    .action(async (opts: TemplateOptions) => runTemplate(opts, print));
  vietnameseHelp(cmd);
}
