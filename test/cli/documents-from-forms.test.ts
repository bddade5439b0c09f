/**
 * The December documents from a consolidation the CLI built out of real filled forms (written
 * with the product's writer and filled through their defined names by another program, plus the
 * openpyxl and LibreOffice fixtures), with last year's JSON report: every appendix table, the
 * report's figures and its charts read back from the .docx and compared with the JSON report of
 * `consolidate`; each document converted to PDF by LibreOffice, its pages rendered to PNG under
 * test-artifacts/documents-from-forms/ to be looked at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ConsolidationReport } from '../../src/core/consolidation/report';
import { builtInRegime } from '../../src/core/regime/load';
import { sampleRoster } from '../../src/core/roster/roster';
import { builtInTemplate } from '../../src/core/template/load';
import { writeFilledForm } from '../support/cli/fill-xlsx';
import { runCli, runReport } from '../support/cli/run-cli';
import type { DocxContent } from '../support/documents/docx-read';
import { convertToPdf, freshFolder, readWrittenDocx, renderPages } from '../support/documents/pdf-pages';

jest.setTimeout(400_000);

const hasTools =
  spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdfinfo', ['-v']).status === 0;
const artifacts = path.resolve(__dirname, '../../test-artifacts/documents-from-forms');
const fixtures = path.resolve(__dirname, '../fixtures/returned');
// Written here, independently of the product's formatter: two decimals, decimal comma.
const vi = (points: number) => points.toFixed(2).replace('.', ',');
const hundredths = (points: number) => Math.round(points * 100);

/** Fills the forms of the roster's agencies at the indexes `pick` keeps (fixtures' agencies left to them), scores varying with `seed`. */
async function fillInbox(
  dir: string,
  year: number,
  seed: number,
  pick: (index: number) => boolean,
  skip: Set<string>,
): Promise<void> {
  // Self-scored forms (version 1), as agencies filled them before version 2 computed points from figures.
  const template = builtInTemplate(year, 1, builtInRegime);
  mkdirSync(dir, { recursive: true });
  const agencies = sampleRoster.filter((a, i) => pick(i) && !skip.has(a.code));
  for (const [i, a] of agencies.entries()) {
    const subs = (template.groups.find((g) => g.groupId === a.group)?.criteria ?? []).flatMap(
      (c) => c.subCriteria,
    );
    const values: Record<string, number | string> = {};
    subs.forEach((s, k) => {
      // Every third agency scores near the caps (rated Tốt); the others vary.
      const tenth = i % 3 === 0 ? 10 - ((k + seed) % 2) : (i * 7 + k * 3 + seed) % 11;
      values[`TC_${s.code.replace('.', '_')}`] = Math.floor((s.capHundredths * tenth) / 10) / 100;
      values[`MC_${s.code.replace('.', '_')}`] = `Văn bản số ${s.code}/${year}`;
    });
    // Some arrive after the deadline.
    const day = i % 5 === 4 ? 28 : 12;
    await writeFilledForm(
      path.join(dir, `${a.code.toLowerCase()}.xlsx`),
      template,
      a,
      values,
      new Date(Date.UTC(year, 10, day, 2)),
    );
  }
}

(hasTools || process.env.CI ? describe : describe.skip)(
  'documents from a consolidation of real filled forms',
  () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-docs-forms-'));
    const outDir = path.join(dir, 'van-ban');
    let report: ConsolidationReport;
    let last: ConsolidationReport;
    const docs: Record<string, DocxContent> = {};
    const pages: Record<string, number> = {};

    beforeAll(async () => {
      // Real files from other programs for two agencies, as received.
      const inbox = path.join(dir, 'phieu-2026');
      mkdirSync(inbox, { recursive: true });
      for (const f of ['openpyxl/so-tu-phap-filled.xlsx', 'libreoffice/vp-ubnd-tinh-filled.xlsx'])
        copyFileSync(path.join(fixtures, f), path.join(inbox, path.basename(f)));
      const fixtureCodes = new Set(['SO-TU-PHAP', 'VP-UBND-TINH']);
      // This year two agencies in three send; last year every other one did (the others are "mới").
      await fillInbox(inbox, 2026, 0, (i) => i % 3 !== 2, fixtureCodes);
      await fillInbox(path.join(dir, 'phieu-2025'), 2025, 1, (i) => i % 2 === 0, new Set());
      for (const [year, out] of [
        [2025, 'xep-hang-2025'],
        [2026, 'xep-hang-2026'],
      ] as const) {
        const r = await runCli([
          'consolidate',
          '--year',
          String(year),
          '--out',
          path.join(dir, `${out}.xlsx`),
          '--json',
          path.join(dir, `${out}.json`),
          path.join(dir, `phieu-${year}`),
        ]);
        expect(r.err).toBe('');
      }
      report = JSON.parse(readFileSync(path.join(dir, 'xep-hang-2026.json'), 'utf8')) as ConsolidationReport;
      last = JSON.parse(readFileSync(path.join(dir, 'xep-hang-2025.json'), 'utf8')) as ConsolidationReport;
      const r = await runReport({
        consolidation: path.join(dir, 'xep-hang-2026.xlsx'),
        previous: path.join(dir, 'xep-hang-2025.json'),
        outDir,
      });
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
      Object.assign(docs, readWrittenDocx(outDir));
      const pdfOf = convertToPdf(outDir, Object.keys(docs), path.join(dir, 'pdf'), 300_000);
      freshFolder(artifacts);
      for (const [f, pdf] of Object.entries(pdfOf)) {
        pages[f] = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
        // Every page of the report and the decision; the first four letters.
        renderPages(pdf, artifacts, f, {
          first: 1,
          last: f.startsWith('thong-bao') ? 4 : (pages[f] ?? 1),
          dpi: 50,
        });
      }
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const reportDoc = () => docs['bao-cao-xep-hang-cntt-2026.docx'] as DocxContent;
    const decisionDoc = () => docs['du-thao-quyet-dinh-xep-hang-cntt-2026.docx'] as DocxContent;

    test('the forms of other programs were merged with the generated ones', () => {
      const codes = report.tables.flatMap((t) => t.rows.map((r) => r.code));
      expect(codes).toEqual(expect.arrayContaining(['SO-TU-PHAP', 'VP-UBND-TINH']));
      expect(codes.length).toBeGreaterThan(20);
    });

    test('Bảng 1 and 2 in the report and the decision are the JSON report’s tables, with the change from last year', () => {
      for (const doc of [reportDoc(), decisionDoc()])
        for (const t of report.tables) {
          const table = doc.tables.find(
            (x) => x[0]?.[1] === 'Tên cơ quan, đơn vị' && x[0]?.length === 2 + t.criteria.length + 5,
          );
          const before = new Map(
            last.tables.find((x) => x.group === t.group)?.rows.map((r) => [r.code, r]) ?? [],
          );
          expect(table?.slice(1)).toEqual(
            t.rows.map((r, i) => {
              const b = before.get(r.code);
              const move =
                b === undefined
                  ? 'mới'
                  : b.rank > r.rank
                    ? `↑${b.rank - r.rank}`
                    : b.rank < r.rank
                      ? `↓${r.rank - b.rank}`
                      : '=';
              const delta = b === undefined ? '' : hundredths(r.total) - hundredths(b.total);
              return [
                String(i + 1),
                r.name,
                ...r.criteria.map(vi),
                vi(r.total),
                r.rating,
                String(r.rank),
                move,
                delta === '' ? '' : `${delta > 0 ? '+' : ''}${vi(delta / 100)}`,
              ];
            }),
          );
        }
    });

    test('the report’s figures per group, its attainment table and its charts agree with the JSON report', () => {
      const doc = reportDoc();
      report.tables.forEach((t, gi) => {
        const n = t.rows.length;
        const count = (b: string) => t.rows.filter((r) => r.rating === b).length;
        expect(doc.text).toContain(
          `Có ${n} cơ quan, đơn vị được xếp hạng. Kết quả xếp loại: Tốt: ${count('Tốt')} đơn vị; Khá: ${count('Khá')} đơn vị; Trung bình: ${count('Trung bình')} đơn vị; Yếu: ${count('Yếu')} đơn vị.`,
        );
        const attainment = t.criteria.map((c, k) => {
          const sum = t.rows.reduce((a, r) => a + hundredths(r.criteria[k] ?? 0), 0);
          return `${vi(Math.round((sum * 10000) / (n * hundredths(c.cap))) / 100)} %`;
        });
        const table = doc.tables.find(
          (x) =>
            x[0]?.[3] === 'Tỷ lệ đạt' &&
            x.length === t.criteria.length + 1 &&
            x[1]?.[1] === vi(t.criteria[0]?.cap ?? 0),
        );
        expect(table?.slice(1).map((row) => row[3])).toEqual(attainment);
        const [bands, bars] = doc.images.slice(2 * gi, 2 * gi + 2);
        expect(bands?.svgText).toEqual(
          expect.arrayContaining([
            'Tốt',
            'Khá',
            'Trung bình',
            'Yếu',
            ...['Tốt', 'Khá', 'Trung bình', 'Yếu'].map((b) => String(count(b))),
          ]),
        );
        expect(bars?.svgText).toEqual(expect.arrayContaining(attainment));
      });
    });

    test('the commendation list is every agency rated Tốt, in table and rank order', () => {
      const list = decisionDoc().tables.find(
        (x) => x[0]?.join('|') === 'STT|Tên cơ quan, đơn vị|Nhóm|Tổng điểm|Xếp loại|Xếp hạng',
      );
      const expected = report.tables.flatMap((t) =>
        t.rows
          .filter((r) => r.rating === 'Tốt')
          .map((r) => [r.name, `Bảng ${t.tableNumber}`, vi(r.total), 'Tốt', String(r.rank)]),
      );
      expect(expected.length).toBeGreaterThan(0);
      expect(list?.slice(1).map((r) => r.slice(1))).toEqual(expected);
    });

    test('LibreOffice converts each document to PDF; the pages are rendered for a person to look at', () => {
      const ranked = report.tables.reduce((a, t) => a + t.rows.length, 0);
      expect(pages['thong-bao-ket-qua-xep-hang-cntt-2026.docx']).toBeGreaterThanOrEqual(ranked);
      expect(pages['bao-cao-xep-hang-cntt-2026.docx']).toBeGreaterThanOrEqual(4);
      const shots = readdirSync(artifacts).filter((f) => f.endsWith('.png'));
      expect(shots.filter((f) => f.startsWith('bao-cao'))).toHaveLength(
        pages['bao-cao-xep-hang-cntt-2026.docx'] ?? -1,
      );
    });
  },
);
