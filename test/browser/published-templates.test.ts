/**
 * Templates published beside the add-in, in Chromium: the build writes them and their index, the pane lists
 * them newest first and falls back to its built-in templates when the list cannot be fetched; a form filled
 * from the older published version moves into the newer one, listing what could not move. The appraisers'
 * page lists them as the pane does.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { builtInTemplate, templateToJson } from '../../src/core/template/load';
import { chromiumAvailable, launchChromium } from '../support/browser/browser';
import { buildPreview } from '../support/browser/build-preview';
import { startPreviewSession, type PreviewSession } from '../support/browser/preview-session';
import { serveDirectory } from '../support/browser/static-server';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;

describeIfChromium('templates published beside the add-in', () => {
  let session: PreviewSession;
  let published: string;

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    published = mkdtempSync(path.join(tmpdir(), 'xhcntt-published-'));
    // The Sở re-issued its 2027 template: version 1 self-scored, version 2 computed from figures.
    const write = (file: string, version: 1 | 2): void =>
      writeFileSync(
        path.join(published, file),
        JSON.stringify(templateToJson(builtInTemplate(2027, version))),
      );
    write('thanh-hoa-cntt-2027-v1.json', 1);
    write('thanh-hoa-cntt-2027-v2.json', 2);
    session = await startPreviewSession(published);
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    if (published) rmSync(published, { recursive: true, force: true });
  });

  async function open(block = false): Promise<Page> {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    if (block) await page.route('**/templates/index.json', (route) => route.abort());
    await page.goto(session.url);
    await page.getByTestId('pane').getByRole('tab').first().waitFor({ timeout: 20_000 });
    return page;
  }

  it("lists them on the appraisers' page too, newest chosen", async () => {
    // The add-in's own build (pane and tong-hop.html side by side) with the same published folder.
    const outDir = buildPreview('taskpane', published);
    const server = await serveDirectory(outDir);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
      await page.goto(`${server.url}tong-hop.html`);
      await page.getByText('Mẫu năm 2027, phiên bản 2 — hợp lệ.').waitFor({ timeout: 20_000 });
      expect(await page.getByRole('radio', { name: 'Mẫu Sở đã công bố' }).isChecked()).toBe(true);
      await page.getByRole('combobox', { name: 'Mẫu phiếu đã công bố' }).click();
      expect(await page.getByRole('option').allTextContents()).toEqual([
        'Năm 2027 – phiên bản 2 (mới nhất)',
        'Năm 2027 – phiên bản 1',
      ]);
    } finally {
      await browser.close();
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 240_000);

  it('builds the templates and their index into the web output, newest first', () => {
    const index = JSON.parse(
      readFileSync(path.join(session.outDir, 'templates', 'index.json'), 'utf8'),
    ) as unknown;
    expect(index).toEqual([
      {
        id: 'thanh-hoa-cntt-2027',
        year: 2027,
        version: 2,
        groups: ['so', 'huyen'],
        file: 'thanh-hoa-cntt-2027-v2.json',
      },
      {
        id: 'thanh-hoa-cntt-2027',
        year: 2027,
        version: 1,
        groups: ['so', 'huyen'],
        file: 'thanh-hoa-cntt-2027-v1.json',
      },
    ]);
    const v2 = JSON.parse(
      readFileSync(path.join(session.outDir, 'templates', 'thanh-hoa-cntt-2027-v2.json'), 'utf8'),
    ) as { version: number };
    expect(v2.version).toBe(2);
  });

  it('lists the published years and versions, newest first and chosen', async () => {
    const page = await open();
    const pane = page.getByTestId('pane');
    await pane.getByText('Mẫu năm 2027, phiên bản 2 — hợp lệ.').waitFor();
    expect(await pane.getByRole('radio', { name: 'Mẫu Sở đã công bố' }).isChecked()).toBe(true);
    await pane.getByRole('combobox', { name: 'Mẫu phiếu đã công bố' }).click();
    expect(await page.getByRole('option').allTextContents()).toEqual([
      'Năm 2027 – phiên bản 2 (mới nhất)',
      'Năm 2027 – phiên bản 1',
    ]);
    await page.keyboard.press('Escape');
    expect(await pane.getByTestId('published-note').count()).toBe(0);
    await page.screenshot({ path: path.join(artifacts, '30-published-list.png') });
    await page.close();
  });

  it('falls back to the built-in templates, saying why, when the list cannot be fetched', async () => {
    const page = await open(true);
    const pane = page.getByTestId('pane');
    const note = pane.getByTestId('published-note');
    await note.waitFor();
    expect(await note.textContent()).toBe(
      'Không tải được danh sách mẫu phiếu Sở đã công bố (không kết nối được máy chủ); đang dùng mẫu có sẵn của phần bổ trợ.',
    );
    expect(await pane.getByRole('radio', { name: 'Mẫu Sở đã công bố' }).count()).toBe(0);
    expect(await pane.getByRole('radio', { name: 'Mẫu có sẵn của phần bổ trợ' }).isChecked()).toBe(true);
    expect(await pane.getByRole('button', { name: 'Chèn phiếu' }).isEnabled()).toBe(true);
    await page.screenshot({ path: path.join(artifacts, '31-published-fallback.png') });
    await page.close();
  });

  it('moves a filled form of version 1 into version 2, listing the entries that cannot move', async () => {
    const page = await open();
    const pane = page.getByTestId('pane');
    const choose = async (label: string): Promise<void> => {
      await pane.getByRole('combobox', { name: 'Mẫu phiếu đã công bố' }).click();
      await page.getByRole('option', { name: label }).click();
    };
    const typeAt = async (name: string, text: string): Promise<void> => {
      const box = page.getByTestId('name-box');
      await box.fill(name);
      await box.press('Enter');
      const selected: Locator = page.getByTestId('grid').locator('[aria-selected="true"]');
      await selected.click();
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
    };
    await choose('Năm 2027 – phiên bản 1');
    await pane.getByText('Mẫu năm 2027, phiên bản 1 — hợp lệ.').waitFor();
    await pane.getByRole('button', { name: 'Chèn phiếu' }).click();
    await pane.getByTestId('total').waitFor();
    await typeAt('TC_3_1', '4,25'); // self-scored in both versions: moves
    await typeAt('TC_1_1', '1,5'); // computed from figures in version 2: listed
    await pane.locator('[data-testid="total"]', { hasText: '5,75 / 100' }).waitFor();

    await pane.getByRole('tab', { name: 'Phiếu khảo sát' }).click();
    await choose('Năm 2027 – phiên bản 2 (mới nhất)');
    await pane.getByText('Mẫu năm 2027, phiên bản 2 — hợp lệ.').waitFor();
    // Said before anything is inserted.
    expect(await pane.getByTestId('older-version-note').textContent()).toContain(
      'Sổ tính đang có phiếu theo mẫu phiên bản 1; mẫu đang chọn là phiên bản 2',
    );
    await pane.getByRole('button', { name: 'Chèn phiếu' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'Phiếu này theo mẫu phiên bản 1; Sở đã ban hành lại mẫu phiên bản 2.',
    );
    expect(await dialog.getByRole('list', { name: 'Các mục không chuyển được' }).textContent()).toContain(
      'Tiêu chí 1.1: nay tính điểm từ số liệu',
    );
    await page.waitForTimeout(500); // the opening animation, before the screenshot
    await pane.screenshot({ path: path.join(artifacts, '32-migration-dialog.png') });
    await dialog.getByRole('button', { name: 'Chuyển số liệu đã nhập sang phiếu phiên bản 2' }).click();
    await dialog.waitFor({ state: 'detached' });
    await pane.locator('[data-testid="total"]', { hasText: '4,25 / 100' }).waitFor();
    // Nothing is lost: the old form stays under another name.
    await page
      .getByRole('tablist', { name: 'Các trang tính' })
      .getByRole('tab', { name: 'Phiếu (cũ 1)' })
      .waitFor();
    await page.close();
  });
});
