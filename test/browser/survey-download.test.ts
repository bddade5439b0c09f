/**
 * The survey as a standalone .xlsx download from the pane (browser preview: pane + Excel double): from the criteria
 * tab (“Tạo phiếu từ bộ tiêu chí”'s group) and from the survey tab. The saved file, read with the project's reader, is
 * the survey of that group and year with the fingerprint of the description `template --out` writes; on Excel for
 * Mac, whose webview drops downloads, the pane says what to do instead.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { builtInRegime } from '../../src/core/regime/load';
import { buildSurveyWorkbook } from '../../src/core/sheet/survey';
import { surveyFileName } from '../../src/core/sheet/survey/file-name';
import { builtInTemplates, defaultTemplate } from '../../src/core/template/load';
import { chromiumAvailable } from '../support/browser/browser';
import { startPreviewSession, type PreviewSession } from '../support/browser/preview-session';
import { specFingerprint, surveyFileIdentity } from '../support/xlsx/survey-file';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;
const regime = builtInRegime;
const year = new Date().getFullYear();

describeIfChromium('browser preview: the survey as a standalone .xlsx download', () => {
  let session: PreviewSession;
  let work: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    work = mkdtempSync(path.join(tmpdir(), 'xhcntt-survey-download-'));
    session = await startPreviewSession();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Clicks the button, saves what the browser downloads; its offered name and bytes. */
  async function download(page: Page, button: Locator): Promise<{ name: string; bytes: Uint8Array }> {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const saved = path.join(work, `${Date.now()}-${file.suggestedFilename()}`);
    await file.saveAs(saved);
    return { name: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(saved)) };
  }

  it('downloads the survey of the chosen group made from the criteria workbook', async () => {
    const page = await session.open('');
    const pane = page.getByTestId('pane');
    await pane.getByRole('tab', { name: 'Bộ tiêu chí' }).click();
    await pane.getByTestId('criteria-builtin').click();
    await pane.getByTestId('criteria-valid').waitFor();
    const huyen = regime.groups.find((g) => g.id === 'huyen');
    if (!huyen) throw new Error('no group huyen');
    await pane.getByRole('combobox').click();
    await page.getByRole('option', { name: huyen.name }).click();

    const file = await download(page, pane.getByTestId('criteria-download-survey'));
    const template = defaultTemplate(year, regime);
    const expected = buildSurveyWorkbook({ regime, template, groupId: 'huyen' });
    expect(file.name).toBe(surveyFileName({ template, groupId: 'huyen' }));
    expect(file.name).toBe(`phieu-khao-sat-huyen-${year}-v${template.version}.xlsx`);
    expect(surveyFileIdentity(file.bytes, file.name, expected.layout)).toMatchObject({
      year: String(year),
      group: 'huyen',
      templateVersion: String(template.version),
      fingerprint: specFingerprint(expected.spec),
      recomputed: specFingerprint(expected.spec),
    });
    const outcome = pane.getByTestId('criteria-download-survey-outcome');
    expect(await outcome.textContent()).toContain(`Tệp “${file.name}”`);
    // Downloading writes nothing into the open workbook.
    expect(await page.evaluate(() => document.body.textContent?.includes('Đã tạo phiếu khảo sát'))).toBe(
      false,
    );
    await page.screenshot({ path: path.join(artifacts, '31-criteria-survey-download.png') });
    await page.close();
  });

  it('downloads the survey chosen in the survey tab, the same file `template --out` writes', async () => {
    const page = await session.open('');
    const pane = page.getByTestId('pane');
    const file = await download(page, pane.getByTestId('survey-download'));
    const [newest] = builtInTemplates(year, regime);
    if (!newest) throw new Error(`no built-in template for ${year}`);
    const expected = buildSurveyWorkbook({ regime, template: newest, groupId: 'so' });
    expect(file.name).toBe(`phieu-khao-sat-so-${year}-v${newest.version}.xlsx`);
    expect(surveyFileIdentity(file.bytes, file.name, expected.layout)).toMatchObject({
      year: String(year),
      group: 'so',
      templateId: newest.id,
      templateVersion: String(newest.version),
      agencyCode: '',
      fingerprint: specFingerprint(expected.spec),
      recomputed: specFingerprint(expected.spec),
    });
    await pane.getByTestId('survey-download-outcome').getByText('Đã tạo tệp phiếu').waitFor();
    await page.screenshot({ path: path.join(artifacts, '32-survey-download.png') });
    await page.close();
  });

  it('on Excel for Mac offers no download and says how to get the file instead', async () => {
    const page = await session.open('?platform=Mac');
    const pane = page.getByTestId('pane');
    expect(await pane.getByTestId('survey-download').isDisabled()).toBe(true);
    const note = (await pane.getByTestId('survey-download-unavailable').textContent()) ?? '';
    expect(note).toContain('Excel trên máy Mac và iPad không cho phần bổ trợ tải tệp về');
    expect(note).toContain('xep-hang-cntt template');
    await page.close();
  });
});
