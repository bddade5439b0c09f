/**
 * The documents a person reads, as LibreOffice prints them: the .docx files `report` wrote, read back, converted
 * to PDF by Writer (scripts/cross/recalc.sh) and their pages rendered to PNG to be looked at.
 * Needs soffice with Writer and poppler-utils (scripts/setup.sh installs them).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { readDocx, type DocxContent } from './docx-read';

/** Every .docx file in `outDir`, read back, by file name. */
export function readWrittenDocx(outDir: string): Record<string, DocxContent> {
  const docs: Record<string, DocxContent> = {};
  for (const f of readdirSync(outDir).filter((name) => name.endsWith('.docx')))
    docs[f] = readDocx(path.join(outDir, f));
  return docs;
}

/** Converts the .docx files `names` of `outDir` to PDF in `pdfDir`; returns each one's PDF path by .docx name. */
export function convertToPdf(
  outDir: string,
  names: readonly string[],
  pdfDir: string,
  timeoutMs: number,
): Record<string, string> {
  execFileSync(
    'sh',
    [
      path.resolve(__dirname, '../../../scripts/cross/recalc.sh'),
      pdfDir,
      ...names.map((f) => path.join(outDir, f)),
    ],
    { stdio: 'pipe', timeout: timeoutMs, env: { ...process.env, FILTER: 'pdf:writer_pdf_Export' } },
  );
  return Object.fromEntries(names.map((f) => [f, path.join(pdfDir, f.replace(/\.docx$/, '.pdf'))]));
}

/** Empties (or makes) the folder the rendered pages go to. */
export function freshFolder(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}

/** Renders pages `first` to `last` of a PDF at `dpi` to `<folder>/<docx name without .docx>-N.png`. */
export function renderPages(
  pdf: string,
  folder: string,
  docxName: string,
  pages: { first: number; last: number; dpi: number },
): void {
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    String(pages.dpi),
    '-f',
    String(pages.first),
    '-l',
    String(pages.last),
    pdf,
    path.join(folder, docxName.replace(/\.docx$/, '')),
  ]);
}
