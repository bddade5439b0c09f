/**
 * "Xuất văn bản" in the browser preview, as an appraiser uses it: filled forms merged in the pane,
 * then the Sở's Word template and last year's JSON report chosen with the file pickers; the three
 * documents downloaded from the pane's links hold the same text and charts as those of
 * `xep-hang-cntt report` for the same forms, template and last year. The chart PNGs come from the
 * browser's canvas here: they are compared by size, the SVGs by content.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { defaultSettings } from '../../src/core/documents/settings';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { builtInTemplate } from '../../src/core/template/load';
import { settingsTemplateBytes } from '../../src/docx/settings-template';
import { writeFilledForm } from '../support/cli/fill-xlsx';
import { runCli, runReport } from '../support/cli/run-cli';
import { decodePng } from '../support/documents/png';
import { chromiumAvailable } from '../support/browser/browser';
import { startPreviewSession, type PreviewSession } from '../support/browser/preview-session';

jest.setTimeout(400_000);

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;
const regime = builtInRegime;

/** Forms of a few agencies of both groups, scores varying with `seed`. */
async function fill(dir: string, year: number, seed: number): Promise<string[]> {
  // Self-scored forms (version 1), as agencies filled them before version 2 computed points from figures.
  const template = builtInTemplate(year, 1, regime);
  mkdirSync(dir, { recursive: true });
  const agencies = [
    ...sampleRoster.filter((a) => a.group === 'so').slice(seed, seed + 4),
    ...sampleRoster.filter((a) => a.group === 'huyen').slice(seed, seed + 3),
  ];
  const files: string[] = [];
  for (const [i, a] of agencies.entries()) {
    const subs = (template.groups.find((g) => g.groupId === a.group)?.criteria ?? []).flatMap(
      (c) => c.subCriteria,
    );
    const values: Record<string, number | string> = {};
    subs.forEach((s, k) => {
      const tenth = i % 3 === 0 ? 10 : (i * 7 + k * 3 + seed) % 11;
      values[`TC_${s.code.replace('.', '_')}`] = Math.floor((s.capHundredths * tenth) / 10) / 100;
      values[`MC_${s.code.replace('.', '_')}`] = `Văn bản số ${s.code}/${year}`;
    });
    const file = path.join(dir, `${a.code.toLowerCase()}.xlsx`);
    await writeFilledForm(file, template, a, values, new Date(Date.UTC(year, 10, 12, 2)));
    files.push(file);
  }
  return files;
}

/** Paragraph text and the charts' SVG of a .docx; the PNG fallbacks' sizes. */
function contents(bytes: Uint8Array): { text: string; pngs: string[] } {
  const zip = unzipSync(bytes);
  const xml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
  const text = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)]
    .map((m) => m[1] ?? '\n')
    .join('');
  const media = Object.keys(zip).sort();
  const svgs = media.filter((k) => k.endsWith('.svg')).map((k) => strFromU8(zip[k] ?? new Uint8Array()));
  const pngs = media
    .filter((k) => k.endsWith('.png'))
    .map((k) => {
      const png = decodePng(zip[k] ?? new Uint8Array());
      return `${png.width}×${png.height}`;
    });
  return { text: [text, ...svgs].join('\n---\n'), pngs };
}

describeIfChromium('browser preview: "Xuất văn bản" with a Word template and last year', () => {
  let session: PreviewSession;
  let page: Page;
  const work = mkdtempSync(path.join(tmpdir(), 'xhcntt-e2e-docs-'));
  let forms: string[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    forms = await fill(path.join(work, 'phieu-2026'), 2026, 0);
    await fill(path.join(work, 'phieu-2025'), 2025, 1);
    const settings = defaultSettings(regime);
    writeFileSync(
      path.join(work, 'mau.docx'),
      await settingsTemplateBytes(
        {
          ...settings,
          report: { ...settings.report, signature: { ...settings.report.signature, name: 'Lê Văn Thử' } },
        },
        regime,
      ),
    );
    for (const year of [2025, 2026]) {
      const r = await runCli([
        'consolidate',
        '--year',
        String(year),
        '--received-at',
        `${year}-11-19 10:00:00`,
        '--out',
        path.join(work, `xep-hang-${year}.xlsx`),
        '--json',
        path.join(work, `xep-hang-${year}.json`),
        path.join(work, `phieu-${year}`),
      ]);
      expect(r.err).toBe('');
    }
    const r = await runReport({
      consolidation: path.join(work, 'xep-hang-2026.xlsx'),
      previous: path.join(work, 'xep-hang-2025.json'),
      docxTemplate: path.join(work, 'mau.docx'),
      outDir: path.join(work, 'cli'),
    });
    expect(r.err).toBe('');
    session = await startPreviewSession();
    page = await session.open();
  }, 400_000);

  afterAll(async () => {
    await session?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('downloads the same three documents as the CLI', async () => {
    const pane = page.getByTestId('pane');
    await pane.getByRole('tab', { name: 'Tổng hợp' }).click();
    await pane.getByRole('combobox', { name: 'Năm khảo sát' }).click();
    await page.getByRole('option', { name: '2026' }).click();
    await pane.getByTestId('returned-files').setInputFiles(forms);
    await pane
      .getByTestId('file-outcome')
      .nth(forms.length - 1)
      .waitFor();
    await pane.getByTestId('check-progress').waitFor({ state: 'detached' });
    await pane.getByRole('checkbox', { name: /dùng một thời điểm nhận chung/ }).check();
    await pane.getByLabel('Thời điểm nhận (giờ Việt Nam)').fill('19/11/2026 10:00');
    await pane.getByRole('button', { name: 'Tổng hợp vào bảng tính' }).click();
    await pane.getByTestId('run-summary').waitFor();

    const exportBox = pane.getByTestId('export-documents');
    await exportBox.getByTestId('documents-template').setInputFiles(path.join(work, 'mau.docx'));
    await exportBox.getByTestId('documents-previous').setInputFiles(path.join(work, 'xep-hang-2025.json'));
    expect(await exportBox.getByTestId('documents-previous-name').textContent()).toBe('“xep-hang-2025.json”');
    await exportBox.getByRole('button', { name: 'Xuất văn bản' }).click();
    await exportBox.getByTestId('document-link').nth(2).waitFor({ timeout: 120_000 });
    expect(await exportBox.getByTestId('documents-summary').textContent()).toContain(
      'So sánh với kết quả năm 2025 trong “xep-hang-2025.json”',
    );
    await exportBox.screenshot({ path: path.join(artifacts, '60-documents-exported.png') });

    const links = await exportBox
      .getByTestId('document-link')
      .evaluateAll((els) => els.map((e) => [e.getAttribute('download') ?? '', e.getAttribute('href') ?? '']));
    expect(links.map(([name]) => name).sort()).toEqual(readdirSync(path.join(work, 'cli')).sort());
    for (const [name, href] of links) {
      const base64 = await page.evaluate(async (url) => {
        const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return btoa(s);
      }, href ?? '');
      const pane = contents(new Uint8Array(Buffer.from(base64, 'base64')));
      const cli = contents(new Uint8Array(readFileSync(path.join(work, 'cli', name ?? ''))));
      expect(pane.text).toBe(cli.text);
      expect(pane.pngs).toEqual(cli.pngs);
      if (name?.startsWith('bao-cao')) {
        expect(pane.text).toContain('Lê Văn Thử');
        expect(pane.pngs).toHaveLength(4);
      }
    }
  });
});
