#!/usr/bin/env node
// Runs the add-in for a developer or a curious user:
//   npm start                                 Windows/macOS with Excel: sideload into desktop Excel
//                                             (office-addin-debugging + an https dev server, as Microsoft's
//                                             template does). Elsewhere, or without the optional package:
//                                             the browser preview (the pane beside a simulated workbook).
//   npm run start:web -- --document <url>     sideload into Excel on the web for that document
//   npm run preview                           the browser preview, always
//   npm stop                                  stop a sideloaded session
// Options: --port <n> (default 3000, or PORT), --host <name> (preview only, default localhost).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const manifest = path.join(root, 'manifest.xml');

function fail(message, code = 1) {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({
    options: {
      web: { type: 'boolean', default: false },
      document: { type: 'string' },
      preview: { type: 'boolean', default: false },
      stop: { type: 'boolean', default: false },
      'serve-https': { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string' },
    },
  }).values;
} catch (e) {
  fail(
    `Tham số không hợp lệ: ${e.message}\nCách dùng: npm start | npm run start:web -- --document <url> | npm run preview`,
    2,
  );
}

const port = Number(args.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535)
  fail(`Cổng "${args.port ?? process.env.PORT}" không hợp lệ.`, 2);

/** The CLI of office-addin-debugging, or null when the optional dependency is not installed. */
function debuggingCli() {
  try {
    const pkgPath = require.resolve('office-addin-debugging/package.json');
    const pkg = require(pkgPath);
    const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin?.['office-addin-debugging'];
    return bin ? path.join(path.dirname(pkgPath), bin) : null;
  } catch {
    return null;
  }
}

async function startDevServer({ preview, https, host }) {
  const { default: webpack } = await import('webpack');
  const { default: WebpackDevServer } = await import('webpack-dev-server');
  const configs = require(path.join(root, 'webpack.config.js'))(preview ? { preview: true } : {}, {
    mode: 'development',
  });
  const compiler = webpack({ ...configs[0], stats: 'none', infrastructureLogging: { level: 'warn' } });
  const firstBuild = new Promise((resolve) => compiler.hooks.done.tap('start', resolve));
  compiler.hooks.done.tap('report', (stats) => {
    if (stats.hasErrors()) console.error(`Lỗi khi dựng ứng dụng:\n${stats.toString('errors-only')}`);
    else console.log(`Đã dựng xong (${new Date().toLocaleTimeString('vi-VN')}).`);
  });
  const server = https
    ? { type: 'https', options: await (await import('office-addin-dev-certs')).getHttpsServerOptions() }
    : { type: 'http' };
  const devServer = new WebpackDevServer(
    {
      host,
      port,
      server,
      allowedHosts: 'all',
      headers: { 'Access-Control-Allow-Origin': '*' },
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false }, logging: 'warn' },
      static: false,
    },
    compiler,
  );
  console.log('Đang dựng ứng dụng…');
  try {
    await devServer.start();
  } catch (e) {
    const busy = e && e.code === 'EADDRINUSE';
    fail(
      busy
        ? `Cổng ${port} đang được chương trình khác dùng; thử "--port 3001".`
        : `Không khởi động được máy chủ: ${e.message}`,
    );
  }
  await firstBuild;
  return devServer;
}

async function runPreview(reason) {
  if (reason) console.log(reason);
  const host = args.host ?? 'localhost';
  await startDevServer({ preview: true, https: false, host });
  console.log('');
  console.log(`Bản xem thử đang chạy tại: http://${host}:${port}/`);
  console.log(
    'Mở địa chỉ trên bằng trình duyệt: bên trái là bảng tính mô phỏng, bên phải là ngăn tác vụ thật.',
  );
  console.log('Nhấn Ctrl+C để dừng.');
}

function runDebugging(cli, platform) {
  const devServerCmd = `"${process.execPath}" "${path.join(root, 'scripts/start.mjs')}" --serve-https --port ${port}`;
  const cliArgs = [
    'start',
    manifest,
    platform,
    '--app',
    'excel',
    '--dev-server',
    devServerCmd,
    '--dev-server-port',
    String(port),
  ];
  if (args.document) cliArgs.push('--document', args.document);
  const child = spawn(process.execPath, [cli, ...cliArgs], { cwd: root, stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 1));
}

async function main() {
  if (!existsSync(manifest)) fail('Không thấy manifest.xml ở thư mục gốc của dự án.');
  if (args['serve-https']) {
    await startDevServer({ preview: false, https: true, host: 'localhost' });
    console.log(`Máy chủ phát triển: https://localhost:${port}/taskpane.html`);
    return;
  }
  const cli = debuggingCli();
  if (args.stop) {
    if (!cli) fail('Chưa cài office-addin-debugging nên không có phiên nào để dừng.');
    const child = spawn(process.execPath, [cli, 'stop', manifest], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 1));
    return;
  }
  if (args.preview) return runPreview();
  if (args.web) {
    if (!args.document)
      fail(
        'Thiếu địa chỉ sổ làm việc: npm run start:web -- --document <url của tệp trên OneDrive/SharePoint>',
        2,
      );
    if (cli) return runDebugging(cli, 'web');
    await startDevServer({ preview: false, https: true, host: 'localhost' });
    console.log(`Máy chủ phần bổ trợ đang chạy tại https://localhost:${port}/taskpane.html`);
    console.log('Chưa cài gói tùy chọn office-addin-debugging nên không tự nạp được vào Excel trên web.');
    console.log(
      `Hãy mở ${args.document}, chọn Trang đầu > Phần bổ trợ > Thêm phần bổ trợ > Tải lên phần bổ trợ của tôi,`,
    );
    console.log(`rồi chọn tệp ${manifest}. Nhấn Ctrl+C để dừng.`);
    return;
  }
  if (process.platform !== 'win32' && process.platform !== 'darwin') {
    return runPreview(
      'Máy này không có Excel cho máy tính (chỉ có trên Windows và macOS): mở bản xem thử trong trình duyệt.',
    );
  }
  if (!cli) {
    return runPreview(
      'Chưa cài gói tùy chọn office-addin-debugging nên không nạp được vào Excel: mở bản xem thử trong trình duyệt.',
    );
  }
  runDebugging(cli, 'desktop');
}

main().catch((e) => fail(`Không chạy được: ${e && e.message ? e.message : e}`));
