/**
 * `xep-hang-cntt consolidate --year 2026 [--roster FILE] [--template FILE.json] --out ranking.xlsx
 *  [--json report.json] FILE_OR_DIR...`: checks every returned file (folders are walked; every file
 * gets an outcome), merges them into --out (re-merging into it when it exists) and writes the report.
 * Exit 0 when it ran, even with rejected files; non-zero only when it could not run.
 */
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AUDIT_SHEET } from '../../core/consolidation/sheets/layout';
import {
  describeRoster,
  describeRosterChange,
  type RosterOrigin,
} from '../../core/consolidation/stored-roster';
import { isLate, parseVnTime } from '../../core/consolidation/time';
import { formatVnDate } from '../../core/text/vn-date';
import type { Submission } from '../../core/consolidation/submission';
import { builtInRegime } from '../../core/regime/load';
import { sampleRoster } from '../../core/roster/roster';
import type { Agency } from '../../core/roster/types';
import { defaultTemplate } from '../../core/template/load';
import type { SurveyTemplate } from '../../core/template/types';
import { readConsolidationFile, type PreviousConsolidation } from '../../xlsx/consolidation-file';
import { intakeFile } from '../../xlsx/intake';
import { consolidateToXlsx } from '../../xlsx/write-consolidation';
import { parseYear } from '../args';
import { EXIT } from '../exit-codes';
import { fileErrorReason, outputPathProblems, writeOutputFile } from '../files';
import { vietnameseHelp } from '../help-vi';
import { loadTemplateFile } from '../template-file';
import { UserError } from '../user-error';
import { nodeInflateRaw, nodeSha256, returnedFileOnDisk } from '../returned-file';
import { walkInputs, type SkippedEntry } from '../walk-inputs';
import { loadRoster } from './roster';

interface ConsolidateOptions {
  year?: string;
  roster?: string;
  template?: string;
  out?: string;
  json?: string;
  receivedAt?: string;
}

const regime = builtInRegime;

function loadTemplate(file: string | undefined, year: number): SurveyTemplate {
  if (file === undefined) return defaultTemplate(year, regime);
  const template = loadTemplateFile(file, regime);
  if (template.year !== year)
    throw new UserError(EXIT.badInput, [
      `Tệp mẫu phiếu “${file}” là của năm ${template.year}, không phải năm ${year} (--year).`,
    ]);
  return template;
}

type Previous = PreviousConsolidation;

async function readPrevious(out: string, year: number, template: SurveyTemplate): Promise<Previous | null> {
  if (!existsSync(out)) return null;
  const read = readConsolidationFile(new Uint8Array(readFileSync(out)), out, regime, template);
  if (!read.ok) throw new UserError(EXIT.badInput, [read.message]);
  return { state: read.state, roster: read.roster };
}

/**
 * The roster of this run: --roster when given; otherwise the one stored in --out (said on stdout), or the
 * built-in sample (with a reminder when --out is a consolidation written before rosters were stored).
 */
async function chooseRoster(
  file: string | undefined,
  out: string,
  previous: Previous | null,
  print: (text: string) => void,
): Promise<{ agencies: Agency[]; origin: RosterOrigin }> {
  if (file !== undefined)
    return {
      agencies: await loadRoster(file),
      origin: { kind: 'file', fileName: path.basename(file).normalize('NFC') },
    };
  const stored = previous?.roster;
  if (stored?.kind === 'ok') {
    print(`Dùng danh sách đơn vị lưu trong “${out}” (${describeRoster(stored.roster)}).`);
    return stored.roster;
  }
  if (stored?.kind === 'unreadable') {
    throw new UserError(EXIT.badInput, [
      `Tệp “${out}”: ${stored.message}. Hãy nêu tệp danh sách đơn vị bằng --roster; danh sách đó sẽ được lưu lại trong tệp.`,
    ]);
  }
  if (previous !== null) {
    print(
      `Tệp “${out}” chưa lưu danh sách đơn vị (lập bằng phiên bản trước): dùng danh sách mẫu có sẵn. Nếu bảng đã lập theo tệp danh sách riêng, hãy chạy lại với --roster <tệp>; từ lần này danh sách đơn vị được lưu trong tệp tổng hợp.`,
    );
  }
  return { agencies: sampleRoster, origin: { kind: 'builtin' } };
}

async function runConsolidate(
  inputs: string[],
  opts: ConsolidateOptions,
  print: (text: string) => void,
): Promise<void> {
  const problems: string[] = [];
  const { year, problems: yearProblems } = parseYear(opts.year);
  problems.push(...yearProblems);
  if (opts.out === undefined)
    problems.push('Thiếu tùy chọn --out (tệp .xlsx kết quả, ví dụ --out xep-hang-2026.xlsx).');
  else problems.push(...outputPathProblems(opts.out, '.xlsx'));
  if (opts.json !== undefined) problems.push(...outputPathProblems(opts.json, '.json'));
  let receivedOverride: string | undefined;
  if (opts.receivedAt !== undefined) {
    const day = opts.receivedAt.trim();
    const parsed =
      parseVnTime(day) ??
      (/^\d{4}-\d{2}-\d{2}$/.test(day) || /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(day)
        ? parseVnTime(`${day} 00:00:00`)
        : null);
    if (parsed === null)
      problems.push(
        `Thời điểm nhận “${opts.receivedAt}” không hợp lệ; dùng dạng ngày/tháng/năm giờ:phút theo 24 giờ, giờ Việt Nam (ví dụ 18/11/2026 09:30 hoặc 18/11/2026), hoặc 2026-11-18 09:30:00.`,
      );
    else receivedOverride = parsed;
  }
  for (const input of inputs)
    if (!existsSync(input)) problems.push(`Không tìm thấy tệp hoặc thư mục “${input}”.`);
  if (inputs.length === 0 && opts.out !== undefined && !existsSync(opts.out)) {
    problems.push(
      'Chưa có tệp phiếu nào: hãy nêu các tệp hoặc thư mục phiếu đã nhận (hoặc một tệp --out đã có để sắp xếp lại).',
    );
  }
  if (problems.length > 0 || year === undefined || opts.out === undefined)
    throw new UserError(EXIT.usage, problems);

  const template = loadTemplate(opts.template, year);
  const out = opts.out;
  const previous = await readPrevious(out, year, template);
  const { agencies: roster, origin: rosterOrigin } = await chooseRoster(opts.roster, out, previous, print);
  const skip = new Set([path.resolve(out), ...(opts.json ? [path.resolve(opts.json)] : [])]);
  const { files, skipped } = walkInputs(inputs, skip);
  if (files.length === 0 && previous === null) {
    throw new UserError(
      EXIT.badInput,
      skipped.map((s) => `${s.path}: ${s.reason}.`),
      `Không có tệp phiếu nào để tổng hợp trong ${inputs.map((i) => `“${i}”`).join(', ')}; chưa ghi tệp “${out}”.${skipped.length > 0 ? ` Đã bỏ qua ${skipped.length} mục:` : ''}`,
    );
  }
  const ctx = { year, regime, templates: [template], roster };
  const submissions: Submission[] = [];
  for (const file of files)
    submissions.push(
      await intakeFile(returnedFileOnDisk(file, receivedOverride), nodeSha256, ctx, {
        inflateRaw: nodeInflateRaw,
      }),
    );

  const { run, bytes } = await consolidateToXlsx({
    previous: previous?.state ?? null,
    previousRoster: previous?.roster.kind === 'ok' ? previous.roster.roster : null,
    submissions,
    template,
    regime,
    roster,
    rosterOrigin,
    now: new Date().toISOString(),
  });
  // Write beside the target and rename, so a failed write never leaves a half-written result.
  const temp = `${out}.tmp-${process.pid}`;
  writeOutputFile(temp, bytes, out);
  try {
    renameSync(temp, out);
  } catch (err) {
    rmSync(temp, { force: true });
    throw new UserError(EXIT.output, [
      `Không ghi được tệp “${out}”: ${fileErrorReason(err)} (tệp có đang mở trong Excel không?). Hãy đóng tệp rồi chạy lại.`,
    ]);
  }
  if (opts.json !== undefined)
    writeOutputFile(
      opts.json,
      new TextEncoder().encode(`${JSON.stringify({ ...run.report, skipped }, null, 2)}\n`),
    );

  const count = (o: Submission['outcome']) => submissions.filter((s) => s.outcome === o).length;
  const late = submissions.filter(
    (s) => s.outcome !== 'rejected' && isLate(s.receivedAt, template.returnBy),
  ).length;
  print(
    `Đã kiểm tra ${submissions.length} tệp: ${count('accepted')} hợp lệ, ${count('accepted-with-warnings')} hợp lệ có cảnh báo, ${count('rejected')} bị từ chối; ${late} tệp nộp muộn (nhận sau hết ngày ${formatVnDate(template.returnBy)}).`,
  );
  printSkipped(skipped, print);
  for (const s of submissions) {
    if (s.problems.length === 0) continue;
    print(`${s.outcome === 'rejected' ? 'TỪ CHỐI' : 'CẢNH BÁO'} ${s.fileName}:`);
    for (const p of s.problems.slice(0, 20)) print(`  - ${p.message}`);
    if (s.problems.length > 20) print(`  … và ${s.problems.length - 20} vấn đề khác (xem báo cáo JSON).`);
  }
  for (const c of run.merge.conflicts) print(`XUNG ĐỘT: ${c.message}`);
  for (const m of run.merge.missingRows) print(`THIẾU DÒNG: ${m}`);
  for (const u of run.unexplained) print(`THIẾU LÝ DO: đơn vị ${u.agencyCode}, ${u.text}`);
  if (run.rosterChange) {
    const c = run.rosterChange;
    print(
      `Danh sách đơn vị khác với danh sách lưu trong “${out}” (${describeRoster(c.before)}): nay dùng ${describeRoster(c.after)}; ${describeRosterChange(c)}. Đã ghi thay đổi vào trang “${AUDIT_SHEET}”.`,
    );
  }
  for (const t of run.tables) print(`Bảng ${t.tableNumber}: ${t.rows.length} đơn vị được xếp hạng.`);
  print(
    `Đã ghi bảng tổng hợp vào tệp “${out}”${opts.json !== undefined ? ` và báo cáo vào “${opts.json}”` : ''}.`,
  );
  const merged = count('accepted') + count('accepted-with-warnings');
  if (merged === 0 && submissions.length > 0)
    print(
      `Lần này không có phiếu nào được tổng hợp: cả ${submissions.length} tệp bị từ chối (lý do ở trên và trong trang “Sổ theo dõi”).`,
    );
  if (run.tables.every((t) => t.rows.length === 0)) {
    throw new UserError(
      EXIT.nothingMerged,
      [],
      `CHƯA CÓ ĐƠN VỊ NÀO ĐƯỢC XẾP HẠNG: Bảng 1, Bảng 2 trong “${out}” đang trống; “Sổ theo dõi” ghi các tệp bị từ chối.`,
    );
  }
}

function printSkipped(skipped: readonly SkippedEntry[], print: (text: string) => void): void {
  if (skipped.length === 0) return;
  print(`Bỏ qua ${skipped.length} mục không phải phiếu hoặc không đọc được:`);
  for (const s of skipped.slice(0, 50)) print(`  - ${s.path}: ${s.reason}.`);
  if (skipped.length > 50) print(`  … và ${skipped.length - 50} mục khác (xem báo cáo JSON).`);
}

export function registerConsolidateCommand(program: Command, print: (text: string) => void): void {
  const cmd = program
    .command('consolidate')
    .description('Kiểm tra, tổng hợp các phiếu đã nhận thành Bảng 1, Bảng 2 (tệp .xlsx) và báo cáo JSON')
    .argument('[tệp-hoặc-thư-mục...]', 'các tệp phiếu hoặc thư mục chứa phiếu đã nhận')
    .option('--year <năm>', 'năm đánh giá, ví dụ 2026')
    .option(
      '--roster <tệp>',
      'tệp danh sách đơn vị (.csv hoặc .xlsx), được lưu trong tệp --out; mặc định: danh sách đã lưu trong tệp --out, nếu chưa có thì danh sách mẫu có sẵn',
    )
    .option(
      '--template <tệp>',
      'mẫu phiếu của Sở: tệp JSON hoặc bộ tiêu chí .xlsx (mặc định: mẫu có sẵn của năm)',
    )
    .option('--out <tệp.xlsx>', 'tệp tổng hợp; nếu đã có thì tổng hợp thêm vào, giữ nguyên điểm thẩm định')
    .option('--json <tệp.json>', 'ghi báo cáo JSON (từng tệp, vấn đề, hai bảng xếp hạng)')
    .option(
      '--received-at <thời điểm>',
      'thời điểm nhận của mọi tệp lần này (giờ Việt Nam, ngày/tháng/năm giờ:phút theo 24 giờ, ví dụ --received-at "18/11/2026 09:30"), khi thời điểm sửa đổi tệp không phải lúc nhận (tệp đã chép lại)',
    )
    .addHelpText(
      'after',
      '\nVí dụ:\n  xep-hang-cntt consolidate --year 2026 --out xep-hang-2026.xlsx --json bao-cao.json phieu-da-nhan/\n' +
        'Thời điểm nhận của mỗi tệp là thời điểm sửa đổi tệp; nộp muộn khi sau hết ngày hạn nộp của mẫu phiếu.\n',
    )
    .action(async (inputs: string[], opts: ConsolidateOptions) => runConsolidate(inputs, opts, print));
  vietnameseHelp(cmd);
}
