#!/usr/bin/env node
// Checks a production build before anyone hosts it: every URL in its manifest.xml is HTTPS under the
// public address, every file the manifest names exists in the output, and the manifest validates
// against Microsoft's schemas offline. webpack.config.js runs it after emitting; it also runs alone.
// Usage: node scripts/check-build.mjs <output-folder> <public-url>   (exit 0 ok, 1 problems)
// Messages are Vietnamese then English: the province's IT staff and Microsoft's docs use both.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCHEMA_DIR, validateManifest } from './validate-manifest.mjs';
import { checkPublished } from './published-templates.mjs';

/** Any absolute URL written in the manifest (attribute values and element texts). */
const URL_PATTERN = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Every URL of the manifest outside XML comments, with the element it came from. */
export function manifestUrls(xml) {
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const urls = [];
  for (const m of body.matchAll(/<([\w:]+)\b[^>]*?\b(?:DefaultValue|Value)="([^"]*)"/g)) {
    if (URL_PATTERN.test(m[2])) urls.push({ element: m[1], url: m[2] });
  }
  for (const m of body.matchAll(/<(AppDomain|SourceLocation)>([^<]*)<\/\1>/g)) {
    urls.push({ element: m[1], url: m[2].trim() });
  }
  return urls;
}

/** Returns the problems of the build in `outDir` for `publicUrl` (empty when it may be hosted). */
export function checkBuild(outDir, publicUrl, schemaDir = SCHEMA_DIR) {
  const problems = [];
  const base = publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`;
  if (!base.startsWith('https://')) {
    return [
      `Địa chỉ công khai “${publicUrl}” phải bắt đầu bằng https:// / The public address must start with https://.`,
    ];
  }
  const origin = new URL(base).origin;
  const manifestPath = path.join(outDir, 'manifest.xml');
  if (!fs.existsSync(manifestPath))
    return [`Bản dựng thiếu manifest.xml ở ${outDir} / The build has no manifest.xml.`];
  const xml = fs.readFileSync(manifestPath, 'utf8');
  const urls = manifestUrls(xml);
  if (urls.length === 0) problems.push('manifest.xml không có URL nào / manifest.xml names no URL.');
  for (const { element, url } of urls) {
    if (element === 'AppDomain') {
      if (url !== origin && !url.startsWith(`${origin}/`)) {
        problems.push(
          `manifest.xml: AppDomain “${url}” không phải ${origin} / AppDomain is not the public origin ${origin}.`,
        );
      }
      continue;
    }
    if (!url.startsWith('https://')) {
      problems.push(`manifest.xml: ${element} “${url}” không dùng HTTPS / ${element} is not HTTPS.`);
      continue;
    }
    if (!url.startsWith(base)) {
      problems.push(
        `manifest.xml: ${element} “${url}” không nằm dưới địa chỉ công khai ${base} / ${element} is not under the public address.`,
      );
      continue;
    }
    const relative = decodeURIComponent(url.slice(base.length).replace(/[?#].*$/, ''));
    const file = path.resolve(outDir, relative);
    if (
      !file.startsWith(path.resolve(outDir) + path.sep) ||
      !fs.existsSync(file) ||
      !fs.statSync(file).isFile()
    ) {
      problems.push(
        `manifest.xml: ${element} trỏ tới “${relative}”, tệp này không có trong bản dựng / ${element} names a file missing from the build.`,
      );
    }
  }
  problems.push(...checkPublished(outDir));
  try {
    for (const e of validateManifest(manifestPath, schemaDir)) {
      problems.push(`manifest.xml sai lược đồ Office / fails Office's schema: ${e}`);
    }
  } catch (e) {
    problems.push(
      `Không kiểm tra được manifest.xml theo lược đồ / Could not validate manifest.xml: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [outDir, publicUrl] = process.argv.slice(2);
  if (!outDir || !publicUrl) {
    console.error(
      'Cách dùng / Usage: node scripts/check-build.mjs <thư-mục-bản-dựng> <https://địa-chỉ-công-khai/>',
    );
    process.exit(2);
  }
  const problems = checkBuild(path.resolve(outDir), publicUrl);
  for (const p of problems) console.error(p);
  if (problems.length > 0) process.exit(1);
  console.log(`Bản dựng ${outDir} sẵn sàng để đặt tại ${publicUrl} / The build is ready to host.`);
}
