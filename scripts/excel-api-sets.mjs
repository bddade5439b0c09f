#!/usr/bin/env node
/**
 * Derives, from the "[Api set: ExcelApi 1.x]" remarks of @types/office-js, the requirement set of
 * every member of every class of the Excel namespace, and the Excel type a member gives (so the
 * test double can follow Range → RangeFormat → RangeFill). Writes src/excel-double/api-sets.json;
 * `--check` exits 1 when the committed table differs from the one derived now.
 *
 * Entry: "Class": { "member": [set, type?, setterSet?] } with set "1.7" for ExcelApi 1.7, the full
 * name for other sets ("ExcelApiDesktop 1.1") and null for a member without a remark of its own
 * (a collection's `items`).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const DTS = path.join(root, 'node_modules/@types/office-js/index.d.ts');
const OUT = path.join(root, 'src/excel-double/api-sets.json');

/**
 * "ExcelApi 1.7" → ["1.7"]; "ExcelApi 1.1 for get, 1.8 for set" → ["1.1", "1.8"]. A remark that
 * adds conditions ("1.2 for options; 1.7 for password") gives its first version: what the member
 * needs at all (the double checks such arguments itself). Other sets keep their full name.
 */
function parseSet(text) {
  const t = text.trim();
  const setter = /^ExcelApi (\d+\.\d+) for (?:get|getting|reading)\b[^,;]*[,;] (\d+\.\d+) for set/.exec(t);
  if (setter) return [setter[1], setter[2]];
  const first = /^ExcelApi (\d+\.\d+)\b/.exec(t);
  return [first ? first[1] : t, undefined];
}

/** The Excel class a declared type names (arrays give their element), or undefined for scalars. */
function typeOf(decl) {
  const m = /^Excel\.([A-Za-z]+)(\[\])?$/.exec(decl.trim());
  return m ? m[1] : undefined;
}

export function deriveApiSets(source) {
  const lines = source.split('\n');
  const start = lines.findIndex((l) => l === 'declare namespace Excel {');
  const table = {};
  let owner = null;
  let set = null;
  for (let i = start + 1; i < lines.length && lines[i] !== '}'; i++) {
    const line = lines[i];
    const head = /^ {4}(?:class|interface) ([A-Za-z]+)\b/.exec(line);
    if (head) {
      owner = head[1];
      set = null;
      continue;
    }
    if (/^ {4}\S/.test(line)) {
      // An enum, a function or a nested namespace (Interfaces): not members of a class.
      owner = null;
      continue;
    }
    if (owner === null) continue;
    const remark = /^ {9}\* \[Api set: ([^\]]+)\]/.exec(line);
    if (remark) {
      set = remark[1];
      continue;
    }
    const member = /^ {8}(?:readonly )?([A-Za-z_][A-Za-z0-9_]*)(\??)(\(|: )(.*)$/.exec(line);
    if (!member) continue;
    const [, name, , kind, rest] = member;
    const entries = (table[owner] ??= {});
    if (!(name in entries)) {
      // A method's type follows its closing parenthesis (one line in this file); a property's its colon.
      const declared = kind === '(' ? (/\): (.*);$/.exec(rest)?.[1] ?? '') : rest.replace(/;$/, '');
      const [getSet, setterSet] = set === null ? [null, undefined] : parseSet(set);
      const type = typeOf(declared);
      // Without a remark (a collection's items, the context) a member needs nothing of its own.
      if (getSet === null && type === undefined) {
        set = null;
        continue;
      }
      const entry = [getSet];
      if (type !== undefined || setterSet !== undefined) entry.push(type ?? null);
      if (setterSet !== undefined) entry.push(setterSet);
      entries[name] = entry;
    }
    set = null;
  }
  return table;
}

/** One class per line: a readable diff when @types/office-js is updated. */
export function formatTable(table) {
  const classes = Object.keys(table).sort();
  const body = classes.map(
    (c) =>
      `  ${JSON.stringify(c)}: ${JSON.stringify(Object.fromEntries(Object.entries(table[c]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))}`,
  );
  return `{\n${body.join(',\n')}\n}\n`;
}

const invoked = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  const text = formatTable(deriveApiSets(readFileSync(DTS, 'utf8')));
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    if (!same)
      console.error(
        `${path.relative(root, OUT)} differs from @types/office-js: run node scripts/excel-api-sets.mjs`,
      );
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
  console.log(`${path.relative(root, OUT)}: ${Object.keys(JSON.parse(text)).length} classes`);
}
