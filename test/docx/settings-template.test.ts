/**
 * The Word template of fixed text: written by `report --write-template`, edited as in Word (cells
 * rewritten), passed back with --docx-template; the documents then carry the Sở's text and rule.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { defaultSettings } from '../../src/core/documents/settings';
import { readSettingsTemplate } from '../../src/docx/settings-template';
import { runCli } from '../support/cli/run-cli';
import { buildState, regime, writeConsolidation } from '../support/documents/consolidations';
import { readDocx } from '../support/documents/docx-read';

jest.setTimeout(120000);

/** Rewrites the "Nội dung" cell of the row labelled `label`, one paragraph per line, as Word would save it. */
function editCell(docx: Uint8Array, edits: Record<string, string[]>): Uint8Array {
  const files = unzipSync(docx);
  let xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
  xml = xml.replace(/<w:tr[ >][\s\S]*?<\/w:tr>/g, (row) => {
    const cells = [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
    const label = [...(cells[0] ?? '').matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const lines = edits[label];
    if (!lines || !cells[1]) return row;
    const paragraphs = lines
      .map(
        (l) =>
          `<w:p><w:r w:rsidR="00AB12CD"><w:t xml:space="preserve">${l.slice(0, 3)}</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:t>${l.slice(3)}</w:t></w:r></w:p>`,
      )
      .join('');
    return row.replace(cells[1], `<w:tc><w:tcPr/>${paragraphs || '<w:p/>'}</w:tc>`);
  });
  files['word/document.xml'] = strToU8(xml);
  return zipSync(files);
}

describe('Word template of fixed text', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-mau-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const template = path.join(dir, 'mau-van-ban.docx');

  test('the default template reads back as the defaults', async () => {
    const r = await runCli(['report', '--write-template', template]);
    expect(r.code).toBe(0);
    const read = readSettingsTemplate(
      new Uint8Array(readFileSync(template)),
      'mau-van-ban.docx',
      defaultSettings(regime),
      regime,
    );
    expect(read).toEqual({ ok: true, settings: defaultSettings(regime) });
    // Never overwritten.
    expect((await runCli(['report', '--write-template', template])).code).toBe(2);
  });

  test('edits made in Word reach the documents: signatory, recipients and the commendation rule', async () => {
    const edited = editCell(new Uint8Array(readFileSync(template)), {
      'Quyết định: họ tên người ký': ['Nguyễn Văn A'],
      'Quyết định: nơi nhận': ['Bộ Khoa học và Công nghệ (để b/c);', 'Lưu: VT, KTTC.'],
      'Khen thưởng: xếp loại được đề xuất': ['Tốt, Khá'],
      'Khen thưởng: số đơn vị tối đa mỗi bảng': ['2'],
    });
    const file = path.join(dir, 'mau-da-sua.docx');
    writeFileSync(file, edited);
    const built = buildState(2026, 3);
    await writeConsolidation(path.join(dir, 'c.xlsx'), built);
    const r = await runCli([
      'report',
      '--consolidation',
      path.join(dir, 'c.xlsx'),
      '--docx-template',
      file,
      '--out-dir',
      path.join(dir, 'out'),
    ]);
    expect(r.err).toBe('');
    const decision = readDocx(path.join(dir, 'out', 'du-thao-quyet-dinh-xep-hang-cntt-2026.docx'));
    expect(decision.text).toContain('Nguyễn Văn A');
    expect(decision.text).toContain('- Bộ Khoa học và Công nghệ (để b/c);\n- Lưu: VT, KTTC.');
    expect(decision.text).toContain(
      'Tiêu chí đề xuất: các cơ quan, đơn vị xếp loại Tốt, Khá, theo thứ tự xếp hạng, tối đa 2 đơn vị mỗi bảng.',
    );
    const list = decision.tables.find(
      (x) => x[0]?.join('|') === 'STT|Tên cơ quan, đơn vị|Nhóm|Tổng điểm|Xếp loại|Xếp hạng',
    );
    const expected = built.tables.flatMap((t) =>
      t.rows
        .filter((row) => row.rating === 'Tốt' || row.rating === 'Khá')
        .slice(0, 2)
        .map((row) => row.name),
    );
    expect(list?.slice(1).map((row) => row[1])).toEqual(expected);
  });

  test('a wrong band or count is reported by its row and nothing is written', async () => {
    const file = path.join(dir, 'mau-sai.docx');
    writeFileSync(
      file,
      editCell(new Uint8Array(readFileSync(template)), {
        'Khen thưởng: xếp loại được đề xuất': ['Xuất sắc'],
        'Khen thưởng: số đơn vị tối đa mỗi bảng': ['ba'],
      }),
    );
    const r = await runCli([
      'report',
      '--consolidation',
      path.join(dir, 'c.xlsx'),
      '--docx-template',
      file,
      '--out-dir',
      path.join(dir, 'out-2'),
    ]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(
      /Tệp mẫu “mau-sai\.docx”, dòng \d+ của bảng \(“Khen thưởng: xếp loại được đề xuất”\): không có xếp loại “Xuất sắc”/,
    );
    expect(r.err).toContain('“ba” không phải số nguyên dương');
    expect(existsSync(path.join(dir, 'out-2'))).toBe(false);
    const notDocx = path.join(dir, 'khong-phai.docx');
    writeFileSync(notDocx, 'x');
    const bad = await runCli([
      'report',
      '--consolidation',
      path.join(dir, 'c.xlsx'),
      '--docx-template',
      notDocx,
      '--out-dir',
      path.join(dir, 'out-3'),
    ]);
    expect(bad.err).toContain('Tệp mẫu “khong-phai.docx” không phải văn bản Word');
  });
});
