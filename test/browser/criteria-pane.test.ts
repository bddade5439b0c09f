/**
 * The Sở's criteria workbook in the browser preview (pane + Excel double): insert the built-in one; a cap typed
 * wrong is listed at once (live check) with its sheet, row and column and a click selects the cell; fixed, the survey
 * of a group is made from it into new sheets.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCriteriaWorkbook } from '../../src/core/criteria/build';
import { SUBS_SHEET } from '../../src/core/criteria/layout';
import { builtInRegime } from '../../src/core/regime/load';
import { defaultTemplate, templateToJson } from '../../src/core/template/load';
import { writeWorkbook } from '../../src/xlsx/write-workbook';
import { chromiumAvailable } from '../support/browser/browser';
import { startPreviewSession, type PreviewSession } from '../support/browser/preview-session';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;

interface DoubleWindow {
  excelDouble: {
    user: { type(sheet: string, address: string, text: string): { accepted: boolean } };
    selection(): { sheet: string; address: string } | null;
    sheetNames(): string[];
  };
}

describeIfChromium('browser preview: the criteria workbook (Bộ tiêu chí)', () => {
  let session: PreviewSession;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    session = await startPreviewSession();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  it('inserts, checks with clickable problems, and makes the survey from it', async () => {
    const page = await session.open('');
    const pane = page.getByTestId('pane');
    await pane.getByRole('tab', { name: 'Bộ tiêu chí' }).click();
    await pane.getByTestId('criteria-builtin').click();
    await pane.getByTestId('criteria-valid').waitFor();

    // Sub-criterion 1.2 of group “so” is row 4; its cap (column E) made 0,5 too small.
    const accepted = await page.evaluate(
      () =>
        (window as unknown as DoubleWindow).excelDouble.user.type('Tiêu chí thành phần', 'E4', '0,5')
          .accepted,
    );
    expect(accepted).toBe(true);
    // The live check: no button pressed, the edit is read and checked again.
    const problem = pane.locator('[data-testid="problem"][data-code="cap-sum"]');
    await problem.waitFor();
    const text = (await problem.textContent()) ?? '';
    expect(text).toMatch(/Trang “Tiêu chí thành phần”, dòng \d+, cột E \(Điểm tối đa\)/);
    const cell = await problem.getAttribute('data-cell');
    await problem.click();
    await page.waitForFunction(
      (address) => (window as unknown as DoubleWindow).excelDouble.selection()?.address === address,
      cell,
    );
    await page.screenshot({ path: path.join(artifacts, '30-criteria-problems.png') });

    await page.evaluate(() =>
      (window as unknown as DoubleWindow).excelDouble.user.type('Tiêu chí thành phần', 'E4', '1,5'),
    );
    await pane.getByTestId('criteria-valid').waitFor();
    await pane.getByTestId('criteria-make-survey').click();
    await pane.getByTestId('criteria-notice').waitFor();
    expect(await pane.getByTestId('criteria-notice').textContent()).toContain('Đã tạo phiếu khảo sát');
    const sheets = await page.evaluate(() => (window as unknown as DoubleWindow).excelDouble.sheetNames());
    expect(sheets).toEqual(expect.arrayContaining(['Thông tin chung', 'Tiêu chí thành phần', 'Phiếu']));

    // Again, now over that survey: asked as in the survey tab; keeping it writes nothing, replacing renames it.
    const dialog = page.getByRole('alertdialog');
    await pane.getByTestId('criteria-make-survey').click();
    await dialog.getByRole('button', { name: 'Giữ phiếu hiện có' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await pane.getByTestId('criteria-notice').textContent()).toContain('Đã giữ phiếu khảo sát');
    await pane.getByTestId('criteria-make-survey').click();
    await dialog.getByRole('button', { name: /^Thay bằng phiếu mới/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.getByTestId('criteria-notice').waitFor();
    expect(await pane.getByTestId('criteria-notice').textContent()).toContain('Đã tạo phiếu khảo sát');
    expect(await page.evaluate(() => (window as unknown as DoubleWindow).excelDouble.sheetNames())).toEqual(
      expect.arrayContaining(['Phiếu', 'Phiếu (cũ 1)']),
    );
    await page.close();
  });

  it('inserts a criteria workbook or template file chosen by hand; a faulty one lists its problems', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-criteria-pane-'));
    const year = new Date().getFullYear();
    const spec = buildCriteriaWorkbook({ regime: builtInRegime, template: defaultTemplate(year) });
    const cap = spec.sheets.find((s) => s.name === SUBS_SHEET)?.cells.find((c) => c.row === 3 && c.col === 5);
    if (!cap) throw new Error('no cap cell');
    cap.value = 'hai điểm';
    const faulty = path.join(dir, 'bo-tieu-chi-sai.xlsx');
    writeFileSync(faulty, await writeWorkbook(spec));
    const json = path.join(dir, 'mau.json');
    writeFileSync(json, JSON.stringify(templateToJson(defaultTemplate(year))));

    const page = await session.open('');
    const pane = page.getByTestId('pane');
    await pane.getByRole('tab', { name: 'Bộ tiêu chí' }).click();
    await pane.getByTestId('criteria-file').setInputFiles(faulty);
    const problems = pane.getByTestId('template-problems');
    await problems.waitFor();
    expect(await problems.textContent()).toContain(
      'Trang “Tiêu chí thành phần”, dòng 3, cột E (Điểm tối đa)',
    );
    await pane.getByTestId('criteria-file').setInputFiles(json);
    await pane.getByTestId('criteria-valid').waitFor();
    expect(await problems.count()).toBe(0);
    await page.close();
  });
});
