/**
 * The compiled CLI, spawned as a user runs it: `template` writes a survey workbook or prints the
 * template JSON; every bad argument or template file gives Vietnamese messages and a non-zero exit.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { parseTemplate, templateToJson } from '../../src/core/template/load';
import { readMetadata } from '../../src/core/sheet/metadata';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';

const root = path.resolve(__dirname, '../..');
let work: string;
let mainJs: string;

function cli(...args: string[]): { code: number | null; out: string; err: string } {
  // The compiled files live outside the repository, so Node is told where the dependencies are.
  const env = { ...process.env, NODE_PATH: path.join(root, 'node_modules') };
  const r = spawnSync(process.execPath, [mainJs, ...args], {
    cwd: work,
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'xhcntt-cli-'));
  const outDir = path.join(work, 'dist');
  // Its own output folder, so parallel test files never read a half-written dist/.
  try {
    execFileSync(
      process.execPath,
      [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.cli.json', '--outDir', outDir],
      { cwd: root, stdio: 'pipe' },
    );
  } catch {
    // Type errors elsewhere are reported by the static checks; tsc still emits JavaScript.
  }
  mainJs = path.join(outDir, 'cli/main.js');
  if (!existsSync(mainJs)) throw new Error('the CLI did not compile');
}, 180_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

async function loadXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

describe('xep-hang-cntt template', () => {
  it('writes the survey workbook of a group and says so in Vietnamese', async () => {
    const r = cli('template', '--year', '2026', '--group', 'so', '--out', 'phieu-so.xlsx');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Đã ghi phiếu tự đánh giá năm 2026 .*phieu-so\.xlsx/);
    const wb = await loadXlsx(path.join(work, 'phieu-so.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Hướng dẫn', 'Phiếu', 'XHCNTT_META']);
    expect(wb.definedNames.getRanges('TONG_DIEM').ranges).toHaveLength(1);
  });

  it('prefills one agency, given its code in any case', async () => {
    const agency = sampleRoster.find((a) => a.group === 'huyen');
    if (!agency) throw new Error('roster');
    const r = cli(
      'template',
      '--year',
      '2026',
      '--group',
      'huyen',
      '--agency',
      agency.code.toLowerCase(),
      '--out',
      'mot-huyen.xlsx',
    );
    expect([r.code, r.err]).toEqual([0, '']);
    const wb = await loadXlsx(path.join(work, 'mot-huyen.xlsx'));
    const address =
      (wb.definedNames.getRanges('TEN_DON_VI').ranges[0] ?? '').split('!')[1]?.replace(/\$/g, '') ?? '';
    expect(wb.getWorksheet('Phiếu')?.getCell(address).value).toBe(agency.name);
    const meta: Record<string, { value: string | number | boolean | null }> = {};
    wb.getWorksheet('XHCNTT_META')?.eachRow((row) =>
      row.eachCell((c) => (meta[c.address] = { value: c.value as string })),
    );
    expect(readMetadata(meta)).toMatchObject({ agencyCode: agency.code, group: 'huyen', year: '2026' });
  });

  it('prints the effective template as JSON that loads back', () => {
    const r = cli('template', '--year', '2027', '--print-json');
    expect([r.code, r.err]).toEqual([0, '']);
    const parsed = parseTemplate(JSON.parse(r.out), builtInRegime);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.template.year).toBe(2027);
  });

  it('uses a template file, and lists every problem of an invalid one', () => {
    const good = path.join(work, 'mau.json');
    const json = templateToJson(
      parseTemplateOrThrow(JSON.parse(cli('template', '--year', '2026', '--print-json').out)),
    );
    writeFileSync(good, JSON.stringify(json));
    const ok = cli('template', '--year', '2026', '--group', 'so', '--template', good, '--out', 'tu-tep.xlsx');
    expect([ok.code, ok.err]).toEqual([0, '']);

    const broken = JSON.parse(JSON.stringify(json)) as {
      groups: { criteria: { subCriteria: { code: string; cap: number; title: string }[] }[] }[];
    };
    const subs = broken.groups[0]?.criteria[0]?.subCriteria ?? [];
    if (subs.length < 2 || !subs[0] || !subs[1]) throw new Error('template too small for the test');
    subs[0].cap = subs[0].cap + 1; // caps no longer sum to the criterion's cap
    subs[1].title = ''; // empty title
    const bad = path.join(work, 'mau-loi.json');
    writeFileSync(bad, JSON.stringify(broken));
    const r = cli(
      'template',
      '--year',
      '2026',
      '--group',
      'so',
      '--template',
      bad,
      '--out',
      'khong-ghi.xlsx',
    );
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/mau-loi\.json/);
    expect(r.err.split('\n').filter((l) => l.startsWith('  - ')).length).toBeGreaterThanOrEqual(2);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(work, 'khong-ghi.xlsx'))).toBe(false);
  });

  it('refuses a template file that is not JSON or does not exist, naming it', () => {
    writeFileSync(path.join(work, 'hong.json'), '{ "year": 2026, ');
    const notJson = cli(
      'template',
      '--year',
      '2026',
      '--group',
      'so',
      '--template',
      'hong.json',
      '--out',
      'x.xlsx',
    );
    expect(notJson.code).toBe(3);
    expect(notJson.err).toMatch(/hong\.json.*không phải JSON hợp lệ/);
    const missing = cli(
      'template',
      '--year',
      '2026',
      '--group',
      'so',
      '--template',
      'khong-co.json',
      '--out',
      'x.xlsx',
    );
    expect(missing.code).toBe(3);
    expect(missing.err).toMatch(/khong-co\.json.*không tìm thấy/);
  });

  it('lists every bad argument at once, in Vietnamese, without a stack trace', () => {
    const r = cli(
      'template',
      '--year',
      '20x6',
      '--group',
      'xa',
      '--agency',
      'KHONG-CO',
      '--out',
      'thu-muc-khong-co/a.xls',
    );
    expect(r.code).toBe(2);
    for (const part of [
      /Năm “20x6” không hợp lệ/,
      /Nhóm “xa” không có/,
      /KHONG-CO/,
      /đuôi \.xlsx/,
      /không tồn tại/,
    ])
      expect(r.err).toMatch(part);
    expect(r.err).not.toMatch(/\n\s+at |Error:/);
  });

  it('explains missing options and an agency of the other group', () => {
    const missing = cli('template');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/Thiếu tùy chọn --year/);
    expect(missing.err).toMatch(/Thiếu tùy chọn --group/);
    expect(missing.err).toMatch(/Thiếu tùy chọn --out/);
    const so = sampleRoster.find((a) => a.group === 'so');
    const other = cli(
      'template',
      '--year',
      '2026',
      '--group',
      'huyen',
      '--agency',
      so?.code ?? '',
      '--out',
      'y.xlsx',
    );
    expect(other.code).toBe(2);
    expect(other.err).toMatch(/không thuộc nhóm “huyen”/);
    const both = cli('template', '--year', '2026', '--print-json', '--out', 'z.xlsx');
    expect(both.code).toBe(2);
  });

  it('translates commander errors and shows Vietnamese help', () => {
    const unknown = cli('template', '--nam', '2026');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/Tùy chọn không hợp lệ: --nam/);
    const noValue = cli('template', '--year');
    expect(noValue.code).toBe(2);
    expect(noValue.err).toMatch(/Tùy chọn --year <năm> cần một giá trị/);
    const help = cli('template', '--help');
    expect(help.code).toBe(0);
    expect(help.out).toMatch(/Cách dùng:/);
    expect(help.out).toMatch(/Tùy chọn:/);
    expect(help.out).not.toMatch(/Usage:|Options:/);
    const noCommand = cli('lam-gi-do');
    expect(noCommand.code).toBe(2);
    expect(noCommand.err).toMatch(/Lệnh không tồn tại: lam-gi-do/);
  });

  it('reports an output it cannot write without a stack trace', () => {
    const dirAsFile = cli('template', '--year', '2026', '--group', 'so', '--out', 'readonly.xlsx/');
    expect(dirAsFile.code).not.toBe(0);
    expect(dirAsFile.err).toMatch(/^Lỗi/);
    expect(readFileSync(path.join(work, 'phieu-so.xlsx')).length).toBeGreaterThan(0);
  });
});

describe('xep-hang-cntt template with a criteria workbook (Bộ tiêu chí)', () => {
  function metaOf(file: string): Promise<Record<string, string>> {
    return loadXlsx(path.join(work, file)).then((wb) => {
      const meta: Record<string, { value: string | number | boolean | null }> = {};
      wb.getWorksheet('XHCNTT_META')?.eachRow((row) =>
        row.eachCell((c) => (meta[c.address] = { value: c.value as string })),
      );
      return readMetadata(meta);
    });
  }

  it('writes the year’s template as a criteria workbook, and a survey made from it is the one made from the JSON', async () => {
    const w = cli('template', '--year', '2026', '--criteria-out', 'bo-tieu-chi-2026.xlsx');
    expect([w.code, w.err]).toEqual([0, '']);
    expect(w.out).toContain('Đã ghi bộ tiêu chí năm 2026');
    const json = cli('template', '--year', '2026', '--print-json');
    writeFileSync(path.join(work, 'mau-2026.json'), json.out);
    for (const [from, out] of [
      ['bo-tieu-chi-2026.xlsx', 'tu-bo-tieu-chi.xlsx'],
      ['mau-2026.json', 'tu-json.xlsx'],
    ] as const) {
      const r = cli('template', '--year', '2026', '--group', 'so', '--template', from, '--out', out);
      expect([r.code, r.err]).toEqual([0, '']);
    }
    const [a, b] = await Promise.all([metaOf('tu-bo-tieu-chi.xlsx'), metaOf('tu-json.xlsx')]);
    expect(a['fingerprint']).toBeDefined();
    expect(a['fingerprint']).toBe(b['fingerprint']);
    const printed = cli('template', '--year', '2026', '--template', 'bo-tieu-chi-2026.xlsx', '--print-json');
    expect(JSON.parse(printed.out)).toEqual(JSON.parse(json.out));
  });

  it('lists a criteria workbook’s problems with sheet, row and column', async () => {
    const wb = await loadXlsx(path.join(work, 'bo-tieu-chi-2026.xlsx'));
    wb.getWorksheet('Tiêu chí thành phần')!.getCell('E3').value = 'một điểm';
    await wb.xlsx.writeFile(path.join(work, 'bo-tieu-chi-sai.xlsx'));
    const r = cli(
      'template',
      '--year',
      '2026',
      '--group',
      'so',
      '--template',
      'bo-tieu-chi-sai.xlsx',
      '--out',
      'x.xlsx',
    );
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Bộ tiêu chí “bo-tieu-chi-sai.xlsx” có');
    expect(r.err).toContain('Trang “Tiêu chí thành phần”, dòng 3, cột E (Điểm tối đa)');
    expect(existsSync(path.join(work, 'x.xlsx'))).toBe(false);
  });

  it('refuses two outputs at once', () => {
    const r = cli('template', '--year', '2026', '--print-json', '--criteria-out', 'a.xlsx');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('Chỉ dùng một trong ba');
  });
});

function parseTemplateOrThrow(json: unknown) {
  const parsed = parseTemplate(json, builtInRegime);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('\n'));
  return parsed.template;
}
