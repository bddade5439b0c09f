/**
 * The add-in manifest: valid against Microsoft's schemas (offline), readable by office-addin-manifest,
 * and every icon it names exists in assets/ at the pixel size the manifest announces.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ManifestInfo } from 'office-addin-manifest';

const root = path.resolve(__dirname, '..', '..');
const manifestPath = path.join(root, 'manifest.xml');
const script = path.join(root, 'scripts', 'validate-manifest.mjs');
const schemaDir = path.join(root, 'third_party', 'office-manifest-xsd');
const DEV_ORIGIN = 'https://localhost:3000/';

function runValidator(file: string): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, [script, file, schemaDir], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

/**
 * office-addin-manifest pulls in ES-only modules that jest's CommonJS runtime cannot load, so the
 * real reader runs in a plain Node process and hands back its ManifestInfo as JSON.
 */
function readManifestFile(file: string): ManifestInfo {
  const code = `require('office-addin-manifest').OfficeAddinManifest.readManifestFile(process.argv[1]).then((i) => process.stdout.write(JSON.stringify(i)), (e) => { console.error(e); process.exit(1); })`;
  const r = spawnSync(process.execPath, ['-e', code, file], { encoding: 'utf8', cwd: root });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as ManifestInfo;
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function assetFor(url: string): string {
  expect(url.startsWith(DEV_ORIGIN)).toBe(true);
  return path.join(root, url.slice(DEV_ORIGIN.length));
}

const xml = fs.readFileSync(manifestPath, 'utf8');

describe('manifest.xml against the offline schemas', () => {
  it('validates', () => {
    const r = runValidator(manifestPath);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('rejects a manifest with elements out of order, naming the element', () => {
    const broken = xml
      .replace(/(<Permissions>ReadWriteDocument<\/Permissions>)\s*/, '')
      .replace('<Requirements>', '<Permissions>ReadWriteDocument</Permissions>\n  <Requirements>');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
    fs.writeFileSync(file, broken);
    const r = runValidator(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/Permissions/);
  });

  it('rejects an invalid element inside the ribbon overrides (the imported schemas are loaded)', () => {
    const broken = xml.replace('<Label resid="Group.Label"/>', '');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
    fs.writeFileSync(file, broken);
    const r = runValidator(file);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/taskpaneappversionoverrides/);
  });
});

describe('manifest.xml as Office reads it', () => {
  it('is a Vietnamese task-pane add-in for workbooks with read/write access', () => {
    const info = readManifestFile(manifestPath);
    expect(info.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(info.officeAppType).toBe('TaskPaneApp');
    expect(info.defaultLocale).toBe('vi-VN');
    expect(info.hosts).toEqual(['Workbook']);
    expect(info.permissions).toBe('ReadWriteDocument');
    expect(info.displayName).toMatch(/CNTT/);
    expect(info.displayName).toBe(info.displayName?.normalize('NFC'));
    expect(info.description).toMatch(/phiếu/);
    expect(info.defaultSettings?.sourceLocation?.startsWith(DEV_ORIGIN)).toBe(true);
  });

  it('has icons of the announced pixel sizes', () => {
    const info = readManifestFile(manifestPath);
    expect(pngSize(assetFor(info.iconUrl ?? ''))).toEqual({ width: 32, height: 32 });
    expect(pngSize(assetFor(info.highResolutionIconUrl ?? ''))).toEqual({ width: 64, height: 64 });
    const resources = new Map(
      [...xml.matchAll(/<bt:Image id="([^"]+)" DefaultValue="([^"]+)"\/>/g)].map((m) => [m[1], m[2]]),
    );
    const uses = [...xml.matchAll(/<bt:Image size="(\d+)" resid="([^"]+)"\/>/g)];
    expect(new Set(uses.map((m) => m[1]))).toEqual(new Set(['16', '32', '80']));
    for (const [, size, resid] of uses) {
      const url = resources.get(resid ?? '');
      expect(url).toBeDefined();
      expect(pngSize(assetFor(url ?? ''))).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('opens the pane from a button on the Home tab', () => {
    expect(xml).toMatch(
      /<OfficeTab id="TabHome">[\s\S]*<Control xsi:type="Button"[\s\S]*<Action xsi:type="ShowTaskpane">/,
    );
  });

  it('asks for ExcelApi in <Requirements> and uses only the development origin in URLs', () => {
    expect(xml).toMatch(/<Requirements>\s*<Sets[^>]*>\s*<Set Name="ExcelApi" MinVersion="1\.\d+"\/>/);
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThan(3);
    for (const url of urls) expect(url.startsWith(DEV_ORIGIN)).toBe(true);
    for (const url of urls) expect(fs.existsSync(assetFor(url)) || /taskpane\.html$/.test(url)).toBe(true);
  });

  it('has Vietnamese text with en-US overrides for every string resource', () => {
    const strings = [
      ...xml.matchAll(/<bt:String id="([^"]+)" DefaultValue="[^"]+">\s*<bt:Override Locale="en-US"/g),
    ];
    const all = [...xml.matchAll(/<bt:String id="/g)];
    expect(strings.length).toBe(all.length);
  });
});
