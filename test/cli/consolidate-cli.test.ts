import ExcelJS from 'exceljs';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  writeFileSync,
  utimesSync,
  existsSync,
  statSync,
  symlinkSync,
  truncateSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import type { Agency } from '../../src/core/roster/types';
import { builtInTemplate } from '../../src/core/template/load';
import type { ConsolidationReport } from '../../src/core/consolidation/report';
import { writeFilledForm } from '../support/cli/fill-xlsx';
import { runCli } from '../support/cli/run-cli';

jest.setTimeout(120000);

// Forms of version 1 (self-scored), merged by the CLI whose default is now version 2.
const template = builtInTemplate(2026, 1, builtInRegime);
const subsOf = (group: string) =>
  (template.groups.find((g) => g.groupId === group)?.criteria ?? []).flatMap((c) => c.subCriteria);
const so = sampleRoster.filter((a) => a.group === 'so');
const huyen = sampleRoster.filter((a) => a.group === 'huyen');
const day = (d: number, h = 9) => new Date(Date.UTC(2026, 10, d, h - 7));

/** Scores in hundredths chosen per agency (valid, within caps); the expected total is their plain sum. */
function scoresFor(agency: Agency, seed: number): { values: Record<string, number | string>; total: number } {
  const values: Record<string, number | string> = {};
  let total = 0;
  subsOf(agency.group).forEach((s, i) => {
    const h = (s.capHundredths * ((seed + i * 7) % 11)) / 10;
    const hundredths = Math.floor(h);
    values[`TC_${s.code.replace('.', '_')}`] = hundredths / 100;
    values[`MC_${s.code.replace('.', '_')}`] = `Công văn ${s.code}`;
    total += hundredths;
  });
  return { values, total };
}

function readJson(file: string): ConsolidationReport {
  return JSON.parse(readFileSync(file, 'utf8')) as ConsolidationReport;
}

describe('xep-hang-cntt consolidate', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-merge-'));
  const inbox = path.join(dir, 'phieu');
  const out = path.join(dir, 'xep-hang.xlsx');
  const json = path.join(dir, 'bao-cao.json');
  const expected = new Map<string, number>();

  beforeAll(async () => {
    mkdirSync(path.join(inbox, 'huyen'), { recursive: true });
    for (const [i, a] of [so[0], so[1], so[2]].entries()) {
      if (!a) throw new Error('roster');
      const { values, total } = scoresFor(a, i);
      expected.set(a.code, total);
      await writeFilledForm(path.join(inbox, `${a.code.toLowerCase()}.xlsx`), template, a, values, day(15));
    }
    const h = huyen[0] as Agency;
    const hs = scoresFor(h, 5);
    expected.set(h.code, hs.total);
    await writeFilledForm(path.join(inbox, 'huyen', 'ba-thuoc.xlsx'), template, h, hs.values, day(25)); // late
    // The same agency again, earlier: a duplicate that must not be used.
    await writeFilledForm(
      path.join(inbox, 'huyen', 'ba-thuoc-ban-dau.xlsx'),
      template,
      h,
      scoresFor(h, 1).values,
      day(12),
    );
    // Another year's form would be rejected: here a CSV renamed to .xlsx, and a stray text file.
    writeFileSync(path.join(inbox, 'so-tai-chinh.xlsx'), 'ma,ten\nSO-TAI-CHINH,Sở Tài chính\n');
    writeFileSync(path.join(inbox, 'ghi-chu.txt'), 'không phải phiếu');
    utimesSync(path.join(inbox, 'ghi-chu.txt'), day(10), day(10));
  });

  test('checks every file, writes the workbook and a report whose tables match the inputs', async () => {
    const r = await runCli(['consolidate', '--year', '2026', '--out', out, '--json', json, inbox]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = readJson(json);
    expect(report.files).toHaveLength(6);
    const byName = new Map(report.files.map((f) => [path.basename(f.file), f]));
    expect(byName.get('so-tai-chinh.xlsx')?.outcome).toBe('rejected');
    // A text file in the folder is plainly no survey: skipped and listed, not rejected as a renamed CSV.
    expect(byName.has('ghi-chu.txt')).toBe(false);
    expect((report as unknown as { skipped: { path: string; reason: string }[] }).skipped).toEqual([
      { path: path.join(inbox, 'ghi-chu.txt'), reason: 'không phải tệp bảng tính (.txt), không phải phiếu' },
    ]);
    expect(r.out).toMatch(/Bỏ qua 1 mục[^\n]*\n {2}- [^\n]*ghi-chu\.txt: không phải tệp bảng tính/);
    expect(r.out).toMatch(/1 tệp nộp muộn \(nhận sau hết ngày \d{2}\/11\/2026\)/);
    expect(byName.get('ba-thuoc-ban-dau.xlsx')?.action).toBe('duplicate');
    expect(byName.get('ba-thuoc.xlsx')?.action).toBe('applied');
    for (const f of report.files) for (const p of f.problems) expect(p.message).toContain(f.file);

    const rows = report.tables.flatMap((t) => t.rows);
    expect(new Map(rows.map((row) => [row.code, Math.round(row.total * 100)]))).toEqual(expected);
    const reg = new Map(report.register.map((row) => [`${row.agencyCode}|${row.file}`, row.status]));
    expect([...reg.entries()].filter(([, s]) => s === 'late').map(([k]) => k.split('|')[0])).toEqual([
      huyen[0]?.code,
    ]);
    expect(report.register.filter((row) => row.status === 'missing')).toHaveLength(sampleRoster.length - 4);
    expect(existsSync(out)).toBe(true);
  });

  test('re-merging keeps the appraisers’ scores, logs their change and updates the tables', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    const data = wb.getWorksheet('Dữ liệu');
    if (!data) throw new Error('no data sheet');
    const target = so[1] as Agency;
    let edited = 0;
    data.eachRow((row) => {
      if (row.getCell(1).value === target.code && row.getCell(5).value === '1.1') {
        row.getCell(10).value = 0;
        row.getCell(11).value = 'Không có minh chứng';
        edited++;
      }
    });
    expect(edited).toBe(1);
    const before = (readJson(json).tables[0]?.rows ?? []).find((r) => r.code === target.code);
    await wb.xlsx.writeFile(out);

    const r = await runCli(['consolidate', '--year', '2026', '--out', out, '--json', json, inbox]);
    expect(r.code).toBe(0);
    const report = readJson(json);
    expect(report.files.filter((f) => f.action !== 'unchanged' && f.outcome !== 'rejected')).toEqual([]);
    const after = (report.tables[0]?.rows ?? []).find((row) => row.code === target.code);
    const selfOf11 = Number(scoresFor(target, 1).values.TC_1_1 ?? 0);
    expect(Math.round((after?.total ?? 0) * 100)).toBe(
      Math.round((before?.total ?? 0) * 100) - Math.round(selfOf11 * 100),
    );

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(readFileSync(out) as unknown as ArrayBuffer);
    let kept = false;
    back.getWorksheet('Dữ liệu')?.eachRow((row) => {
      if (row.getCell(1).value === target.code && row.getCell(5).value === '1.1')
        kept = row.getCell(10).value === 0 && row.getCell(11).value === 'Không có minh chứng';
    });
    expect(kept).toBe(true);
    const log: string[] = [];
    back.getWorksheet('Nhật ký')?.eachRow((row) => log.push(String(row.getCell(2).value)));
    expect(log.filter((k) => k === 'Đổi điểm thẩm định')).toHaveLength(1);
  });

  test('refuses to overwrite an --out file that is not a consolidation workbook', async () => {
    const other = path.join(dir, 'khac.xlsx');
    const form = path.join(inbox, `${(so[0] as Agency).code.toLowerCase()}.xlsx`);
    writeFileSync(other, readFileSync(form));
    const before = statSync(other).mtimeMs;
    const r = await runCli(['consolidate', '--year', '2026', '--out', other, inbox]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('khac.xlsx');
    expect(statSync(other).mtimeMs).toBe(before);
  });

  test('--received-at overrides the file times: nothing is late when received on time', async () => {
    const out2 = path.join(dir, 'dung-han.xlsx');
    const json2 = path.join(dir, 'dung-han.json');
    const r = await runCli([
      'consolidate',
      '--year',
      '2026',
      '--received-at',
      '2026-11-19 16:00:00',
      '--out',
      out2,
      '--json',
      json2,
      inbox,
    ]);
    expect(r.code).toBe(0);
    const report = readJson(json2);
    expect(report.register.filter((row) => row.status === 'late')).toEqual([]);
    expect(report.files.every((f) => f.receivedAt === '2026-11-19T09:00:00Z')).toBe(true);
    const bad = await runCli([
      'consolidate',
      '--year',
      '2026',
      '--received-at',
      'hôm qua',
      '--out',
      out2,
      inbox,
    ]);
    expect(bad.code).not.toBe(0);
    expect(bad.err).toContain('hôm qua');
  });

  test('a file far too large is refused from its size, without reading it, and the others still merge', async () => {
    const big = path.join(dir, 'lon');
    mkdirSync(big, { recursive: true });
    const form = path.join(inbox, `${(so[0] as Agency).code.toLowerCase()}.xlsx`);
    writeFileSync(path.join(big, 'phieu.xlsx'), readFileSync(form));
    // Sparse: 3 GB on paper, nothing on disk; reading it whole would exceed Node's buffer limit.
    writeFileSync(path.join(big, 'khong-lo.xlsx'), '');
    truncateSync(path.join(big, 'khong-lo.xlsx'), 3 * 1024 ** 3);
    const json3 = path.join(dir, 'lon.json');
    const r = await runCli([
      'consolidate',
      '--year',
      '2026',
      '--out',
      path.join(dir, 'lon.xlsx'),
      '--json',
      json3,
      big,
    ]);
    expect(r.code).toBe(0);
    const files = new Map(readJson(json3).files.map((f) => [path.basename(f.file), f]));
    const huge = files.get('khong-lo.xlsx');
    expect(huge?.outcome).toBe('rejected');
    expect(huge?.problems.map((p) => p.code)).toEqual(['too-large']);
    expect(huge?.problems[0]?.message).toMatch(/khong-lo\.xlsx.*vượt giới hạn 20 MB/);
    expect(files.get('phieu.xlsx')?.action).toBe('applied');
  });

  test('the roster given once is stored in --out: re-merging without --roster keeps its missing list; a new one is logged', async () => {
    const own = [so[0], so[1], so[2], huyen[0]] as Agency[];
    const csv = (file: string, rows: string[]) => {
      writeFileSync(
        file,
        `\uFEFFMã;Tên;Nhóm\n${[...own.map((a) => `${a.code};${a.name};${a.group}`), ...rows].join('\n')}\n`,
      );
      return file;
    };
    const first = csv(path.join(dir, 'don-vi.csv'), ['SO-KHAC;Sở Khác;so', 'H-KHAC;Huyện Khác;huyen']);
    const out4 = path.join(dir, 'theo-danh-sach.xlsx');
    const json4 = path.join(dir, 'theo-danh-sach.json');
    const missing = () =>
      readJson(json4)
        .register.filter((row) => row.status === 'missing')
        .map((row) => row.agencyCode)
        .sort();

    expect(
      (
        await runCli([
          'consolidate',
          '--year',
          '2026',
          '--roster',
          first,
          '--out',
          out4,
          '--json',
          json4,
          inbox,
        ])
      ).code,
    ).toBe(0);
    expect(missing()).toEqual(['H-KHAC', 'SO-KHAC']);

    // Re-sort without --roster: the stored roster, said on stdout.
    const again = await runCli(['consolidate', '--year', '2026', '--out', out4, '--json', json4]);
    expect(again.code).toBe(0);
    expect(again.out).toContain(
      `Dùng danh sách đơn vị lưu trong “${out4}” (tệp don-vi.csv, 6 cơ quan, đơn vị).`,
    );
    expect(missing()).toEqual(['H-KHAC', 'SO-KHAC']);

    // Another roster: used, stored, and the change is said and logged in "Nhật ký".
    const second = csv(path.join(dir, 'don-vi-2.csv'), ['SO-KHAC;Sở Khác;so']);
    const changed = await runCli([
      'consolidate',
      '--year',
      '2026',
      '--roster',
      second,
      '--out',
      out4,
      '--json',
      json4,
    ]);
    expect(changed.code).toBe(0);
    expect(changed.out).toContain('Danh sách đơn vị khác với danh sách lưu trong');
    expect(changed.out).toContain('nay dùng tệp don-vi-2.csv, 5 cơ quan, đơn vị; bớt 1 (H-KHAC)');
    expect(missing()).toEqual(['SO-KHAC']);
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(readFileSync(out4) as unknown as ArrayBuffer);
    const log: string[] = [];
    back.getWorksheet('Nhật ký')?.eachRow((row) => log.push(String(row.getCell(2).value)));
    expect(log.filter((k) => k === 'Đổi danh sách đơn vị')).toHaveLength(1);
    const kept = await runCli(['consolidate', '--year', '2026', '--out', out4, '--json', json4]);
    expect(kept.out).toContain('(tệp don-vi-2.csv, 5 cơ quan, đơn vị)');
    expect(missing()).toEqual(['SO-KHAC']);
  });

  test('a consolidation written before rosters were stored re-merges on the built-in roster, with a reminder', async () => {
    const out5 = path.join(dir, 'ban-cu.xlsx');
    const json5 = path.join(dir, 'ban-cu.json');
    const csv = path.join(dir, 'rieng.csv');
    writeFileSync(
      csv,
      `Mã;Tên;Nhóm\n${[so[0], so[1], so[2], huyen[0]].map((a) => `${a?.code ?? ''};${a?.name ?? ''};${a?.group ?? ''}`).join('\n')}\n`,
    );
    expect(
      (await runCli(['consolidate', '--year', '2026', '--roster', csv, '--out', out5, inbox])).code,
    ).toBe(0);
    // Remove the stored roster, as in a file written by an earlier version.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(out5) as unknown as ArrayBuffer);
    const meta = wb.getWorksheet('XHCNTT_META');
    if (!meta) throw new Error('no metadata sheet');
    const rows: number[] = [];
    meta.eachRow((row, n) => {
      if (String(row.getCell(1).value).startsWith('roster')) rows.push(n);
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const n of rows.reverse()) meta.spliceRows(n, 1);
    await wb.xlsx.writeFile(out5);

    const r = await runCli(['consolidate', '--year', '2026', '--out', out5, '--json', json5]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Tệp “${out5}” chưa lưu danh sách đơn vị`);
    expect(readJson(json5).register.filter((row) => row.status === 'missing')).toHaveLength(
      sampleRoster.length - 4,
    );
  });

  test('a folder with links that go nowhere or in a circle, and odd entries: every path gets an outcome', async () => {
    const odd = path.join(dir, 'la');
    mkdirSync(path.join(odd, 'con'), { recursive: true });
    const form = path.join(inbox, `${(so[0] as Agency).code.toLowerCase()}.xlsx`);
    writeFileSync(path.join(odd, 'con', 'phieu.xlsx'), readFileSync(form));
    symlinkSync(path.join(odd, 'khong-con.xlsx'), path.join(odd, 'hong.xlsx'));
    symlinkSync(path.join(odd, 'vong.xlsx'), path.join(odd, 'vong.xlsx'));
    symlinkSync(odd, path.join(odd, 'con', 'len-tren'));
    writeFileSync(path.join(odd, '~$phieu.xlsx'), 'lock');
    const jsonOdd = path.join(dir, 'la.json');
    const r = await runCli([
      'consolidate',
      '--year',
      '2026',
      '--out',
      path.join(dir, 'la.xlsx'),
      '--json',
      jsonOdd,
      odd,
    ]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(jsonOdd, 'utf8')) as ConsolidationReport & {
      skipped: { path: string; reason: string }[];
    };
    expect(report.files.map((f) => path.basename(f.file))).toEqual(['phieu.xlsx']);
    const why = new Map(report.skipped.map((s) => [path.relative(odd, s.path), s.reason]));
    expect(why.get('hong.xlsx')).toMatch(/liên kết hỏng/);
    expect(why.get('vong.xlsx')).toMatch(/liên kết vòng/);
    expect(why.get(path.join('con', 'len-tren'))).toMatch(/thư mục đã duyệt/);
    expect(why.get('~$phieu.xlsx')).toMatch(/tệp khóa tạm của Excel/);
    expect(report.skipped).toHaveLength(4);
    for (const s of report.skipped) expect(r.out).toContain(s.path);
    expect(r.out + r.err).not.toMatch(/ENOENT|ELOOP|no such file/i);
  });

  test('a folder without any survey: nothing is written, and it says so', async () => {
    const empty = path.join(dir, 'khong-co-phieu');
    mkdirSync(empty, { recursive: true });
    writeFileSync(path.join(empty, 'doc-toi.txt'), 'ghi chú');
    const target = path.join(dir, 'khong-co.xlsx');
    const r = await runCli(['consolidate', '--year', '2026', '--out', target, empty]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/Không có tệp phiếu nào để tổng hợp/);
    expect(r.err).toMatch(/doc-toi\.txt: không phải tệp bảng tính/);
    expect(existsSync(target)).toBe(false);
  });

  test('when every file is refused, the register is written but the exit code and the last line say no agency is ranked', async () => {
    const refusedOnly = path.join(dir, 'tu-choi');
    mkdirSync(refusedOnly, { recursive: true });
    writeFileSync(path.join(refusedOnly, 'so-a.xlsx'), 'ma,ten\n');
    const target = path.join(dir, 'tu-choi.xlsx');
    const r = await runCli(['consolidate', '--year', '2026', '--out', target, refusedOnly]);
    expect(r.code).toBe(5);
    expect(r.out).toMatch(/không có phiếu nào được tổng hợp: cả 1 tệp bị từ chối/);
    expect(r.err).toMatch(/CHƯA CÓ ĐƠN VỊ NÀO ĐƯỢC XẾP HẠNG/);
    expect(existsSync(target)).toBe(true);
  });

  test('bad arguments exit non-zero with Vietnamese messages', async () => {
    const r = await runCli(['consolidate', '--out', out, inbox]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('--year');
  });
});

describe('xep-hang-cntt roster', () => {
  test('prints the built-in roster', async () => {
    const r = await runCli(['roster']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as { code: string; name: string; group: string }[];
    expect(list).toEqual(sampleRoster.map((a) => ({ code: a.code, name: a.name, group: a.group })));
  });

  test('reads a CSV roster with Vietnamese headers', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-roster-'));
    const file = path.join(dir, 'don-vi.csv');
    writeFileSync(file, '\uFEFFMã;Tên;Nhóm\nSO-A;Sở A;so\nH-B;Huyện B;huyen\n');
    const r = await runCli(['roster', '--roster', file]);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual([
      { code: 'SO-A', name: 'Sở A', group: 'so' },
      { code: 'H-B', name: 'Huyện B', group: 'huyen' },
    ]);
  });

  test('reads an .xlsx roster (Vietnamese headers, aliases column)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-roster-'));
    const file = path.join(dir, 'don-vi.xlsx');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    ws.addRow(['Mã', 'Tên', 'Nhóm', 'Tên khác']);
    ws.addRow(['SO-Y-TE', 'Sở Y tế', 'so', 'SYT; Sở Y tế Thanh Hóa']);
    await wb.xlsx.writeFile(file);
    const r = await runCli(['roster', '--roster', file]);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual([{ code: 'SO-Y-TE', name: 'Sở Y tế', group: 'so' }]);
  });

  test('a bad roster row is reported with the line the user sees in the file, as in the task pane', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-roster-'));
    const file = path.join(dir, 'trung-ma.csv');
    writeFileSync(file, 'Mã,Tên,Nhóm\nSO-A,Sở A,so\nSO-A,Sở B,so\n');
    const r = await runCli(['roster', '--roster', file]);
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/trung-ma\.csv.*dòng 3 \(mã SO-A\)/);
    expect(r.out).toBe('');
  });

  test('a roster without the needed columns stops with a message naming the file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-roster-'));
    const file = path.join(dir, 'sai.csv');
    writeFileSync(file, 'a,b\n1,2\n');
    const r = await runCli(['roster', '--roster', file]);
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('sai.csv');
    expect(r.out).toBe('');
  });
});
