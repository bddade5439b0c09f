/**
 * The pane's other paths in the browser preview: a workbook that already holds a filled survey,
 * keeping or replacing it (entries never lost), a template file with mistakes, and an older Excel.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { builtInTemplate, templateToJson } from '../../src/core/template/load';
import { chromiumAvailable } from '../support/browser/browser';
import { startPreviewSession, type PreviewSession } from '../support/browser/preview-session';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;

describeIfChromium('browser preview: existing surveys, template files, older Excel', () => {
  let session: PreviewSession;
  const year = new Date().getFullYear();
  // The ?mau=1 sample is a form of version 1 (self-scored).
  const group = builtInTemplate(year, 1).groups.find((g) => g.groupId === 'so');
  if (!group) throw new Error('the default template has no "so" group');
  const [c1, c2] = group.criteria;
  if (!c1 || !c2?.subCriteria[0]) throw new Error('criteria 1 and 2 are needed');
  const over = c2.subCriteria[0];
  // The sample workbook: criterion 1 at full marks, sub-criterion 2.1 pasted 1 point over its cap.
  const expectedTotal = c1.capHundredths + over.capHundredths;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await startPreviewSession();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  const vi = (h: number): string =>
    `${Math.floor(h / 100)}${
      h % 100
        ? `,${String(h % 100)
            .padStart(2, '0')
            .replace(/0$/, '')}`
        : ''
    }`;

  /** Keyboard focus lands on the checked survey's heading, not on the page body outside the pane. */
  async function focusOnSurveyHeading(page: Page): Promise<void> {
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'survey-heading',
    );
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() =>
        document.querySelector('[data-testid="pane"]')?.contains(document.activeElement),
      ),
    ).toBe(true);
  }

  async function total(page: Page): Promise<string | null> {
    return page.getByTestId('pane').getByTestId('total').textContent();
  }

  it('recognises a survey already in the workbook and shows the live check at once', async () => {
    const page = await session.open('?mau=1');
    const pane = page.getByTestId('pane');
    await pane.getByTestId('total').waitFor();
    expect(await pane.getByRole('tab', { name: 'Kiểm tra trực tiếp' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await total(page)).toBe(`${vi(expectedTotal)} / 100`);
    await pane
      .locator(`[data-testid="problem"][data-code="over-cap"][data-sub-code="${over.code}"]`)
      .waitFor();
    await page.screenshot({ path: path.join(artifacts, '10-existing-survey.png') });
    await page.close();
  });

  it('asks before replacing a survey; keeping it changes nothing, replacing keeps the old entries', async () => {
    const page = await session.open('?mau=1');
    const pane = page.getByTestId('pane');
    await pane.getByTestId('total').waitFor();

    await pane.getByRole('tab', { name: 'Phiếu khảo sát' }).click();
    await pane.getByRole('button', { name: 'Chèn phiếu' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // The dialog stays inside the pane column, as in a real task pane.
    await pane.getByRole('alertdialog').waitFor();
    // Protecting the new form clears Excel's undo history: the user is told before choosing.
    expect(await dialog.textContent()).toContain('Excel xóa lịch sử Hoàn tác');
    await page.waitForTimeout(500); // let the opening animation finish before the screenshot
    await pane.screenshot({ path: path.join(artifacts, '11-replace-dialog.png') });
    await dialog.getByRole('button', { name: 'Giữ phiếu hiện có' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.getByTestId('total').waitFor();
    expect(await total(page)).toBe(`${vi(expectedTotal)} / 100`);
    await focusOnSurveyHeading(page);

    await pane.getByRole('tab', { name: 'Phiếu khảo sát' }).click();
    await pane.getByRole('button', { name: 'Chèn phiếu' }).click();
    await dialog.getByRole('button', { name: /Thay bằng phiếu mới/ }).click();
    await pane.locator('[data-testid="total"]', { hasText: '0 / 100' }).waitFor();
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('data-testid') === 'survey-heading',
    );
    await pane.screenshot({ path: path.join(artifacts, '11-focus-after-replace.png') });
    await focusOnSurveyHeading(page);
    // The old form is still there under another name, with its entries.
    const tabs = page.getByRole('tablist', { name: 'Các trang tính' });
    await tabs.getByRole('tab', { name: 'Phiếu (cũ 1)' }).click();
    const box = page.getByTestId('name-box');
    const overAddress = await page.evaluate(
      (name) =>
        (window as unknown as { excelDouble: { names(): { name: string; address: string }[] } }).excelDouble
          .names()
          .find((n) => n.name === name)?.address ?? null,
      `TC_${over.code.replace('.', '_')}`,
    );
    expect(overAddress).not.toBeNull();
    await box.fill(overAddress as string);
    await box.press('Enter');
    expect(await page.getByTestId('formula-bar').textContent()).toBe(vi(over.capHundredths + 100));
    await page.close();
  });

  it('lists every problem of a template file, naming the sub-criteria, and refuses to insert it', async () => {
    const page = await session.open();
    const pane = page.getByTestId('pane');
    const json = templateToJson(builtInTemplate(year, 1)) as unknown as {
      groups: { criteria: { subCriteria: { code: string; cap: number }[] }[] }[];
    };
    const firstSub = json.groups[0]?.criteria[0]?.subCriteria[0];
    const secondSub = json.groups[0]?.criteria[1]?.subCriteria[1];
    if (!firstSub || !secondSub) throw new Error('template JSON shape changed');
    firstSub.cap += 1;
    secondSub.code = secondSub.code === '2.1' ? '2.2' : '2.1';
    const file = path.join(tmpdir(), `mau-loi-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(json));

    await pane.getByRole('radio', { name: /Tệp mẫu/ }).check();
    await pane.getByTestId('template-file').setInputFiles(file);
    const problems = pane.getByTestId('template-problems');
    await problems.waitFor();
    // Both mistakes at once: the caps of criterion 1 no longer add up, and a code is used twice.
    await expect(problems.getByRole('listitem').count()).resolves.toBe(2);
    await expect(
      problems.getByRole('listitem').filter({ hasText: secondSub.code }).count(),
    ).resolves.toBeGreaterThan(0);
    expect(await pane.getByRole('button', { name: 'Chèn phiếu' }).isDisabled()).toBe(true);
    await pane.screenshot({ path: path.join(artifacts, '12-template-problems.png') });

    writeFileSync(file, '{ "year": 2026, ');
    await pane.getByTestId('template-file').setInputFiles(file);
    await pane.getByTestId('template-problems').filter({ hasText: 'không phải JSON hợp lệ' }).waitFor();
    await page.close();
  });

  it('explains in Vietnamese what an older Excel cannot do, and does not offer to insert', async () => {
    const page = await session.open('?excelApi=1.4');
    const pane = page.getByTestId('pane');
    const notice = pane.getByTestId('capability-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('ExcelApi 1.8');
    // Each reader is addressed, with what they can do instead.
    expect(text).toMatch(/Cơ quan, đơn vị điền phiếu: .*lưu lại rồi gửi tệp đó cho Sở/);
    expect(text).toMatch(/Sở tổng hợp, thẩm định: .*“tong-hop\.html”.*“xep-hang-cntt consolidate”/);
    expect(await pane.getByRole('button', { name: 'Chèn phiếu' }).isDisabled()).toBe(true);
    await pane.screenshot({ path: path.join(artifacts, '13-older-excel.png') });
    await page.close();
  });

  it('on an Excel that cannot read the survey, never points to “Kiểm tra lại” but to the standalone form', async () => {
    const page = await session.open('?excelApi=1.3');
    const pane = page.getByTestId('pane');
    const notice = pane.getByTestId('capability-notice');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('cần ExcelApi 1.4');
    expect(text).not.toContain('Kiểm tra lại');
    await pane.getByRole('tab', { name: 'Kiểm tra trực tiếp' }).click();
    expect(await pane.getByTestId('live-check-unavailable').textContent()).toContain(
      'Hãy điền tệp phiếu độc lập (.xlsx) do Sở gửi',
    );
    await pane.screenshot({ path: path.join(artifacts, '14-excel-cannot-read.png') });
    await page.close();
  });
});
