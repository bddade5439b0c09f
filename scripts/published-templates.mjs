// Templates the Sở publishes beside the add-in: every *.json file of the project's templates/ folder is
// copied into the web output's templates/ folder with an index the task pane lists (newest first).
// The pane checks each template fully when it is chosen; here only what the index needs is read.
// Messages are Vietnamese then English, like scripts/check-build.mjs.
import fs from 'node:fs';
import path from 'node:path';

/** Folder of the web output holding the published templates and their index. */
export const PUBLISHED_DIR = 'templates';
export const INDEX_FILE = 'index.json';

/** `{ entries, problems }`: one entry per template file (id, year, version, groups, file), newest first. */
export function publishedTemplates(dir) {
  const entries = [];
  const problems = [];
  const files = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.json') && f !== INDEX_FILE)
    : [];
  for (const file of files.sort()) {
    let json;
    try {
      json = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8').replace(/^\uFEFF/, ''));
    } catch (e) {
      problems.push(`templates/${file}: không phải JSON / not JSON (${e instanceof Error ? e.message : e}).`);
      continue;
    }
    const groups = Array.isArray(json?.groups) ? json.groups.map((g) => g?.groupId) : [];
    if (
      typeof json?.id !== 'string' ||
      !Number.isInteger(json?.year) ||
      !Number.isInteger(json?.version) ||
      groups.length === 0 ||
      groups.some((g) => typeof g !== 'string')
    ) {
      problems.push(
        `templates/${file}: thiếu id, year, version hoặc groups của mẫu phiếu / lacks a template's id, year, version or groups.`,
      );
      continue;
    }
    if (!/^[A-Za-z0-9._-]+$/.test(file)) {
      problems.push(
        `templates/${file}: tên tệp chỉ dùng chữ không dấu, số, . _ - / file name must be plain ASCII.`,
      );
      continue;
    }
    entries.push({ id: json.id, year: json.year, version: json.version, groups, file });
  }
  const seen = new Set();
  for (const e of entries) {
    const key = `${e.id}@${e.version}`;
    if (seen.has(key))
      problems.push(
        `templates/${e.file}: mẫu “${e.id}” phiên bản ${e.version} đã có ở tệp khác / published twice.`,
      );
    seen.add(key);
  }
  entries.sort((a, b) => b.year - a.year || b.version - a.version || a.id.localeCompare(b.id));
  return { entries, problems };
}

/** Problems of the published templates in a build output (the index, and every file it names). */
export function checkPublished(outDir) {
  const index = path.join(outDir, PUBLISHED_DIR, INDEX_FILE);
  if (!fs.existsSync(index))
    return [`Bản dựng thiếu ${PUBLISHED_DIR}/${INDEX_FILE} / The build has no template index.`];
  let entries;
  try {
    entries = JSON.parse(fs.readFileSync(index, 'utf8'));
  } catch {
    return [`${PUBLISHED_DIR}/${INDEX_FILE} không phải JSON / is not JSON.`];
  }
  if (!Array.isArray(entries))
    return [`${PUBLISHED_DIR}/${INDEX_FILE} phải là một danh sách / must be a list.`];
  return entries
    .filter((e) => typeof e?.file !== 'string' || !fs.existsSync(path.join(outDir, PUBLISHED_DIR, e.file)))
    .map(
      (e) =>
        `${PUBLISHED_DIR}/${INDEX_FILE} nêu tệp “${e?.file}” không có trong bản dựng / names a missing file.`,
    );
}
