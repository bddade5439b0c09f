/**
 * The Sở's criteria workbook in the browser preview (pane + Excel double): insert the built-in one; a cap typed
 * wrong is listed at once (live check) with its sheet, row and column and a click selects the cell; fixed, the survey
 * of a group is made from it into new sheets.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromiumAvailable } from './browser';
import { startPreviewSession, type PreviewSession } from './preview-session';

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
    await page.close();
  });
});
