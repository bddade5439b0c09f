/**
 * A production build checks itself before anyone hosts it (scripts/check-build.mjs, run by webpack
 * after emitting): manifest URLs all HTTPS under the public address, every named file present, the
 * manifest valid against Office's schemas; and a missing or wrong address stops the build at once.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// webpack.config.js is CommonJS run by Node; load it as such.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as {
  rewriteManifest: (xml: string, url: string) => string;
  (env: Record<string, unknown>, argv: { mode: string }): unknown[];
};

const root = path.resolve(__dirname, '../..');
const script = path.join(root, 'scripts', 'check-build.mjs');
const URL = 'https://cntt.thanhhoa.gov.vn/xep-hang/';
const manifest = readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const dirs: string[] = [];

/** An output folder as the production build leaves it: the pane page, the assets, the rewritten manifest. */
function fakeBuild(xml = config.rewriteManifest(manifest, URL)): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'xhcntt-build-'));
  dirs.push(dir);
  cpSync(path.join(root, 'assets'), path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'taskpane.html'), '<!doctype html>');
  writeFileSync(path.join(dir, 'manifest.xml'), xml);
  // One published template and the index naming it (scripts/published-templates.mjs).
  mkdirSync(path.join(dir, 'templates'));
  writeFileSync(path.join(dir, 'templates', 'mau-2027-v1.json'), '{}');
  const index = [
    { id: 'thanh-hoa-cntt-2027', year: 2027, version: 1, groups: ['so'], file: 'mau-2027-v1.json' },
  ];
  writeFileSync(path.join(dir, 'templates', 'index.json'), JSON.stringify(index));
  return dir;
}

function check(dir: string, url = URL): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [script, dir, url], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function withAddress<T>(value: string | undefined, run: () => T): T {
  const saved = process.env.ADDIN_PUBLIC_URL;
  if (value === undefined) delete process.env.ADDIN_PUBLIC_URL;
  else process.env.ADDIN_PUBLIC_URL = value;
  try {
    return run();
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

describe('the production build address', () => {
  it('is required: without ADDIN_PUBLIC_URL the production build stops, saying so in Vietnamese and English', () => {
    expect(() => withAddress(undefined, () => config({}, { mode: 'production' }))).toThrow(
      /Chưa đặt ADDIN_PUBLIC_URL[\s\S]*is not set/,
    );
  });

  it.each([
    'http://cntt.thanhhoa.gov.vn/',
    'cntt.thanhhoa.gov.vn/xep-hang',
    'https://cntt.thanhhoa.gov.vn/?v=2',
  ])('refuses %s', (bad) => {
    expect(() => withAddress(bad, () => config({}, { mode: 'production' }))).toThrow(
      /https:\/\/[\s\S]*must be/,
    );
  });

  it('is not needed for development builds (the preview and the e2e tests)', () => {
    expect(() => withAddress(undefined, () => config({}, { mode: 'development' }))).not.toThrow();
  });
});

describe('scripts/check-build.mjs on a built output', () => {
  it('passes a build whose manifest points under the public address at files that exist', () => {
    const r = check(fakeBuild());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('names the missing file when the manifest points at one the build lacks', () => {
    const dir = fakeBuild();
    rmSync(path.join(dir, 'assets', 'icon-80.png'));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/assets\/icon-80\.png.*không có trong bản dựng/);
  });

  it('refuses a build made for another address, naming the URL and the expected address', () => {
    const r = check(fakeBuild(config.rewriteManifest(manifest, 'https://other.example.vn/')));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('https://other.example.vn/taskpane.html');
    expect(r.stderr).toContain(`không nằm dưới địa chỉ công khai ${URL}`);
    expect(r.stderr).toMatch(
      /AppDomain “https:\/\/other\.example\.vn” không phải https:\/\/cntt\.thanhhoa\.gov\.vn/,
    );
  });

  it('refuses a manifest that still loads something over plain HTTP', () => {
    const xml = config
      .rewriteManifest(manifest, URL)
      .replace(`${URL}assets/help.html`, 'http://cntt.thanhhoa.gov.vn/xep-hang/assets/help.html');
    const r = check(fakeBuild(xml));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/không dùng HTTPS/);
  });

  it("refuses a manifest that breaks Office's schema", () => {
    const xml = config
      .rewriteManifest(manifest, URL)
      .replace(/<Permissions>ReadWriteDocument<\/Permissions>/, '<Permissions>Everything</Permissions>');
    const r = check(fakeBuild(xml));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/sai lược đồ Office[\s\S]*Permissions/);
  });

  it('refuses a build whose template index is missing or names a template file it lacks', () => {
    const dir = fakeBuild();
    rmSync(path.join(dir, 'templates', 'mau-2027-v1.json'));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/templates\/index\.json nêu tệp “mau-2027-v1\.json” không có trong bản dựng/);
    rmSync(path.join(dir, 'templates'), { recursive: true });
    expect(check(dir).stderr).toMatch(/thiếu templates\/index\.json/);
  });

  it('refuses a build without a manifest', () => {
    const dir = fakeBuild();
    rmSync(path.join(dir, 'manifest.xml'));
    mkdirSync(path.join(dir, 'empty'));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/thiếu manifest\.xml/);
  });
});
