/** One built preview, served on 127.0.0.1, and a Chromium to open it; shared by a test file's cases. */
import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { buildPreview } from './build-preview';
import { serveDirectory, type StaticServer } from './static-server';

export interface PreviewSession {
  url: string;
  /** The built output folder (removed on close). */
  outDir: string;
  browser: Browser;
  /** Opens the preview (with an optional query such as '?mau=1') and waits for the pane. */
  open: (query?: string) => Promise<Page>;
  close: () => Promise<void>;
}

export async function startPreviewSession(templatesDir?: string): Promise<PreviewSession> {
  const outDir = buildPreview('preview', templatesDir);
  let server: StaticServer | null = null;
  let browser: Browser | null = null;
  try {
    server = await serveDirectory(outDir);
    browser = await launchChromium();
  } catch (e) {
    await server?.close();
    rmSync(outDir, { recursive: true, force: true });
    throw e;
  }
  const srv = server;
  const b = browser;
  return {
    url: srv.url,
    outDir,
    browser: b,
    open: async (query = '') => {
      const page = await b.newPage({ viewport: { width: 1280, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${srv.url}${query}`);
      await page.getByTestId('pane').getByRole('tab').first().waitFor({ timeout: 20_000 });
      if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
      return page;
    },
    close: async () => {
      await b.close();
      await srv.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
