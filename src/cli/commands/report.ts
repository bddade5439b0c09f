/**
 * `xep-hang-cntt report --consolidation X.xlsx [--previous Y.xlsx|Y.json] [--docx-template T.docx] --out-dir DIR`
 * (or `--write-template T.docx` to write the default template of fixed text): the December
 * documents (report, draft decision, result letters) in Word, from a consolidation workbook.
 * Existing documents are never overwritten without --overwrite: appraisers edit them by hand.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { buildDocumentModel } from '../../core/documents/model';
import type { PreviousResults } from '../../core/documents/previous';
import { defaultSettings, type DocumentSettings } from '../../core/documents/settings';
import type { DocumentSource } from '../../core/documents/source';
import { builtInRegime } from '../../core/regime/load';
import { sampleRoster } from '../../core/roster/roster';
import { renderDocuments } from '../../docx/render';
import { chartFontsFound, svgToPng } from '../chart-png';
import { readSettingsTemplate, settingsTemplateBytes } from '../../docx/settings-template';
import { readConsolidationSource, readPreviousResults } from '../../xlsx/document-inputs';
import { EXIT } from '../exit-codes';
import { outputPathProblems, writeOutputFile } from '../files';
import { vietnameseHelp } from '../help-vi';
import { UserError } from '../user-error';

interface ReportOptions {
  consolidation?: string;
  docxTemplate?: string;
  writeTemplate?: string;
  previous?: string;
  outDir?: string;
  overwrite?: boolean;
}

const regime = builtInRegime;

function readBytes(file: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    throw new UserError(EXIT.badInput, [`Không đọc được ${what} “${file}”.`]);
  }
}

async function readSource(file: string): Promise<DocumentSource> {
  const read = await readConsolidationSource(readBytes(file, 'tệp tổng hợp'), path.basename(file), regime);
  if (!read.ok) throw new UserError(EXIT.badInput, [read.message]);
  return read.value;
}

async function readPrevious(file: string, year: number): Promise<PreviousResults> {
  const read = await readPreviousResults(readBytes(file, 'tệp năm trước'), path.basename(file), year, regime);
  if (!read.ok) throw new UserError(EXIT.badInput, [read.message]);
  return read.value;
}

function loadSettings(file: string | undefined): DocumentSettings {
  const defaults = defaultSettings(regime);
  if (file === undefined) return defaults;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new UserError(EXIT.badInput, [`Không đọc được tệp mẫu văn bản “${file}”.`]);
  }
  const read = readSettingsTemplate(bytes, path.basename(file), defaults, regime);
  if (!read.ok) throw new UserError(EXIT.badInput, read.problems);
  return read.settings;
}

async function writeTemplate(file: string, print: (text: string) => void): Promise<void> {
  const problems = outputPathProblems(file, '.docx');
  if (existsSync(file)) problems.push(`Đã có tệp “${file}”: không ghi đè; hãy chọn tên khác.`);
  if (problems.length > 0) throw new UserError(EXIT.usage, problems);
  writeOutputFile(file, await settingsTemplateBytes(defaultSettings(regime), regime));
  print(
    `Đã ghi mẫu thông tin cố định của văn bản vào “${file}”. Sửa cột “Nội dung” trong Word rồi dùng: report --docx-template ${file} …`,
  );
}

async function runReport(opts: ReportOptions, print: (text: string) => void): Promise<void> {
  if (opts.writeTemplate !== undefined) return writeTemplate(opts.writeTemplate, print);
  const problems: string[] = [];
  if (opts.consolidation === undefined)
    problems.push(
      'Thiếu tùy chọn --consolidation (tệp tổng hợp .xlsx, ví dụ --consolidation xep-hang-2026.xlsx).',
    );
  else if (!existsSync(opts.consolidation)) problems.push(`Không tìm thấy tệp “${opts.consolidation}”.`);
  for (const f of [opts.previous, opts.docxTemplate])
    if (f !== undefined && !existsSync(f)) problems.push(`Không tìm thấy tệp “${f}”.`);
  if (opts.outDir === undefined)
    problems.push('Thiếu tùy chọn --out-dir (thư mục ghi văn bản, ví dụ --out-dir van-ban/).');
  else if (existsSync(opts.outDir) && !statSync(opts.outDir).isDirectory())
    problems.push(`“${opts.outDir}” là một tệp, không phải thư mục.`);
  if (problems.length > 0 || opts.consolidation === undefined || opts.outDir === undefined)
    throw new UserError(EXIT.usage, problems);

  const settings = loadSettings(opts.docxTemplate);
  const source = await readSource(opts.consolidation);
  const previous = opts.previous === undefined ? null : await readPrevious(opts.previous, source.state.year);
  let roster = sampleRoster;
  if (source.roster.kind === 'ok') roster = source.roster.roster.agencies;
  else
    print(
      `Tệp “${opts.consolidation}” chưa lưu danh sách đơn vị: số đơn vị được khảo sát tính theo danh sách mẫu có sẵn.`,
    );
  const model = buildDocumentModel({
    state: source.state,
    template: source.template,
    regime,
    roster,
    previous,
    commendation: settings.commendation,
  });
  if (!(await chartFontsFound()))
    print(
      'Không tìm thấy phông Times New Roman hay Liberation Serif: ảnh dự phòng (PNG) của biểu đồ sẽ không có chữ; Word vẫn hiện biểu đồ dạng SVG.',
    );
  const documents = await renderDocuments(model, settings, svgToPng);

  const outDir = opts.outDir;
  const existing = documents.map((d) => path.join(outDir, d.fileName)).filter((f) => existsSync(f));
  if (existing.length > 0 && opts.overwrite !== true) {
    throw new UserError(EXIT.output, [
      ...existing.map((f) => `Đã có tệp “${f}”.`),
      'Không ghi đè văn bản đã có (có thể đã được sửa tay): hãy chọn thư mục khác hoặc thêm --overwrite.',
    ]);
  }
  try {
    mkdirSync(outDir, { recursive: true });
  } catch {
    throw new UserError(EXIT.output, [`Không tạo được thư mục “${outDir}”.`]);
  }
  for (const d of documents) {
    const file = path.join(outDir, d.fileName);
    writeOutputFile(file, d.bytes);
    print(`Đã ghi ${d.label}: “${file}”.`);
  }
  const ranked = model.groups.reduce((a, g) => a + g.rows.length, 0);
  print(
    `Năm ${model.year}: ${ranked} cơ quan, đơn vị được xếp hạng; ${model.letters.length} thông báo; ${model.commendation.entries.length} đơn vị đề xuất khen thưởng (${model.commendation.ruleText}).`,
  );
}

export function registerReportCommand(program: Command, print: (text: string) => void): void {
  const cmd = program
    .command('report')
    .description(
      'Lập văn bản tháng 12 (báo cáo, dự thảo quyết định, thông báo kết quả) dạng Word từ tệp tổng hợp',
    )
    .option('--consolidation <tệp.xlsx>', 'tệp tổng hợp do lệnh consolidate hoặc phần bổ trợ lập')
    .option(
      '--previous <tệp>',
      'kết quả năm trước (tệp tổng hợp .xlsx hoặc báo cáo .json của lệnh consolidate), để so sánh điểm và thứ hạng',
    )
    .option(
      '--docx-template <tệp.docx>',
      'mẫu thông tin cố định (cơ quan ban hành, người ký, nơi nhận, ký hiệu, tiêu chí khen thưởng) do Sở sửa trong Word',
    )
    .option('--out-dir <thư-mục>', 'thư mục ghi các tệp .docx (tạo mới nếu chưa có)')
    .option('--overwrite', 'ghi đè các văn bản cùng tên đã có trong thư mục')
    .option('--write-template <tệp.docx>', 'chỉ ghi mẫu thông tin cố định mặc định ra tệp để Sở sửa')
    .addHelpText(
      'after',
      '\nVí dụ:\n  xep-hang-cntt report --consolidation xep-hang-2026.xlsx --previous xep-hang-2025.xlsx --out-dir van-ban/\n  xep-hang-cntt report --write-template mau-van-ban.docx      (sửa trong Word, rồi thêm --docx-template mau-van-ban.docx)\n' +
        'Tiêu chí khen thưởng mặc định: mọi đơn vị thuộc xếp loại cao nhất, theo thứ tự xếp hạng; đổi trong mẫu thông tin cố định.\n',
    )
    .action(async (opts: ReportOptions) => runReport(opts, print));
  vietnameseHelp(cmd);
}
