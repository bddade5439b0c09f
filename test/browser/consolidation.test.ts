/**
 * The appraiser's "Tổng hợp" tab in the browser preview: real returned workbooks (written by
 * openpyxl, LibreOffice and ExcelJS; tampered, a renamed CSV, a 2025 form) chosen with the file
 * picker or dropped on the pane, checked in the pane, merged into Bảng 1 / Bảng 2 of the preview
 * workbook; then an appraised score edited in the grid and the tables re-sorted. Expected outcomes
 * and totals come from test/fixtures/returned/expected.json and from the values typed into the forms.
 * Last, the appraisers' own roster file is loaded in the pane and the files are checked against it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { sampleRoster } from '../../src/core/roster/roster';
import { builtInTemplate } from '../../src/core/template/load';
import { evidenceName, scoreName } from '../../src/core/sheet/names';
import { writeFilledForm } from '../support/cli/fill-xlsx';
import { chromiumAvailable } from '../support/browser/browser';
import { startPreviewSession, type PreviewSession } from '../support/browser/preview-session';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const fixtures = path.resolve(__dirname, '../fixtures/returned');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;

interface Expected {
  file: string;
  merge?: { status: string; agencyCode?: string; totalHundredths?: number; problemCodes?: string[] };
}
const manifest = (
  JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as { files: Expected[] }
).files;
function expected(file: string): NonNullable<Expected['merge']> {
  const e = manifest.find((x) => x.file === file)?.merge;
  if (!e) throw new Error(`no expected merge outcome for ${file}`);
  return e;
}

/** The tables' display of integer hundredths (2 decimals, comma), written here independently of the code under test. */
function vi(hundredths: number): string {
  return `${Math.floor(hundredths / 100)},${String(hundredths % 100).padStart(2, '0')}`;
}

const YEAR = 2026; // the fixtures are forms of the 2026 survey
// Forms of the self-scored version 1 (the fixtures too).
const template = builtInTemplate(YEAR, 1);
/** The fixtures are forms of the built-in version 1: merge them under it, as the Sở would for that round. */
async function chooseVersion1(pane: Locator, page: Page): Promise<void> {
  await pane.getByRole('combobox', { name: 'Phiên bản mẫu có sẵn' }).click();
  await page.getByRole('option', { name: '1', exact: true }).click();
}

const nameOf = (code: string): string => {
  const a = sampleRoster.find((x) => x.code === code);
  if (!a) throw new Error(`no agency ${code}`);
  return a.name;
};

// Chosen with the file picker: two good forms from different programs, two with warnings, three refused.
const picked = [
  'openpyxl/so-tu-phap-filled.xlsx',
  'libreoffice/vp-ubnd-tinh-filled.xlsx',
  'libreoffice/ban-dan-toc-text-score.xlsx',
  'libreoffice/ba-thuoc-over-cap.xlsx',
  'libreoffice/so-noi-vu-tampered-total.xlsx',
  'libreoffice/tx-bim-son-csv-renamed.xlsx',
  'libreoffice/bql-kkt-2025-wrong-year.xlsx',
];
const dropped = 'openpyxl/huyen-name-nfd-hoa.xlsx';

describeIfChromium('browser preview: the appraiser consolidates returned workbooks', () => {
  let session: PreviewSession;
  let page: Page;
  let work: string;
  // A third program: the project's writer, filled through the defined names by ExcelJS.
  // Not an agency of another file given (the tampered file is Sở Nội vụ's; its manifest names no code).
  const usedCodes = new Set([...[...picked, dropped].map((f) => expected(f).agencyCode), 'SO-NOI-VU']);
  const excelAgency = sampleRoster.find((a) => a.group === 'so' && !usedCodes.has(a.code));
  if (!excelAgency) throw new Error('no spare agency');
  const soGroup = template.groups.find((g) => g.groupId === 'so');
  if (!soGroup) throw new Error('no "so" group');
  const soSubs = soGroup.criteria.flatMap((c) => c.subCriteria);
  // Every sub-criterion at a third of its cap, rounded down to hundredths.
  const excelScores = Object.fromEntries(soSubs.map((s) => [s.code, Math.floor(s.capHundredths / 3)]));
  const excelTotal = Object.values(excelScores).reduce((a, b) => a + b, 0);
  const excelFile = 'exceljs-filled.xlsx';

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), 'xhcntt-consol-'));
    await writeFilledForm(
      path.join(work, excelFile),
      template,
      excelAgency,
      Object.fromEntries(
        soSubs.flatMap((s) => [
          [scoreName(s.code), (excelScores[s.code] ?? 0) / 100],
          [evidenceName(s.code), `Quyết định số ${s.code}/QĐ-UBND ngày 15/10/${YEAR}`],
        ]),
      ),
      new Date('2026-11-18T02:00:00Z'),
    );
    session = await startPreviewSession();
    page = await session.open();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const pane = (): Locator => page.getByTestId('pane');
  const grid = (): Locator => page.getByTestId('grid');
  const outcome = (file: string): Locator =>
    pane().locator(`[data-testid="file-outcome"][data-file="${file}"]`);

  async function openSheet(name: string): Promise<void> {
    await page
      .getByRole('tablist', { name: 'Các trang tính' })
      .getByRole('tab', { name, exact: true })
      .click();
  }

  /** Every cell the grid shows for the active sheet, by address. */
  async function shownCells(): Promise<Map<string, string>> {
    const pairs = await grid()
      .locator('[data-address]')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-address') ?? '', (e.textContent ?? '').trim()]),
      );
    return new Map(pairs as [string, string][]);
  }

  /** The ranking table as the grid shows it: name, total, rating, rank per row, top to bottom. */
  async function table(
    sheet: string,
  ): Promise<{ name: string; total: string; rating: string; rank: string }[]> {
    await openSheet(sheet);
    await grid().locator('[data-address="A1"]').waitFor();
    const cells = await shownCells();
    const letters = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
    const col = (pred: (h: string) => boolean): string => {
      const found = letters.find((c) => pred(cells.get(`${c}3`) ?? ''));
      if (!found) throw new Error(`column not found in ${sheet}`);
      return found;
    };
    const [name, total, rating, rank] = [
      col((h) => h === 'Tên cơ quan, đơn vị'),
      col((h) => h.startsWith('Tổng điểm')),
      col((h) => h === 'Xếp loại'),
      col((h) => h === 'Xếp hạng'),
    ];
    const rows = [];
    for (let r = 4; cells.get(`${rank}${r}`); r++) {
      const at = (c: string): string => cells.get(`${c}${r}`) ?? '';
      rows.push({ name: at(name), total: at(total), rating: at(rating), rank: at(rank) });
    }
    return rows;
  }

  it('checks many chosen files in the pane and lists each with its outcome, rejected first', async () => {
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    const year = pane().getByRole('combobox', { name: 'Năm khảo sát' });
    await year.click();
    await page.getByRole('option', { name: String(YEAR) }).click();
    await chooseVersion1(pane(), page);
    // A merge deletes and protects sheets, which clears Excel's undo history: said before the button is pressed.
    expect(await pane().getByTestId('undo-notice').textContent()).toContain('Excel xóa lịch sử Hoàn tác');
    await page.screenshot({ path: path.join(artifacts, '30-consolidation-empty.png') });

    await pane()
      .getByTestId('returned-files')
      .setInputFiles([...picked.map((f) => path.join(fixtures, f)), path.join(work, excelFile)]);
    await pane().getByTestId('file-outcome').nth(picked.length).waitFor();
    await pane().getByTestId('check-progress').waitFor({ state: 'detached' });

    const all = [
      ...picked.map((f) => ({ name: path.basename(f), status: expected(f).status })),
      { name: excelFile, status: 'accepted' },
    ];
    for (const f of all) await expect(outcome(f.name).getAttribute('data-outcome')).resolves.toBe(f.status);
    const count = (s: string): string => String(all.filter((f) => f.status === s).length);
    expect(await pane().getByTestId('count-accepted').textContent()).toBe(count('accepted'));
    expect(await pane().getByTestId('count-warnings').textContent()).toBe(count('accepted-with-warnings'));
    expect(await pane().getByTestId('count-rejected').textContent()).toBe(count('rejected'));
    // Rejected files come first in the list.
    const order = await pane()
      .getByTestId('file-outcome')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-outcome')));
    expect(order.slice(0, Number(count('rejected')))).toEqual(
      Array(Number(count('rejected'))).fill('rejected'),
    );

    // A rejected file's messages open under it, in Vietnamese, naming the file.
    const tampered = outcome('so-noi-vu-tampered-total.xlsx');
    await tampered.getByRole('button').first().click();
    const message = tampered.getByTestId('file-problem').first();
    await message.waitFor();
    expect(await message.textContent()).toContain('Tệp “so-noi-vu-tampered-total.xlsx”');
    const csv = outcome('tx-bim-son-csv-renamed.xlsx');
    await csv.getByRole('button').first().click();
    expect(await csv.getByTestId('file-problem').first().textContent()).toMatch(/CSV/);
    await page.screenshot({ path: path.join(artifacts, '31-consolidation-checked.png') });
    await pane().screenshot({ path: path.join(artifacts, '31-consolidation-checked-pane.png') });
  });

  it('merges them into Bảng 1 and Bảng 2 of the workbook, ranked, with the register', async () => {
    // The attachments were saved after the deadline; the appraiser gives the time they arrived instead.
    await pane()
      .getByRole('checkbox', { name: /dùng một thời điểm nhận chung/ })
      .check();
    const merge = pane().getByRole('button', { name: 'Tổng hợp vào bảng tính' });
    expect(await merge.isDisabled()).toBe(true);
    // The browser's own order (month first, AM/PM) is refused in Vietnamese, not misread.
    const time = pane().getByLabel('Thời điểm nhận (giờ Việt Nam)');
    await time.fill(`11/19/${YEAR} 10:00 AM`);
    await pane()
      .getByText(/^Không đọc được .*ngày\/tháng\/năm giờ:phút theo 24 giờ/)
      .waitFor();
    await time.fill(`11/19/${YEAR} 10:00`);
    await pane().getByText(`Ngày 11/19/${YEAR} không có trong lịch.`).waitFor();
    await pane().screenshot({ path: path.join(artifacts, '32-received-at-refused-pane.png') });
    expect(await merge.isDisabled()).toBe(true);
    await time.fill(`19/11/${YEAR} 10:00`);
    await merge.click();
    await pane().getByTestId('run-summary').waitFor();
    for (const sheet of ['Bảng 1', 'Bảng 2', 'Dữ liệu', 'Sổ theo dõi', 'Nhật ký']) {
      await pane().locator(`[data-testid="written-sheet"][data-sheet="${sheet}"]`).waitFor();
    }
    // Each accepted file says it was used.
    await outcome('so-tu-phap-filled.xlsx').getByRole('button').first().click();
    expect(await outcome('so-tu-phap-filled.xlsx').getByTestId('file-action').textContent()).toContain(
      'Đã đưa vào bảng tổng hợp',
    );

    const soRows = [
      { code: 'SO-TU-PHAP', total: expected('openpyxl/so-tu-phap-filled.xlsx').totalHundredths ?? 0 },
      { code: 'VP-UBND-TINH', total: expected('libreoffice/vp-ubnd-tinh-filled.xlsx').totalHundredths ?? 0 },
      {
        code: 'BAN-DAN-TOC',
        total: expected('libreoffice/ban-dan-toc-text-score.xlsx').totalHundredths ?? 0,
      },
      { code: excelAgency.code, total: excelTotal },
    ].sort((a, b) => b.total - a.total);
    const bang1 = await table('Bảng 1');
    expect(bang1.map((r) => [r.name, r.total, r.rank])).toEqual(
      soRows.map((r, i) => [nameOf(r.code), vi(r.total), String(i + 1)]),
    );
    await page.screenshot({ path: path.join(artifacts, '32-bang-1.png') });

    const bang2 = await table('Bảng 2');
    expect(bang2.map((r) => [r.name, r.total])).toEqual([
      [nameOf('H-BA-THUOC'), vi(expected('libreoffice/ba-thuoc-over-cap.xlsx').totalHundredths ?? 0)],
    ]);

    // The register lists the refused files and the agencies not heard from.
    await openSheet('Sổ theo dõi');
    await expect(grid().getByText('Bị từ chối').first().isVisible()).resolves.toBe(true);
    await expect(grid().getByText('Chưa nộp').first().isVisible()).resolves.toBe(true);
    await expect(grid().getByText('Nộp muộn').count()).resolves.toBe(0);
    await expect(grid().getByText('tx-bim-son-csv-renamed.xlsx').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: path.join(artifacts, '33-register.png') });
  });

  it('re-sorts the tables after an appraised score is changed in the data sheet', async () => {
    // Appraise Sở Tư pháp's largest self-score down to 0: it falls below the second agency.
    const row = await page.evaluate(() => {
      const d = (window as unknown as { excelDouble: { value(s: string, a: string): unknown } }).excelDouble;
      let best = { row: 0, self: -1 };
      for (let r = 5; r < 2000; r++) {
        const code = d.value('Dữ liệu', `A${r}`);
        if (code === '' || code === null) break;
        const self = d.value('Dữ liệu', `H${r}`);
        if (code === 'SO-TU-PHAP' && typeof self === 'number' && self > best.self) best = { row: r, self };
      }
      return best;
    });
    expect(row.row).toBeGreaterThan(0);
    const before = await table('Bảng 1');
    const tuPhap = nameOf('SO-TU-PHAP');
    expect(before[0]?.name).toBe(tuPhap);

    await openSheet('Dữ liệu');
    await grid().locator(`[data-address="J${row.row}"]`).click();
    await page.keyboard.type('0');
    await page.keyboard.press('Enter');
    const newTotal =
      (expected('openpyxl/so-tu-phap-filled.xlsx').totalHundredths ?? 0) - Math.round(row.self * 100);

    // The sheet recomputes totals and ranks at once; the order changes only when re-sorted.
    const edited = await table('Bảng 1');
    expect(edited[0]).toMatchObject({ name: tuPhap, total: vi(newTotal) });
    await page.screenshot({ path: path.join(artifacts, '34-appraised-before-resort.png') });

    await pane().getByRole('button', { name: 'Cập nhật xếp hạng' }).click();
    await pane().getByText('Đã cập nhật các bảng trong sổ tính').waitFor();
    const resorted = await table('Bảng 1');
    expect(resorted.map((r) => r.name)).not.toEqual(before.map((r) => r.name));
    expect(resorted.find((r) => r.name === tuPhap)?.total).toBe(vi(newTotal));
    const totals = resorted.map((r) => Number(r.total.replace(',', '.')));
    expect([...totals].sort((a, b) => b - a)).toEqual(totals);
    expect(resorted.map((r) => r.rank)).toEqual(resorted.map((_, i) => String(i + 1)));
    await page.screenshot({ path: path.join(artifacts, '35-resorted.png') });

    // The audit sheet records the change.
    await openSheet('Nhật ký');
    await expect(grid().getByText('Đổi điểm thẩm định').first().isVisible()).resolves.toBe(true);
  });

  it('reads a file dropped on the pane and merges it into the existing tables', async () => {
    const bytes = [...readFileSync(path.join(fixtures, dropped))];
    const name = path.basename(dropped);
    await pane()
      .getByTestId('drop-zone')
      .evaluate(
        (el, { bytes: b, name: n }) => {
          const data = new DataTransfer();
          data.items.add(new File([new Uint8Array(b)], n, { lastModified: Date.UTC(2026, 10, 17) }));
          for (const type of ['dragenter', 'dragover', 'drop']) {
            el.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
          }
        },
        { bytes, name },
      );
    await outcome(name).waitFor();
    expect(await outcome(name).getAttribute('data-outcome')).toBe(expected(dropped).status);
    // A new batch: the files merged before are no longer listed.
    await expect(pane().getByTestId('file-outcome').count()).resolves.toBe(1);

    await pane().getByRole('button', { name: 'Tổng hợp vào bảng tính' }).click();
    await pane().getByText('Đã ghi vào sổ tính đang mở').waitFor();
    const bang2 = await table('Bảng 2');
    expect(bang2.map((r) => r.name)).toEqual([nameOf('TP-THANH-HOA'), nameOf('H-BA-THUOC')]);
    await pane().screenshot({ path: path.join(artifacts, '36-dropped-merged-pane.png') });
  });

  it('recognises the consolidation when the pane is opened again on the workbook', async () => {
    await page.evaluate(() => (window as unknown as { reopenPane: () => void }).reopenPane());
    const notice = pane().getByTestId('existing-consolidation');
    await notice.waitFor();
    expect(await pane().getByRole('tab', { name: 'Tổng hợp' }).getAttribute('aria-selected')).toBe('true');
    expect(await notice.textContent()).toContain(`năm ${YEAR}`);
    // Every file accepted (with or without warnings) is one agency in the tables.
    const merged = [...picked, dropped].filter((f) => expected(f).status !== 'rejected').length + 1;
    expect(await notice.textContent()).toContain(`${merged} đơn vị`);
    expect(await pane().getByRole('button', { name: 'Cập nhật xếp hạng' }).isEnabled()).toBe(true);
    // The roster the tables were built with (here the built-in sample) is stored with them and in effect again.
    const inEffect = pane().locator('[data-testid="roster-in-effect"][data-source="stored"]');
    await inEffect.waitFor();
    expect(await inEffect.textContent()).toBe(
      `Danh sách đã dùng cho bảng tổng hợp này: danh sách mẫu có sẵn, ${sampleRoster.length} cơ quan, đơn vị (20 sở, ban, ngành cấp tỉnh; 27 UBND các huyện, thị xã, thành phố).`,
    );
    await expect(pane().getByTestId('roster-reload-hint').count()).resolves.toBe(0);
    await pane().screenshot({ path: path.join(artifacts, '37-reopened.png') });
  });

  it('loads the appraisers’ roster file; files are checked again against it, and a bad file changes nothing', async () => {
    // An agency only in the appraisers' roster, and Sở Tư pháp (in the built-in sample, not in that roster).
    const newAgency = {
      code: 'BQL-DA-XD',
      name: 'Ban Quản lý dự án đầu tư xây dựng tỉnh Thanh Hóa',
      group: 'so',
    };
    const newFile = 'bql-da-xd.xlsx';
    const tuPhapFile = 'so-tu-phap-filled.xlsx';
    await writeFilledForm(
      path.join(work, newFile),
      template,
      newAgency,
      Object.fromEntries(
        soSubs.flatMap((s) => [
          [scoreName(s.code), (excelScores[s.code] ?? 0) / 100],
          [evidenceName(s.code), `Quyết định số ${s.code}/QĐ-UBND ngày 15/10/${YEAR}`],
        ]),
      ),
      new Date('2026-11-18T02:00:00Z'),
    );
    // As Excel saves "CSV UTF-8" with a Vietnamese list separator: BOM, semicolons; names typed in NFD.
    const goodRoster = path.join(work, 'don-vi-2026.csv');
    writeFileSync(
      goodRoster,
      `\uFEFF${[
        'Mã;Tên cơ quan, đơn vị;Nhóm;Tên khác',
        `${newAgency.code};${newAgency.name};so;"Ban QLDA ĐTXD tỉnh; BQLDA XD"`,
        'SO-Y-TE;Sở Y tế;so;',
        'TP-THANH-HOA;UBND thành phố Thanh Hóa;huyen;',
        'H-NHU-XUAN;UBND huyện Như Xuân;huyen;',
      ]
        .join('\r\n')
        .normalize('NFD')}\r\n`,
    );
    const badRoster = path.join(work, 'don-vi-sai.csv');
    writeFileSync(badRoster, 'Mã,Tên,Nhóm\nSO-A,Sở A,so\nSO-A,Sở B,so\nSO-C,,xa\n');

    const p2 = await session.open();
    try {
      const pane2 = p2.getByTestId('pane');
      const result = (file: string, status: string): Locator =>
        pane2.locator(`[data-testid="file-outcome"][data-file="${file}"][data-outcome="${status}"]`);
      const inEffect = pane2.getByTestId('roster-in-effect');
      await pane2.getByRole('tab', { name: 'Tổng hợp' }).click();
      await pane2.getByRole('combobox', { name: 'Năm khảo sát' }).click();
      await p2.getByRole('option', { name: String(YEAR) }).click();
      await chooseVersion1(pane2, p2);
      expect(await inEffect.textContent()).toBe(
        `Danh sách mẫu có sẵn: ${sampleRoster.length} cơ quan, đơn vị (20 sở, ban, ngành cấp tỉnh; 27 UBND các huyện, thị xã, thành phố).`,
      );

      // With the built-in sample: the new agency is unknown, Sở Tư pháp is accepted.
      await pane2
        .getByTestId('returned-files')
        .setInputFiles([path.join(work, newFile), path.join(fixtures, 'openpyxl', tuPhapFile)]);
      await result(newFile, 'rejected').waitFor();
      await result(tuPhapFile, 'accepted').waitFor();

      // A roster file with bad rows: every problem is listed with its line; the sample stays in effect.
      await pane2.getByTestId('roster-file').setInputFiles(badRoster);
      const problems = pane2.getByTestId('roster-problem');
      await problems.first().waitFor();
      const texts = await problems.allTextContents();
      // The title names the file; each problem its line (the header is line 1).
      expect(texts).toEqual([
        'Dòng 3 (mã SO-A): mã SO-A trùng với dòng 2.',
        'Dòng 4 (mã SO-C): thiếu tên cơ quan, đơn vị.',
        'Dòng 4 (mã SO-C): nhóm “xa” không hợp lệ; dùng một trong “so”, “huyen”.',
      ]);
      const refusal = await pane2.getByTestId('roster-problems').textContent();
      expect(refusal).toContain('Không dùng được tệp “don-vi-sai.csv” (3 lỗi)');
      expect(refusal).toContain('Vẫn dùng danh sách đang có');
      expect(await inEffect.getAttribute('data-source')).toBe('builtin');
      // Nothing in the pane is wider than the pane (it would scroll sideways and cut the text off).
      expect(await p2.locator('.pane-scroll').evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
      await pane2.screenshot({
        path: path.join(artifacts, '40-roster-refused-pane.png'),
        animations: 'disabled',
      });

      // The good file: in effect, with counts per group; the files are checked again against it.
      await pane2.getByTestId('roster-file').setInputFiles(goodRoster);
      await pane2.locator('[data-testid="roster-in-effect"][data-source="file"]').waitFor();
      expect(await inEffect.textContent()).toBe(
        'Tệp don-vi-2026.csv: 4 cơ quan, đơn vị (2 sở, ban, ngành cấp tỉnh; 2 UBND các huyện, thị xã, thành phố).',
      );
      await expect(pane2.getByTestId('roster-problems').count()).resolves.toBe(0);
      await result(newFile, 'accepted').waitFor();
      await result(tuPhapFile, 'rejected').waitFor();
      await pane2.getByTestId('check-progress').waitFor({ state: 'detached' });
      // The pane shows the roster's name (NFC, as typed in the file) for the new agency.
      const accepted = result(newFile, 'accepted');
      await accepted.getByRole('button').first().click();
      await accepted.getByText(`Đơn vị: ${newAgency.name}`, { exact: true }).waitFor();
      const refused = result(tuPhapFile, 'rejected');
      await refused.getByRole('button').first().click();
      expect(await refused.getByTestId('file-problem').first().textContent()).toContain(
        'không có trong danh sách đơn vị',
      );
      expect(await pane2.getByRole('button', { name: 'Tổng hợp vào bảng tính' }).isEnabled()).toBe(true);
      await pane2.getByTestId('roster-in-effect').scrollIntoViewIfNeeded();
      await pane2.screenshot({
        path: path.join(artifacts, '41-roster-loaded-pane.png'),
        animations: 'disabled',
      });
      await accepted.scrollIntoViewIfNeeded();
      await pane2.screenshot({
        path: path.join(artifacts, '42-roster-files-checked-pane.png'),
        animations: 'disabled',
      });

      // Back to the built-in sample: checked again, as at first.
      await pane2.getByRole('button', { name: 'Dùng danh sách mẫu' }).click();
      await pane2.locator('[data-testid="roster-in-effect"][data-source="builtin"]').waitFor();
      await result(newFile, 'rejected').waitFor();
      await result(tuPhapFile, 'accepted').waitFor();

      // The same roster as an .xlsx (its reader is fetched only now), with a title above the header.
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Danh sách');
      ws.addRow(['Danh sách đơn vị năm 2026']);
      ws.addRow(['Mã', 'Tên', 'Nhóm']);
      ws.addRow([newAgency.code, newAgency.name, 'so']);
      const xlsxRoster = path.join(work, 'don-vi-2026.xlsx');
      await wb.xlsx.writeFile(xlsxRoster);
      await pane2.getByTestId('roster-file').setInputFiles(xlsxRoster);
      await pane2.locator('[data-testid="roster-in-effect"][data-source="file"]').waitFor();
      expect(await inEffect.textContent()).toBe(
        'Tệp don-vi-2026.xlsx: 1 cơ quan, đơn vị (1 sở, ban, ngành cấp tỉnh).',
      );
      await result(newFile, 'accepted').waitFor();
      await result(tuPhapFile, 'rejected').waitFor();
    } finally {
      await p2.close();
    }
  });

  it('keeps the roster file a consolidation was built with: reopened, the pane uses it again', async () => {
    const roster = path.join(work, 'don-vi.csv');
    const rows = [
      'SO-TU-PHAP;Sở Tư pháp;so;STP',
      'SO-Y-TE;Sở Y tế;so;',
      'TP-THANH-HOA;UBND thành phố Thanh Hóa;huyen;',
    ];
    writeFileSync(roster, `\uFEFF${['Mã;Tên;Nhóm;Tên khác', ...rows].join('\r\n').normalize('NFD')}\r\n`);
    const tuPhapFile = 'so-tu-phap-filled.xlsx';
    const p3 = await session.open();
    try {
      const pane3 = p3.getByTestId('pane');
      const inEffect = pane3.getByTestId('roster-in-effect');
      await pane3.getByRole('tab', { name: 'Tổng hợp' }).click();
      await pane3.getByRole('combobox', { name: 'Năm khảo sát' }).click();
      await p3.getByRole('option', { name: String(YEAR) }).click();
      await chooseVersion1(pane3, p3);
      await pane3.getByTestId('roster-file').setInputFiles(roster);
      await pane3.locator('[data-testid="roster-in-effect"][data-source="file"]').waitFor();
      await pane3.getByTestId('returned-files').setInputFiles(path.join(fixtures, 'openpyxl', tuPhapFile));
      await pane3
        .locator(`[data-testid="file-outcome"][data-file="${tuPhapFile}"][data-outcome="accepted"]`)
        .waitFor();
      await pane3.getByRole('button', { name: 'Tổng hợp vào bảng tính' }).click();
      await pane3.getByTestId('run-summary').waitFor();

      await p3.evaluate(() => (window as unknown as { reopenPane: () => void }).reopenPane());
      await pane3.getByTestId('existing-consolidation').waitFor();
      await pane3.locator('[data-testid="roster-in-effect"][data-source="stored"]').waitFor();
      expect(await inEffect.textContent()).toBe(
        'Danh sách đã dùng cho bảng tổng hợp này: tệp don-vi.csv, 3 cơ quan, đơn vị (2 sở, ban, ngành cấp tỉnh; 1 UBND các huyện, thị xã, thành phố).',
      );
      await expect(pane3.getByTestId('roster-reload-hint').count()).resolves.toBe(0);
      await pane3.screenshot({
        path: path.join(artifacts, '43-stored-roster-pane.png'),
        animations: 'disabled',
      });

      // Re-sorted with it: the register lists as "Chưa nộp" only the two other agencies of that file.
      await pane3.getByRole('button', { name: 'Cập nhật xếp hạng' }).click();
      await pane3.getByText('Đã cập nhật xếp hạng').waitFor();
      await p3
        .getByRole('tablist', { name: 'Các trang tính' })
        .getByRole('tab', { name: 'Sổ theo dõi', exact: true })
        .click();
      const grid3 = p3.getByTestId('grid');
      await grid3.locator('[data-address="A1"]').waitFor();
      await expect(grid3.getByText('Chưa nộp', { exact: true }).count()).resolves.toBe(2);

      // Another choice is still possible, and says it will replace the stored one.
      await pane3.getByRole('button', { name: 'Dùng danh sách mẫu' }).click();
      await pane3.locator('[data-testid="roster-in-effect"][data-source="builtin"]').waitFor();
      await pane3.getByTestId('roster-replaces-stored').waitFor();
      await pane3.getByRole('button', { name: 'Dùng danh sách đã lưu' }).click();
      await pane3.locator('[data-testid="roster-in-effect"][data-source="stored"]').waitFor();
    } finally {
      await p3.close();
    }
  });

  it('explains in Vietnamese that an older Excel cannot write the tables, but still checks files', async () => {
    const old = await session.open('?excelApi=1.4');
    const p = old.getByTestId('pane');
    await p.getByRole('tab', { name: 'Tổng hợp' }).click();
    await p.getByTestId('consolidation-unavailable').waitFor();
    expect(await p.getByTestId('consolidation-unavailable').textContent()).toContain('ExcelApi 1.8');
    await p.getByTestId('returned-files').setInputFiles(path.join(fixtures, picked[0] ?? ''));
    await p.getByTestId('file-outcome').first().waitFor();
    expect(await p.getByRole('button', { name: 'Tổng hợp vào bảng tính' }).isDisabled()).toBe(true);
    await old.close();
  });
});
