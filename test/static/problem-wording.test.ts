/**
 * Problems as values: the modules that find template, reader and previous-consolidation problems, and
 * the refusals where a merge would write, give a code, parameters and a place; every Vietnamese word of
 * their messages is in src/core/problems. Scans their string and template literals (not comments).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = path.resolve(__dirname, '../..');

/** Where those problems are found; none of them words one. */
const FINDERS = [
  'src/core/template/problem.ts',
  'src/core/template/schema-problems.ts',
  'src/core/template/validate.ts',
  'src/core/template/validate-figures.ts',
  'src/core/criteria/problems.ts',
  'src/core/consolidation/read-state.ts',
  'src/core/consolidation/structure-diff.ts',
  'src/core/consolidation/template-resolve.ts',
  'src/xlsx/intake.ts',
  'src/xlsx/read-workbook.ts',
  'src/xlsx/consolidation-file.ts',
  'src/xlsx/reader/cfb.ts',
  'src/xlsx/reader/locate-workbook.ts',
  'src/xlsx/reader/package-parts.ts',
  'src/xlsx/reader/read-error.ts',
  'src/xlsx/reader/sniff.ts',
  'src/xlsx/reader/sniff-refusal.ts',
  'src/xlsx/reader/workbook-part.ts',
  'src/xlsx/reader/worksheet-part.ts',
  'src/xlsx/reader/xml-scanner.ts',
  'src/xlsx/reader/zip-directory.ts',
  'src/xlsx/reader/zip-inflate.ts',
  'src/office/consolidation-plan.ts',
  'src/taskpane/survey/read-template-file.ts',
];

/** The JSON path of a template's root: a tag, the same in every message, not a sentence. */
const ALLOWED = new Set(['(gốc)']);

const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Vietnamese string and template literals of a source text, with their line. */
function vietnameseTexts(name: string, text: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const out: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    let literal: string | null = null;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literal = node.text;
    else if (ts.isTemplateExpression(node))
      literal = node.head.text + node.templateSpans.map((s) => s.literal.text).join('');
    if (literal !== null && VIETNAMESE.test(literal) && !ALLOWED.has(literal))
      out.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: literal });
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

describe('problems are worded in src/core/problems only', () => {
  it('finds a message worded inline, and not a comment', () => {
    const snippet = [
      '// Tiêu chí thành phần: a comment may say anything.',
      "report('cap-sum', at, { sumHundredths, capHundredths });",
      'const message = `${name}: điểm tối đa ${cap} có quá 2 chữ số thập phân.`;',
      "refuse('corrupt', 'mục lục của tệp nén bị hỏng.');",
    ].join('\n');
    expect(vietnameseTexts('snippet.ts', snippet).map((t) => t.line)).toEqual([3, 4]);
  });

  it.each(FINDERS)('%s gives codes and parameters, no Vietnamese text', (file) => {
    const found = vietnameseTexts(file, readFileSync(path.join(root, file), 'utf8'));
    expect(found).toEqual([]);
  });
});
