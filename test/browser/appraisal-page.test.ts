/**
 * The appraisers' page (tong-hop.html) in Chromium, without Excel or Office.js: returned workbooks
 * chosen, every file's outcome shown, the consolidation downloaded; the workbook read back and
 * compared cell by cell with what `xep-hang-cntt consolidate` writes for the same files. Then the
 * appraisers' entries typed into the downloaded file survive a re-merge with a late file, as in
 * the CLI. Nothing is requested from anywhere but the page's own server.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { builtInTemplate, templateToJson } from '../../src/core/template/load';
import { readReturnedWorkbook } from '../../src/xlsx/read-workbook';
import type { ReturnedWorkbook } from '../../src/core/returned/types';
import { runCli } from '../support/cli/run-cli';
import { chromiumAvailable, launchChromium } from '../support/browser/browser';
import { buildPreview } from '../support/browser/build-preview';
import { serveDirectory, type StaticServer } from '../support/browser/static-server';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const fixtures = path.resolve(__dirname, '../fixtures/returned');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;

interface Expected {
  file: string;
  merge?: { status: string; agencyCode?: string };
}
const expectedFiles = (
  JSON.parse(readFileSync(path.join(fixtures, 'expected.json'), 'utf8')) as { files: Expected[] }
).files;
const statusOf = (file: string): string => {
  const s = expectedFiles.find((f) => f.file === file)?.merge?.status;
  if (!s) throw new Error(`no expected outcome for ${file}`);
  return s;
};

// Accepted, accepted with warnings and refused files from LibreOffice and openpyxl; one comes late.
const first = [
  'openpyxl/so-tu-phap-filled.xlsx',
  'libreoffice/vp-ubnd-tinh-filled.xlsx',
  'libreoffice/ban-dan-toc-text-score.xlsx',
  'libreoffice/so-noi-vu-tampered-total.xlsx',
  'libreoffice/tx-bim-son-csv-renamed.xlsx',
];
const late = 'libreoffice/ba-thuoc-over-cap.xlsx';
const RECEIVED = { page: '18/11/2026 09:30', cli: '2026-11-18 09:30:00' };
const LATE_RECEIVED = { page: '25/11/2026 14:00', cli: '2026-11-25 14:00:00' };

/** Every cell of every sheet, by sheet and address; the run's own clock is masked (see below). */
function cellsOf(wb: ReturnedWorkbook): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(wb.cells).map(([sheet, cells]) => [
      sheet,
      Object.fromEntries(
        Object.entries(cells).map(([addr, c]) => [addr, { v: c.value, f: c.formula, e: c.error }]),
      ),
    ]),
  );
}

/**
 * The two runs differ only in when they ran: the log's time column of the merge entries and the
 * "generated at" metadata. Those hold ISO or Vietnamese date-times of today, so any value equal
 * to a run's own time is replaced in both; everything else must match exactly.
 */
function masked(wb: ReturnedWorkbook, runTimes: RegExp): Record<string, Record<string, unknown>> {
  const cells = cellsOf(wb);
  for (const sheet of Object.values(cells)) {
    for (const [addr, cell] of Object.entries(sheet)) {
      const v = (cell as { v: unknown }).v;
      if (typeof v === 'string' && runTimes.test(v))
        sheet[addr] = { ...(cell as object), v: '<thời điểm chạy>' };
    }
  }
  return cells;
}

function read(bytes: Uint8Array, name: string): ReturnedWorkbook {
  const r = readReturnedWorkbook(bytes, name);
  if (!r.ok) throw new Error(r.problem.message);
  return r.workbook;
}

describeIfChromium("the appraisers' page: consolidation in the browser, same workbook as the CLI", () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  let work: string;
  const foreignRequests: string[] = [];
  const cwd = process.cwd();

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), 'xhcntt-tong-hop-'));
    // One flat folder: the CLI, run from it, names files as the browser does (by their own names).
    mkdirSync(path.join(work, 'inbox'));
    for (const f of [...first, late])
      copyFileSync(path.join(fixtures, f), path.join(work, 'inbox', path.basename(f)));
    // The fixtures are forms of the built-in version 1: the CLI is given it as a file, the page picks it.
    writeFileSync(path.join(work, 'mau-v1.json'), JSON.stringify(templateToJson(builtInTemplate(2026, 1))));
    outDir = buildPreview('taskpane');
    server = await serveDirectory(outDir);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1000, height: 1400 },
      acceptDownloads: true,
    });
    page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
        foreignRequests.push(r.url());
    });
  }, 240_000);

  afterAll(async () => {
    process.chdir(cwd);
    await browser?.close();
    await server?.close();
    if (outDir) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`${outDir}-stats.json`, { force: true });
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const inbox = (f: string): string => path.join(work, 'inbox', path.basename(f));
  const outcome = (f: string) =>
    page.locator(`[data-testid="file-outcome"][data-file="${path.basename(f)}"]`);

  async function setReceivedAt(value: string): Promise<void> {
    const box = page.getByLabel(
      'Các tệp đã được lưu lại hoặc chép sau khi nhận: dùng một thời điểm nhận chung',
    );
    if (!(await box.isChecked())) await box.check();
    await page.getByLabel('Thời điểm nhận (giờ Việt Nam)').fill(value);
  }

  async function download(): Promise<Uint8Array> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('download-consolidation').click(),
    ]);
    const saved = path.join(work, `page-${Date.now()}.xlsx`);
    await file.saveAs(saved);
    await page.getByTestId('run-summary').waitFor();
    return new Uint8Array(readFileSync(saved));
  }

  async function cli(args: string[]): Promise<void> {
    process.chdir(path.join(work, 'inbox'));
    try {
      const r = await runCli([
        'consolidate',
        '--year',
        '2026',
        '--template',
        path.join(work, 'mau-v1.json'),
        ...args,
      ]);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    } finally {
      process.chdir(cwd);
    }
  }

  /** Today's run times as the workbook may write them: ISO (UTC) or Vietnamese date-times of today. */
  function runTimes(): RegExp {
    const now = new Date();
    const days = [now, new Date(now.getTime() + 7 * 3600_000)].map((t) => {
      const y = t.getUTCFullYear();
      const m = String(t.getUTCMonth() + 1).padStart(2, '0');
      const d = String(t.getUTCDate()).padStart(2, '0');
      return `${y}-${m}-${d}[T ]\\d{2}:\\d{2}|${d}/${m}/${y} \\d{2}:\\d{2}`;
    });
    return new RegExp(`^(${days.join('|')})`);
  }

  it('checks every chosen file, shows its outcome, and downloads the same workbook the CLI writes', async () => {
    await page.goto(`${server.url}tong-hop.html`);
    await page.getByRole('heading', { name: 'Tổng hợp phiếu xếp hạng ứng dụng CNTT' }).waitFor();
    await page.getByRole('combobox', { name: 'Phiên bản mẫu có sẵn' }).click();
    await page.getByRole('option', { name: '1', exact: true }).click();
    await setReceivedAt(RECEIVED.page);
    await page.getByTestId('returned-files').setInputFiles(first.map(inbox));
    await page
      .getByTestId('file-outcome')
      .nth(first.length - 1)
      .waitFor();
    for (const f of first) await expect(outcome(f).getAttribute('data-outcome')).resolves.toBe(statusOf(f));
    await page.screenshot({ path: path.join(artifacts, 'tong-hop-checked.png'), fullPage: true });

    const bytes = await download();
    await expect(
      page.getByTestId('written-sheet').evaluateAll((els) => els.map((e) => e.getAttribute('data-sheet'))),
    ).resolves.toEqual(['Bảng 1', 'Bảng 2', 'Dữ liệu', 'Sổ theo dõi', 'Nhật ký']);
    await page.screenshot({ path: path.join(artifacts, 'tong-hop-downloaded.png'), fullPage: true });

    await cli([
      '--received-at',
      RECEIVED.cli,
      '--out',
      path.join(work, 'cli.xlsx'),
      ...first.map((f) => path.basename(f)),
    ]);
    const fromPage = read(bytes, 'xep-hang-2026.xlsx');
    const fromCli = read(new Uint8Array(readFileSync(path.join(work, 'cli.xlsx'))), 'xep-hang-2026.xlsx');
    expect(fromPage.sheets).toEqual(fromCli.sheets);
    expect(fromPage.names).toEqual(fromCli.names);
    expect(masked(fromPage, runTimes())).toEqual(masked(fromCli, runTimes()));
    // The tables rank the accepted agencies; the refused files are in the register, not in the tables.
    const dataCells = Object.values(fromPage.cells['Dữ liệu'] ?? {}).map((c) => c.value);
    expect(dataCells).toEqual(expect.arrayContaining(['SO-TU-PHAP', 'VP-UBND-TINH', 'BAN-DAN-TOC']));
    expect(dataCells).not.toContain('SO-NOI-VU');
    expect(foreignRequests).toEqual([]);
  }, 180_000);

  it("re-merges a late file into the consolidation chosen from disk, keeping the appraisers' entries like the CLI", async () => {
    // The appraisers open the downloaded file in Excel and appraise one score with a reason.
    const cliOut = path.join(work, 'cli.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(cliOut) as unknown as ArrayBuffer);
    let edited = 0;
    wb.getWorksheet('Dữ liệu')?.eachRow((row) => {
      if (row.getCell(1).value === 'SO-TU-PHAP' && row.getCell(5).value === '1.1') {
        row.getCell(10).value = 0;
        row.getCell(11).value = 'Không có minh chứng';
        edited++;
      }
    });
    expect(edited).toBe(1);
    const appraised = path.join(work, 'xep-hang-2026.xlsx');
    await wb.xlsx.writeFile(appraised);
    copyFileSync(appraised, cliOut);

    await page.reload();
    await page.getByTestId('previous-file').setInputFiles(appraised);
    await expect(page.getByTestId('previous-summary').textContent()).resolves.toMatch(
      /xep-hang-2026\.xlsx: bảng tổng hợp năm 2026/,
    );
    await setReceivedAt(LATE_RECEIVED.page);
    await page.getByTestId('returned-files').setInputFiles([inbox(late)]);
    await outcome(late).waitFor();
    await expect(outcome(late).getAttribute('data-outcome')).resolves.toBe(statusOf(late));
    const bytes = await download();
    await page.screenshot({ path: path.join(artifacts, 'tong-hop-remerged.png'), fullPage: true });

    await cli(['--received-at', LATE_RECEIVED.cli, '--out', cliOut, path.basename(late)]);
    const fromPage = read(bytes, 'xep-hang-2026.xlsx');
    const fromCli = read(new Uint8Array(readFileSync(cliOut)), 'xep-hang-2026.xlsx');
    expect(masked(fromPage, runTimes())).toEqual(masked(fromCli, runTimes()));

    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ArrayBuffer);
    let kept = false;
    let lateRow = false;
    back.getWorksheet('Dữ liệu')?.eachRow((row) => {
      if (row.getCell(1).value === 'SO-TU-PHAP' && row.getCell(5).value === '1.1')
        kept = row.getCell(10).value === 0 && row.getCell(11).value === 'Không có minh chứng';
      if (row.getCell(1).value === 'H-BA-THUOC') lateRow = true;
    });
    expect(kept).toBe(true);
    expect(lateRow).toBe(true);
    expect(foreignRequests).toEqual([]);
  }, 180_000);

  it('refuses a chosen file that is not a consolidation, and keeps the download disabled', async () => {
    await page.reload();
    await page.getByTestId('previous-file').setInputFiles(inbox(first[0] ?? ''));
    await expect(page.getByTestId('previous-problem').textContent()).resolves.toMatch(
      /so-tu-phap-filled\.xlsx.*không phải bảng tổng hợp/,
    );
    await page.getByTestId('returned-files').setInputFiles([inbox(late)]);
    await outcome(late).waitFor();
    await expect(page.getByTestId('download-consolidation').isDisabled()).resolves.toBe(true);
  }, 60_000);
});
