/**
 * What the appraiser meets before and after pressing “Tổng hợp vào bảng tính” in a workbook that
 * holds a survey form: a warning up front in the tab, late files marked before the merge, and the
 * refusal shown (and announced) right under the button. The form inserted first is a blank
 * format-2 form, whose computed rows hold formulas: the pane shows no rating for it.
 * Screenshots go to test-artifacts/e2e/.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { format2Json } from '../support/format2-template';
import { chromiumAvailable } from '../support/browser/browser';
import { startPreviewSession, type PreviewSession } from '../support/browser/preview-session';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const fixtures = path.resolve(__dirname, '../fixtures/returned');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;

const YEAR = 2026; // the fixtures are forms of the 2026 survey; its return-by day is 20/11/2026
const onTime = 'so-tu-phap-filled.xlsx';
const late = 'vp-ubnd-tinh-filled.xlsx';

describeIfChromium('browser preview: the Tổng hợp tab in a workbook that holds a survey', () => {
  let session: PreviewSession;
  let page: Page;
  let work: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), 'xhcntt-upfront-'));
    // Receipt times are the files' modification times: one on the last day (Vietnam time), one after it.
    copyFileSync(path.join(fixtures, 'openpyxl', onTime), path.join(work, onTime));
    utimesSync(path.join(work, onTime), new Date('2026-11-20T16:00:00Z'), new Date('2026-11-20T16:00:00Z'));
    copyFileSync(path.join(fixtures, 'libreoffice', late), path.join(work, late));
    utimesSync(path.join(work, late), new Date('2026-11-21T02:00:00Z'), new Date('2026-11-21T02:00:00Z'));
    writeFileSync(path.join(work, 'mau-2.json'), JSON.stringify(format2Json()));
    session = await startPreviewSession();
    page = await session.open();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const pane = (): Locator => page.getByTestId('pane');
  const row = (file: string): Locator => pane().locator(`[data-testid="file-outcome"][data-file="${file}"]`);

  it('shows no rating for a blank format-2 form, whose computed rows hold formulas', async () => {
    await pane()
      .getByRole('radio', { name: /Tệp mẫu/ })
      .check();
    await pane().getByTestId('template-file').setInputFiles(path.join(work, 'mau-2.json'));
    const combo = pane().getByRole('combobox', { name: /Cơ quan, đơn vị/ });
    await combo.click();
    await combo.fill('tu phap');
    await page.getByRole('option', { name: 'Sở Tư pháp' }).click();
    await pane().getByRole('button', { name: 'Chèn phiếu' }).click();
    await pane().getByTestId('total').waitFor();
    expect(await pane().getByTestId('rating').textContent()).toBe('Chưa nhập điểm');
  });

  it('warns in the tab, before any click, that the tables cannot be written beside the survey', async () => {
    await pane().getByRole('tab', { name: 'Tổng hợp' }).click();
    const warning = pane().getByTestId('survey-in-workbook');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/Sổ tính này chứa phiếu khảo sát.*Sở Tư pháp.*sổ tính mới/);
    await pane().screenshot({ path: path.join(artifacts, '50-upfront-survey-warning.png') });
  });

  it('marks each file late or on time before the merge', async () => {
    const year = pane().getByRole('combobox', { name: 'Năm khảo sát' });
    await year.click();
    await page.getByRole('option', { name: String(YEAR) }).click();
    await pane()
      .getByTestId('returned-files')
      .setInputFiles([path.join(work, onTime), path.join(work, late)]);
    await row(late).waitFor();
    await pane().getByTestId('check-progress').waitFor({ state: 'detached' });
    await expect(row(onTime).getAttribute('data-late')).resolves.toBe('false');
    await expect(row(late).getAttribute('data-late')).resolves.toBe('true');
    expect(await row(onTime).getByTestId('file-lateness').textContent()).toBe('Đúng hạn');
    expect(await row(late).getByTestId('file-lateness').textContent()).toBe('Nộp muộn');
    await row(late).getByRole('button').first().click();
    expect(await row(late).getByTestId('file-received').textContent()).toBe(
      'Nhận lúc 21/11/2026 09:00:00 (giờ Việt Nam): nộp muộn, hạn nộp hết ngày 20/11/2026.',
    );
    await row(late).screenshot({ path: path.join(artifacts, '52-late-file-row.png') });
    // One receipt time for the batch moves both files to that time.
    await pane()
      .getByRole('checkbox', { name: /thời điểm nhận chung/ })
      .check();
    await pane().getByRole('textbox', { name: 'Thời điểm nhận (giờ Việt Nam)' }).fill('20/11/2026 17:00');
    await expect(row(late).getAttribute('data-late')).resolves.toBe('false');
    await pane()
      .getByRole('checkbox', { name: /thời điểm nhận chung/ })
      .uncheck();
    await expect(row(late).getAttribute('data-late')).resolves.toBe('true');
  });

  it('shows the refusal under the button, in a polite live region, not only at the top', async () => {
    const region = pane().getByTestId('merge-outcome');
    await expect(region.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(region.getAttribute('role')).resolves.toBe('status');
    await pane().getByRole('button', { name: 'Tổng hợp vào bảng tính' }).click();
    await region.getByText(/chứa phiếu thu thập số liệu/).waitFor();
    expect(await region.textContent()).toContain('Không tổng hợp được vào bảng tính');
    // Right under the button: the outcome's top is within a few lines of the button's bottom.
    const button = await pane().getByRole('button', { name: 'Tổng hợp vào bảng tính' }).boundingBox();
    const shown = await region.boundingBox();
    expect(button && shown && shown.y - (button.y + button.height)).toBeLessThan(120);
    await expect(
      pane().getByTestId('pane-message').filter({ hasText: 'phiếu thu thập' }).count(),
    ).resolves.toBe(0);
    await pane().screenshot({ path: path.join(artifacts, '51-refusal-under-button.png') });
  });

  it('names nothing in English for screen readers (labels, titles, placeholders) in either tab', async () => {
    const english = /\b(open|close|clear|dismiss|loading|selection|search|expand|collapse|remove|options)\b/i;
    const labels = async (): Promise<string[]> =>
      pane()
        .locator('[aria-label], [title], [placeholder], [aria-valuetext]')
        .evaluateAll((els) =>
          els.flatMap((e) =>
            ['aria-label', 'title', 'placeholder', 'aria-valuetext'].map((a) => e.getAttribute(a) ?? ''),
          ),
        );
    const seen = [...(await labels())];
    await pane().getByRole('tab', { name: 'Phiếu khảo sát' }).click();
    await pane()
      .getByRole('combobox', { name: /Cơ quan, đơn vị/ })
      .waitFor();
    seen.push(...(await labels()));
    expect(seen.filter((l) => english.test(l))).toEqual([]);
    expect(seen.length).toBeGreaterThan(3);
  });
});
