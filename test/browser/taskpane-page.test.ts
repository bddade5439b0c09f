/**
 * The add-in's own page (taskpane.html) never goes blank: an old webview (Internet Explorer,
 * EdgeHTML) gets a plain Vietnamese message and no bundle; a modern one without Office.js or
 * without the Excel API gets the pane with an explanation. The build holds no test double.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { chromiumAvailable, launchChromium } from '../support/browser/browser';
import { buildPreview } from '../support/browser/build-preview';
import { serveDirectory, type StaticServer } from '../support/browser/static-server';

const artifacts = path.resolve(__dirname, '../../test-artifacts/e2e');
const describeIfChromium = chromiumAvailable() || process.env.CI ? describe : describe.skip;
const OFFICE_JS = 'https://appsforoffice.microsoft.com/**';

const IE11 = 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko';
const EDGE_HTML =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041';

/** An Office.js stand-in for a host that has no Excel JavaScript API at all. */
const OFFICE_WITHOUT_EXCEL_API = `
window.Office = {
  HostType: { Excel: 'Excel' },
  context: { requirements: { isSetSupported: function () { return false; } } },
  onReady: function (cb) { var info = { host: 'Excel', platform: 'PC' }; if (cb) cb(info); return Promise.resolve(info); }
};`;

describeIfChromium('the add-in page in old and limited hosts', () => {
  let outDir: string;
  let server: StaticServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(artifacts, { recursive: true });
    outDir = buildPreview('taskpane');
    server = await serveDirectory(outDir);
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.close();
    if (outDir) {
      rmSync(outDir, { recursive: true, force: true });
      rmSync(`${outDir}-stats.json`, { force: true });
    }
  });

  async function openPane(
    userAgent: string | undefined,
    officeJs: string | null,
  ): Promise<{ page: Page; bundleRequests: string[] }> {
    const context = await browser.newContext({
      viewport: { width: 350, height: 700 },
      ...(userAgent ? { userAgent } : {}),
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.route(OFFICE_JS, (route) =>
      officeJs === null ? route.abort() : route.fulfill({ contentType: 'text/javascript', body: officeJs }),
    );
    const bundleRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().startsWith(server.url) && r.url().endsWith('.js')) bundleRequests.push(r.url());
    });
    await page.goto(`${server.url}taskpane.html`);
    return { page, bundleRequests };
  }

  it.each([
    ['Internet Explorer 11', IE11],
    ['EdgeHTML 18', EDGE_HTML],
  ])(
    'shows a plain message pointing to the standalone workbook in %s, without loading the bundle',
    async (_, ua) => {
      const { page, bundleRequests } = await openPane(ua, '');
      const legacy = page.locator('#legacy');
      await legacy.waitFor({ state: 'visible' });
      expect(await legacy.textContent()).toContain('phiếu khảo sát độc lập');
      expect(await legacy.textContent()).toContain('xep-hang-cntt template');
      // The two ways forward: the standalone form for agencies, the appraisers' page beside the pane.
      expect(await legacy.textContent()).toContain('Cán bộ thẩm định: tổng hợp trên trang tổng hợp');
      expect(await page.locator('#appraisal-url').textContent()).toBe(`${server.url}tong-hop.html`);
      await page.waitForTimeout(300);
      expect(bundleRequests).toEqual([]);
      expect(await page.locator('#root').innerHTML()).toBe('');
      await page.screenshot({ path: path.join(artifacts, `20-legacy-${ua === IE11 ? 'ie' : 'edge'}.png`) });
    },
  );

  it('shows the pane with a message when Office.js cannot be loaded', async () => {
    const { page } = await openPane(undefined, null);
    const message = page.getByTestId('pane-message').filter({ hasText: 'Không tải được Office.js' });
    await message.waitFor();
    expect(await page.locator('#legacy').isVisible()).toBe(false);
  });

  it('explains what is missing when the host has no Excel JavaScript API', async () => {
    const { page } = await openPane(undefined, OFFICE_WITHOUT_EXCEL_API);
    const notice = page.getByTestId('capability-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('không hỗ trợ Excel JavaScript API');
    expect(await page.getByRole('button', { name: 'Chèn phiếu' }).isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(artifacts, '21-no-excel-api.png'), fullPage: true });
  });

  it("builds the appraisers' page beside the pane; ExcelJS is in the build but loaded by neither page up front", () => {
    const EXCELJS = '/*! ExcelJS';
    const initial = (page: string): string[] => {
      const html = readFileSync(path.join(outDir, page), 'utf8');
      const listed = /var files = (\[[^\]]*\]);/.exec(html)?.[1];
      const files = listed
        ? (JSON.parse(listed) as string[])
        : [...html.matchAll(/<script[^>]* src="([^"]+\.js)"/g)].map((m) => m[1] ?? '');
      expect(files.length).toBeGreaterThan(0);
      return files;
    };
    expect(readFileSync(path.join(outDir, 'tong-hop.html'), 'utf8')).toContain(
      'Tổng hợp phiếu xếp hạng ứng dụng CNTT',
    );
    for (const f of [...initial('taskpane.html'), ...initial('tong-hop.html')]) {
      expect([f, readFileSync(path.join(outDir, f), 'utf8').includes(EXCELJS)]).toEqual([f, false]);
    }
    // The page's scripts live in tong-hop/, so they never replace the pane's chunks of the same name.
    expect(initial('tong-hop.html').every((f) => f.startsWith('tong-hop/'))).toBe(true);
    const all = [
      ...readdirSync(outDir),
      ...readdirSync(path.join(outDir, 'tong-hop')).map((f) => `tong-hop/${f}`),
    ].filter((f) => f.endsWith('.js'));
    expect(all.some((f) => readFileSync(path.join(outDir, f), 'utf8').includes(EXCELJS))).toBe(true);
  });

  it('ships no test double and no formula engine in the add-in build', () => {
    const scripts = readdirSync(outDir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const f of scripts) {
      const code = readFileSync(path.join(outDir, f), 'utf8');
      expect(code).not.toMatch(/excel-double|hyperformula/i);
    }
  });
});
