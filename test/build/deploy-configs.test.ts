/**
 * The hosting settings kept in deploy/ (nginx, IIS) serve every kind of file a production build holds
 * with a content type, cache the content-hashed files for long, and never let a browser keep a stale
 * HTML page or manifest (they name the current hashed files).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// webpack.config.js is CommonJS run by Node; load it as such.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as (
  env: Record<string, unknown>,
  argv: { mode: string },
) => {
  output: { filename: string; chunkFilename: string };
  devtool?: string;
  plugins: { userOptions?: { filename?: string } }[];
}[];

const root = path.resolve(__dirname, '../..');
const nginx = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8');
const iis = readFileSync(path.join(root, 'deploy/web.config'), 'utf8');

function productionConfigs(): ReturnType<typeof config> {
  const saved = process.env.ADDIN_PUBLIC_URL;
  process.env.ADDIN_PUBLIC_URL = 'https://cntt.thanhhoa.gov.vn/xep-hang/';
  try {
    return config({}, { mode: 'production' });
  } finally {
    if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
    else process.env.ADDIN_PUBLIC_URL = saved;
  }
}

const configs = productionConfigs();
const pane = configs[0];
if (!pane) throw new Error('no pane config');
const hash = '1a2b3c4d';
const hashed = (pattern: string, name: string) =>
  pattern.replace('[name]', name).replace('[contenthash:8]', hash);
const script = hashed(pane.output.filename, 'taskpane');
const chunk = hashed(pane.output.chunkFilename, '814');
// What a production build emits: pages from the HTML plugins, the manifest, assets, scripts with
// their source maps (devtool source-map) and the licence notes the minifier extracts.
const pages = configs
  .flatMap((c) => c.plugins)
  .flatMap((p) => (p.userOptions?.filename?.endsWith('.html') ? [p.userOptions.filename] : []));
const assets = readdirSync(path.join(root, 'assets')).map((f) => `assets/${f}`);
const pageScript = hashed(configs[1]?.output.filename ?? '', 'tong-hop');
const builtFiles = [
  ...pages,
  'manifest.xml',
  ...assets,
  script,
  `${script}.map`,
  chunk,
  `${chunk}.LICENSE.txt`,
  pageScript,
];
// Files the deployment may also carry: a sample workbook, a template or roster JSON, WebAssembly.
const extensions = new Set([...builtFiles.map((f) => path.extname(f).slice(1)), 'xlsx', 'json', 'wasm']);

function nginxTypes(): Map<string, string> {
  const block = /types\s*\{([^}]*)\}/.exec(nginx)?.[1] ?? '';
  const map = new Map<string, string>();
  for (const line of block.split(';')) {
    const [type, ...exts] = line.trim().split(/\s+/);
    if (type) for (const e of exts) map.set(e, type);
  }
  return map;
}

function iisTypes(): Map<string, string> {
  return new Map(
    [...iis.matchAll(/<mimeMap fileExtension="\.([^"]+)" mimeType="([^"]+)"/g)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

/** The regular expression each config uses for "cache for a year". */
const nginxLong = new RegExp(
  /location ~ "([^"]+)" \{\s*add_header Cache-Control "public, max-age=31536000, immutable"/.exec(
    nginx,
  )?.[1] ?? '^$',
);
const iisLong = new RegExp(
  /<add input="\{REQUEST_URI\}" pattern="([^"]+)" \/>\s*<\/conditions>\s*<action type="Rewrite" value="public, max-age=31536000, immutable"/.exec(
    iis,
  )?.[1] ?? '^$',
);

describe('deploy/ hosting settings', () => {
  it('list the build files this test reasons about (pages, manifest, icons, hashed scripts)', () => {
    expect(pages).toEqual(expect.arrayContaining(['taskpane.html', 'tong-hop.html']));
    expect(script).toBe(`taskpane.${hash}.js`);
    expect(pageScript).toBe(`tong-hop/tong-hop.${hash}.js`);
    expect(assets).toEqual(expect.arrayContaining(['assets/icon-32.png', 'assets/help.html']));
  });

  it.each([...extensions])('give .%s a content type in nginx and IIS', (ext) => {
    expect(nginxTypes().get(ext)).toMatch(/^[a-z]+\/[\w.+-]+$/);
    expect(iisTypes().get(ext)).toMatch(/^[a-z]+\/[\w.+-]+/);
  });

  it('serve the workbook, JavaScript and WebAssembly with their proper types', () => {
    for (const types of [nginxTypes(), iisTypes()]) {
      expect(types.get('xlsx')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(types.get('js')).toMatch(/^text\/javascript/);
      expect(types.get('wasm')).toBe('application/wasm');
    }
  });

  it('cache every content-hashed file for a year, and no page, manifest or icon', () => {
    const hashedFiles = builtFiles.filter((f) => f.includes(hash));
    expect(hashedFiles.length).toBe(5);
    for (const long of [nginxLong, iisLong]) {
      for (const f of builtFiles)
        expect([f, long.test(`/xep-hang/${f}`)]).toEqual([f, hashedFiles.includes(f)]);
    }
  });

  it('ask the server again for HTML pages and the manifest by default', () => {
    expect(nginx).toMatch(/location \/xep-hang\/ \{[^{}]*add_header Cache-Control "no-cache" always;/);
    expect(iis).toContain('<clientCache cacheControlMode="DisableCache" />');
  });

  it('redirect plain HTTP to HTTPS and never forbid framing (Excel on the web shows the pane in a frame)', () => {
    expect(nginx).toMatch(/listen 80;[\s\S]*return 301 https:\/\/\$host\$request_uri;/);
    expect(nginx).toMatch(/listen 443 ssl;/);
    expect(iis).toMatch(
      /<add input="\{HTTPS\}" pattern="\^OFF\$" \/>[\s\S]*<action type="Redirect" url="https:\/\/\{HTTP_HOST\}\{REQUEST_URI\}"/,
    );
    for (const text of [nginx, iis])
      expect(text.replace(/#.*|<!--[\s\S]*?-->/g, '')).not.toMatch(/X-Frame-Options|frame-ancestors/);
  });
});
