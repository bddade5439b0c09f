/**
 * The production build points the manifest at the public URL: every URL and the AppDomain origin,
 * so Excel loads the pane from where it is hosted, never from a developer's localhost.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

// webpack.config.js is CommonJS run by Node; load it as such.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require('../../webpack.config.js') as {
  DEV_URL: string;
  rewriteManifest: (xml: string, url: string) => string;
  (env: Record<string, unknown>, argv: { mode: string }): { output: { path: string } }[];
};

const manifest = readFileSync(path.resolve(__dirname, '../../manifest.xml'), 'utf8');

describe('manifest URL at build time', () => {
  const url = 'https://cntt.thanhhoa.gov.vn/xep-hang/';

  it('replaces every development URL outside comments, including the AppDomain origin', () => {
    const out = config.rewriteManifest(manifest, url);
    const withoutComments = out.replace(/<!--[\s\S]*?-->/g, '');
    expect(withoutComments).not.toContain('localhost');
    expect(withoutComments).toContain(`<SourceLocation DefaultValue="${url}taskpane.html"/>`);
    expect(withoutComments).toContain('<AppDomain>https://cntt.thanhhoa.gov.vn</AppDomain>');
    expect(withoutComments.split(url).length - 1).toBe(
      manifest.replace(/<!--[\s\S]*?-->/g, '').split(config.DEV_URL).length - 1,
    );
  });

  it('refuses a public URL that is not https (Office requires it)', () => {
    const saved = process.env.ADDIN_PUBLIC_URL;
    process.env.ADDIN_PUBLIC_URL = 'http://example.org/';
    try {
      expect(() => config({}, { mode: 'production' })).toThrow(/https/);
    } finally {
      if (saved === undefined) delete process.env.ADDIN_PUBLIC_URL;
      else process.env.ADDIN_PUBLIC_URL = saved;
    }
  });
});
