#!/usr/bin/env node
// Prints every emitted web asset with its raw and gzip size, and fails when the JavaScript the
// task pane loads before its first paint (the entrypoint's initial chunks) exceeds the budget.
// Reads dist/web-stats.json, written by webpack.config.js's EntrypointStatsPlugin.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 200 * 1024;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const statsFile = path.join(root, 'dist/web-stats.json');

let stats;
try {
  stats = JSON.parse(readFileSync(statsFile, 'utf8'));
} catch {
  console.error(`Không đọc được ${path.relative(root, statsFile)}; hãy chạy "npm run build:web" trước.`);
  process.exit(2);
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const measure = (name) => {
  const file = path.join(stats.outputPath, name);
  const raw = statSync(file).size;
  const gzip = gzipSync(readFileSync(file), { level: 9 }).length;
  return { name, raw, gzip };
};

const assets = stats.assets
  .filter((n) => !n.endsWith('.map'))
  .sort()
  .map(measure);
const initialNames = new Set((stats.entrypoints.taskpane ?? []).filter((n) => n.endsWith('.js')));
const width = Math.max(...assets.map((a) => a.name.length), 10);

console.log(`${'Tệp'.padEnd(width)}  ${'Gốc'.padStart(10)}  ${'Gzip'.padStart(10)}`);
for (const a of assets) {
  const mark = initialNames.has(a.name) ? '  (tải ngay)' : '';
  console.log(`${a.name.padEnd(width)}  ${kb(a.raw).padStart(10)}  ${kb(a.gzip).padStart(10)}${mark}`);
}

if (initialNames.size === 0) {
  console.error('Không thấy điểm vào "taskpane" trong bản dựng.');
  process.exit(1);
}
const initial = assets.filter((a) => initialNames.has(a.name));
const total = initial.reduce((sum, a) => sum + a.gzip, 0);
console.log(`\nJavaScript tải ngay của ngăn tác vụ: ${kb(total)} gzip (giới hạn ${kb(BUDGET_BYTES)}).`);
if (total > BUDGET_BYTES) {
  console.error('Vượt giới hạn: hãy tách phần nặng ra và tải khi cần (import()).');
  process.exit(1);
}
