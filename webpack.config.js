// Builds the task pane (the add-in Excel loads) and, on request, the browser preview host.
//   webpack --mode production                 -> dist/web: taskpane, tong-hop (appraisers' page), manifest.xml, assets
//   webpack --mode development --env preview  -> dist/preview: the preview page backed by the Excel test double
// The production pane never contains src/excel-double: only the preview entry imports it.
const fs = require('node:fs');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

/** The look both pages share (fonts, the message shown by browsers too old), put in each at build time. */
const pageStyle = fs.readFileSync(path.resolve(__dirname, 'src/taskpane/page-style.html'), 'utf8');

/** The URL manifest.xml is written with; replaced by ADDIN_PUBLIC_URL in production builds. */
const DEV_URL = 'https://localhost:3000/';

/**
 * The address the add-in will be hosted at. A production build must be given one (ADDIN_PUBLIC_URL),
 * HTTPS as Office requires; otherwise every agency's Excel would look for the pane on its own localhost.
 */
function publicUrl(production) {
  const url = process.env.ADDIN_PUBLIC_URL;
  if (!production) return DEV_URL;
  if (!url || !url.trim()) {
    throw new Error(
      'Chưa đặt ADDIN_PUBLIC_URL: bản dựng phát hành cần địa chỉ công khai của phần bổ trợ, ví dụ ' +
        'ADDIN_PUBLIC_URL=https://cntt.thanhhoa.gov.vn/xep-hang/ npm run build. ' +
        '/ ADDIN_PUBLIC_URL is not set: a production build needs the public HTTPS address it will be hosted at.',
    );
  }
  let parsed;
  try {
    parsed = new URL(url.trim());
  } catch {
    parsed = null;
  }
  if (!parsed || parsed.protocol !== 'https:' || parsed.search || parsed.hash) {
    throw new Error(
      `ADDIN_PUBLIC_URL phải là địa chỉ https:// đầy đủ, không có ?… hay #… (đang là "${url}"). ` +
        '/ ADDIN_PUBLIC_URL must be a full https:// address without query or fragment.',
    );
  }
  return parsed.href.endsWith('/') ? parsed.href : `${parsed.href}/`;
}

/** Fails the production build when the emitted manifest is not ready to host (scripts/check-build.mjs). */
class BuildCheckPlugin {
  constructor(url) {
    this.url = url;
  }
  apply(compiler) {
    compiler.hooks.afterEmit.tapPromise('BuildCheckPlugin', async (compilation) => {
      const { checkBuild } = await import('./scripts/check-build.mjs');
      for (const problem of checkBuild(compilation.outputOptions.path, this.url)) {
        compilation.errors.push(new compiler.webpack.WebpackError(problem));
      }
    });
  }
}

/**
 * Publishes the templates of templates/ (or --env templatesDir=...) beside the pane: each file and an index the
 * pane lists (scripts/published-templates.mjs). A file that cannot be listed fails the build.
 */
class PublishedTemplatesPlugin {
  constructor(dir) {
    this.dir = dir;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap('PublishedTemplatesPlugin', (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        {
          name: 'PublishedTemplatesPlugin',
          stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        async () => {
          const { publishedTemplates, PUBLISHED_DIR, INDEX_FILE } =
            await import('./scripts/published-templates.mjs');
          const { entries, problems } = publishedTemplates(this.dir);
          for (const p of problems) compilation.errors.push(new compiler.webpack.WebpackError(p));
          compilation.contextDependencies.add(this.dir);
          for (const e of entries) {
            const bytes = fs.readFileSync(path.join(this.dir, e.file));
            compilation.emitAsset(`${PUBLISHED_DIR}/${e.file}`, new RawSource(bytes));
          }
          compilation.emitAsset(
            `${PUBLISHED_DIR}/${INDEX_FILE}`,
            new RawSource(`${JSON.stringify(entries, null, 2)}\n`),
          );
        },
      );
    });
  }
}

/** Points every manifest URL (and the origin-only AppDomain) at `url`; XML comments are left as written. */
function rewriteManifest(xml, url) {
  const devOrigin = DEV_URL.replace(/\/$/, '');
  return xml
    .split(/(<!--[\s\S]*?-->)/)
    .map((part, i) =>
      i % 2 === 1 ? part : part.split(DEV_URL).join(url).split(devOrigin).join(new URL(url).origin),
    )
    .join('');
}

/** Writes the entrypoints and their files, so scripts/bundle-size.mjs can tell initial chunks from lazy ones. */
class EntrypointStatsPlugin {
  constructor(file) {
    this.file = file;
  }
  apply(compiler) {
    compiler.hooks.done.tap('EntrypointStatsPlugin', ({ compilation }) => {
      const entrypoints = Object.fromEntries(
        [...compilation.entrypoints].map(([name, ep]) => [
          name,
          [...ep.getFiles()].filter((f) => !f.endsWith('.map')),
        ]),
      );
      const assets = compilation.getAssets().map((a) => a.name);
      const outputPath = compilation.outputOptions.path;
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(this.file, JSON.stringify({ outputPath, entrypoints, assets }, null, 2));
    });
  }
}

function swcRule(production) {
  return {
    test: /\.[cm]?[jt]sx?$/,
    exclude: /node_modules/,
    use: {
      loader: 'swc-loader',
      options: {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic', development: !production } },
          // Office's webviews: WebView2 (Chromium), WKWebView (Safari 14+), Chromium-based Excel on the web.
          target: 'es2019',
        },
      },
    },
  };
}

/** Splits the initial pane code so React and Fluent UI cache apart from our own, smaller, code. */
const splitChunks = {
  chunks: 'all',
  cacheGroups: {
    react: { test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, name: 'react', priority: 30 },
    fluent: {
      test: /[\\/]node_modules[\\/](@fluentui|@griffel|tabster|@floating-ui|keyborg|@swc[\\/]helpers)[\\/]/,
      name: 'fluent',
      priority: 20,
    },
  },
};

const templatesDir = (env) => path.resolve(__dirname, env.templatesDir ?? 'templates');

function paneConfig(production, outDirOverride, templates) {
  const url = publicUrl(production);
  const outDir = outDirOverride ? path.resolve(outDirOverride) : path.resolve(__dirname, 'dist/web');
  return {
    name: 'taskpane',
    // The manifest's only command is ShowTaskpane, so no FunctionFile (commands page) is needed.
    entry: { taskpane: './src/taskpane/index.tsx' },
    output: {
      path: outDir,
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        templateParameters: { pageStyle },
        // The page's own ES5 script loads the bundle only in a modern webview (see taskpane.html).
        inject: false,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            noErrorOnMissing: true,
            transform: (content) => rewriteManifest(content.toString('utf8'), url),
          },
        ],
      }),
      new PublishedTemplatesPlugin(templates),
      ...(production ? [new BuildCheckPlugin(url)] : []),
      new EntrypointStatsPlugin(
        outDirOverride ? `${outDir}-stats.json` : path.resolve(__dirname, 'dist/web-stats.json'),
      ),
    ],
    optimization: { splitChunks },
  };
}

/**
 * The appraisers' page (tong-hop.html) beside the pane, in the same output folder. A compilation of
 * its own, run after the pane's (which cleans the folder): sharing one would move modules between
 * the pane's initial chunks, whose size bundle-size.mjs budgets. ExcelJS loads only when it writes.
 */
function appraisalConfig(production, outDirOverride) {
  const outDir = outDirOverride ? path.resolve(outDirOverride) : path.resolve(__dirname, 'dist/web');
  return {
    name: 'tong-hop',
    dependencies: ['taskpane'],
    entry: { 'tong-hop': './src/appraisal/index.tsx' },
    output: {
      path: outDir,
      // A folder of its own: its react/fluent chunks must never overwrite the pane's of the same name.
      filename: production ? 'tong-hop/[name].[contenthash:8].js' : 'tong-hop/[name].js',
      chunkFilename: production ? 'tong-hop/[name].[contenthash:8].js' : 'tong-hop/[name].js',
      publicPath: 'auto',
      clean: false,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'tong-hop.html',
        template: './src/appraisal/tong-hop.html',
        chunks: ['tong-hop'],
        templateParameters: { pageStyle },
      }),
    ],
    optimization: { splitChunks },
  };
}

function previewConfig(production, outDir, templates) {
  return {
    name: 'preview',
    entry: { preview: './src/preview/index.tsx' },
    output: {
      // The browser tests build into a temporary folder (--env outDir=...).
      path: outDir ? path.resolve(outDir) : path.resolve(__dirname, 'dist/preview'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: 'auto',
      clean: true,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
      new CopyWebpackPlugin({ patterns: [{ from: 'assets', to: 'assets', noErrorOnMissing: true }] }),
      // The preview hosts the pane: it lists the published templates as the add-in does.
      new PublishedTemplatesPlugin(templates),
    ],
    optimization: { splitChunks },
  };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  const base = {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'cheap-module-source-map',
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: { rules: [swcRule(production)] },
    // bundle-size.mjs enforces the budget that matters (initial pane JS); webpack's generic hints are noise.
    performance: { hints: false },
  };
  const templates = templatesDir(env);
  const targets = env.preview
    ? [previewConfig(production, env.outDir, templates)]
    : [paneConfig(production, env.outDir, templates), appraisalConfig(production, env.outDir)];
  if (env.all) targets.push(previewConfig(production, undefined, templates));
  return targets.map((t) => ({ ...base, ...t }));
};

module.exports.DEV_URL = DEV_URL;
module.exports.rewriteManifest = rewriteManifest;
