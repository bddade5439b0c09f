/**
 * One quotation style in everything a user reads: names and values are quoted “…”. Scans every
 * Vietnamese string, template and JSX text of src/ with the TypeScript scanner and fails on a name
 * wrapped in straight quotes ('…', "…") or guillemets («…»). Formulas keep Excel's own quotes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');
/** The Office.js test double mimics Excel's own (English, developer-facing) errors. */
const SKIPPED_DIRS = new Set([path.join(root, 'src', 'excel-double')]);

function sourceFiles(dir: string): string[] {
  if (SKIPPED_DIRS.has(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** An Excel formula (a function call or a sheet reference): its quotes are syntax, not typography. */
const FORMULA = /\b[A-Z][A-Z0-9.]+\(|'!|"&|&"|=""/;
/** A quoted span: opening quote after a start, space or bracket; closing quote before an end, space or punctuation. */
const STRAIGHT = /(?:^|[\s(:])(['"])(?=\S)([^'"\n]{1,80}?)\1(?=$|[\s),.;:!?…])/g;
const GUILLEMET = /[«»]/;
/** A JSON key the user is told to type (`"partly": true`) is syntax too. */
const JSON_KEY = /^"[A-Za-z]\w*"$/;

/** Whether a piece of text quotes a name in a style other than “…”. */
function misquoted(text: string): boolean {
  if (!VIETNAMESE.test(text) || FORMULA.test(text)) return false;
  if (GUILLEMET.test(text)) return true;
  return [...text.matchAll(STRAIGHT)].some((m) => {
    const quoted = `${m[1] ?? ''}${m[2] ?? ''}${m[1] ?? ''}`;
    const after = text.charAt((m.index ?? 0) + m[0].length);
    const before = text.slice(0, (m.index ?? 0) + m[0].length - quoted.length);
    // Shell syntax: the value of a command-line option (--received-at "18/11/2026 09:30").
    return !(JSON_KEY.test(quoted) && after === ':') && !/--[a-z-]+ $/.test(before);
  });
}

interface Finding {
  file: string;
  line: number;
  text: string;
}

/** Text pieces of a file as the user would read them: string literals, template parts, JSX text. */
function texts(file: string): { pos: number; text: string }[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: { pos: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      out.push({ pos: node.getStart(), text: node.text });
    } else if (ts.isTemplateExpression(node)) {
      // Placeholders become a neutral name so a quoted interpolation ('${name}') is seen as quoted.
      const text = node.head.text + node.templateSpans.map((s) => `X${s.literal.text}`).join('');
      out.push({ pos: node.getStart(), text });
    } else if (ts.isJsxText(node)) {
      // JSX text keeps its entities: &quot; is a straight quote on screen.
      out.push({
        pos: node.getStart(),
        text: node.text.replace(/&quot;/g, '"').replace(/&(apos|#39);/g, "'"),
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out.map((t) => ({ pos: source.getLineAndCharacterOfPosition(t.pos).line + 1, text: t.text }));
}

function findings(): Finding[] {
  const found: Finding[] = [];
  for (const file of sourceFiles(path.join(root, 'src'))) {
    for (const { pos, text } of texts(file)) {
      if (misquoted(text))
        found.push({ file: path.relative(root, file), line: pos, text: text.slice(0, 120) });
    }
  }
  return found;
}

describe('quotation marks in user-facing text', () => {
  it('quotes names and values with “…” only, never with straight quotes or «…»', () => {
    expect(findings()).toEqual([]);
  });

  it('would catch each style it forbids (the scan itself can fail)', () => {
    for (const bad of [`Tệp 'a.xlsx': lỗi`, `trang "Phiếu" bị sửa`, 'Cột «Điểm»', `nhóm 'X'.`])
      expect(misquoted(bad)).toBe(true);
    const good = [
      `Tệp “a.xlsx”: lỗi`,
      `IF(A1="", "Chưa nhập", 1)`,
      `'Phiếu tự chấm'!A1`,
      `phải ghi "partly": true`,
      `ví dụ --received-at "18/11/2026 09:30"`,
    ];
    for (const text of good) expect(misquoted(text)).toBe(false);
  });
});
