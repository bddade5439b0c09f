/**
 * The roster file split: CSV (papaparse, no ExcelJS) and .xlsx (ExcelJS, loaded on demand), the
 * Vietnamese headers, and messages that name the file and the line the appraiser sees.
 */
import ExcelJS from 'exceljs';
import { rosterFromRows, rosterGroupCounts, rosterRowsFromTable } from '../../src/core/roster/roster-table';
import { parseRoster, sampleRoster } from '../../src/core/roster/roster';
import { readRosterCsv } from '../../src/xlsx/roster-csv';
import { loadRosterFile, readRosterFile } from '../../src/xlsx/roster-file';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + i * 2] = s.charCodeAt(i) & 0xff;
    out[3 + i * 2] = s.charCodeAt(i) >> 8;
  }
  return out;
}

async function load(text: string | Uint8Array, fileName = 'don-vi.csv') {
  return loadRosterFile(typeof text === 'string' ? utf8(text) : text, fileName);
}

describe('CSV roster', () => {
  it('reads a BOM, semicolons and Vietnamese headers (any case, NFD), normalising names to NFC', async () => {
    const text = `\uFEFF${'MÃ;TÊN ĐƠN VỊ;Nhóm;Tên khác'.normalize('NFD')}\r\nso-a;${'Sở Tài chính'.normalize('NFD')};so;"STC; Sở TC"\r\nH-B;Huyện  Bá Thước;huyen;\r\n`;
    const result = await load(text);
    expect(result).toEqual({
      ok: true,
      roster: [
        { code: 'SO-A', name: 'Sở Tài chính', group: 'so', aliases: ['STC', 'Sở TC'] },
        { code: 'H-B', name: 'Huyện Bá Thước', group: 'huyen' },
      ],
    });
    if (result.ok) expect(result.roster[0]?.name).toBe('Sở Tài chính'.normalize('NFC'));
  });

  it('reads commas with a quoted header containing a comma, and tabs in UTF-16 ("Unicode Text")', async () => {
    const comma = await load('"Tên cơ quan, đơn vị",Mã,Nhóm\n"Sở Y tế",SO-Y-TE,so\n');
    expect(comma).toEqual({ ok: true, roster: [{ code: 'SO-Y-TE', name: 'Sở Y tế', group: 'so' }] });
    const tabs = await load(utf16le('Mã\tTên\tNhóm\r\nH-X\tHuyện Xuân\thuyen\r\n'), 'don-vi.txt');
    expect(tabs).toEqual({ ok: true, roster: [{ code: 'H-X', name: 'Huyện Xuân', group: 'huyen' }] });
  });

  it('reports every bad row with the file name and the line Excel shows (blank lines counted)', async () => {
    const text = [
      'Mã;Tên;Nhóm', // line 1
      'SO-A;Sở A;so', // 2
      '', // 3
      'SO-A;Sở B;so', // 4: duplicate code
      'SO-C;;so', // 5: no name
      'SO-D;Sở D;xa', // 6: unknown group
      ';Sở E;so', // 7: no code
    ].join('\n');
    const result = await load(text, 'sai-dong.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^Tệp danh sách đơn vị “sai-dong\.csv”, dòng 4 \(mã SO-A\): mã SO-A trùng với dòng 2\.$/,
      ),
      expect.stringMatching(/^Tệp danh sách đơn vị “sai-dong\.csv”, dòng 5 \(mã SO-C\): thiếu tên/),
      expect.stringMatching(
        /^Tệp danh sách đơn vị “sai-dong\.csv”, dòng 6 \(mã SO-D\): nhóm “xa” không hợp lệ/,
      ),
      expect.stringMatching(/^Tệp danh sách đơn vị “sai-dong\.csv”, dòng 7: mã cơ quan “” phải gồm/),
    ]);
    for (const p of result.problems) expect(p).toBe(p.normalize('NFC'));
  });

  it('refuses a row with cells past the header (aliases split by an unquoted ";")', async () => {
    const result = await load('Mã;Tên;Nhóm;Tên khác\nSO-A;Sở A;so;STC;Sở TC\n', 'y.csv');
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(
          /^Tệp danh sách đơn vị “y\.csv”, dòng 2: có ô nằm ngoài các cột có tiêu đề \(“Sở TC”\)/,
        ),
      ],
    });
  });

  it('refuses a file without the needed columns, an empty one, and one with only the header', async () => {
    const cases: [string, RegExp][] = [
      ['a,b\n1,2\n', /^Tệp danh sách đơn vị “x\.csv” thiếu cột code, name, group ở dòng tiêu đề/],
      ['', /^Tệp danh sách đơn vị “x\.csv” trống\.$/],
      ['\n\n', /^Tệp danh sách đơn vị “x\.csv” trống\.$/],
      ['Mã;Tên;Nhóm\n', /^Tệp danh sách đơn vị “x\.csv” không có đơn vị nào dưới dòng tiêu đề\.$/],
    ];
    for (const [text, message] of cases) {
      const result = await load(text, 'x.csv');
      expect(result).toEqual({ ok: false, problems: [expect.stringMatching(message)] });
    }
  });

  it('refuses text that is not UTF-8 (a CSV saved in a legacy code page) and a workbook named .csv', async () => {
    const latin1 = new Uint8Array([...utf8('Mã;Tên;Nhóm\nSO-A;S'), 0xe1, ...utf8(';so\n')]);
    const legacy = await load(latin1, 'cu.csv');
    expect(legacy).toEqual({
      ok: false,
      problems: [expect.stringMatching(/“cu\.csv” không phải văn bản UTF-8.*CSV UTF-8/)],
    });
    const zip = await load(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'so-tinh.csv');
    expect(zip).toEqual({ ok: false, problems: [expect.stringMatching(/“so-tinh\.csv” là một sổ tính/)] });
  });

  it('keeps the rows read for the CLI: rows and their lines', () => {
    expect(readRosterCsv(utf8('Mã,Tên,Nhóm\n\nSO-A,Sở A,so\n'), 'a.csv')).toEqual({
      ok: true,
      rows: [{ code: 'SO-A', name: 'Sở A', group: 'so' }],
      lines: [3],
    });
  });

  it('does not load ExcelJS to read a CSV', async () => {
    await jest.isolateModulesAsync(async () => {
      jest.doMock('exceljs', () => {
        throw new Error('ExcelJS loaded for a CSV roster');
      });
      try {
        const isolated = await import('../../src/xlsx/roster-file');
        const result = await isolated.loadRosterFile(utf8('Mã,Tên,Nhóm\nSO-A,Sở A,so\n'), 'a.csv');
        expect(result.ok).toBe(true);
      } finally {
        jest.dontMock('exceljs');
      }
    });
  });
});

describe('.xlsx roster', () => {
  async function xlsx(rows: (string | null)[][], at = 1): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Đơn vị');
    rows.forEach((r, i) => {
      ws.getRow(at + i).values = r.map((v) => v ?? undefined);
    });
    return new Uint8Array(await wb.xlsx.writeBuffer());
  }

  it('reads the first sheet with Vietnamese headers and aliases', async () => {
    const bytes = await xlsx([
      ['Mã', 'Tên', 'Nhóm', 'Tên khác'],
      ['SO-Y-TE', 'Sở Y tế'.normalize('NFD'), 'so', 'SYT; Sở Y tế Thanh Hóa'],
    ]);
    expect(await loadRosterFile(bytes, 'don-vi.xlsx')).toEqual({
      ok: true,
      roster: [{ code: 'SO-Y-TE', name: 'Sở Y tế', group: 'so', aliases: ['SYT', 'Sở Y tế Thanh Hóa'] }],
    });
  });

  it('names the sheet row of a bad agency (the header need not be on row 1)', async () => {
    const bytes = await xlsx(
      [
        ['Mã', 'Tên', 'Nhóm'],
        ['SO-A', 'Sở A', 'so'],
        ['SO-B', 'Sở B', 'tinh'],
      ],
      3,
    );
    const result = await loadRosterFile(bytes, 'don-vi.xlsx');
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringMatching(/^Tệp danh sách đơn vị “don-vi\.xlsx”, dòng 5 \(mã SO-B\): nhóm “tinh”/),
      ],
    });
  });

  it('refuses bytes that are not a workbook', async () => {
    expect(await readRosterFile(utf8('Mã,Tên,Nhóm'), 'hong.xlsx')).toEqual({
      ok: false,
      problems: ['Tệp danh sách đơn vị “hong.xlsx” không phải tệp .xlsx đọc được.'],
    });
  });
});

describe('roster core helpers', () => {
  it('parseRoster numbers rows by position unless told the lines', () => {
    const rows = [
      { code: 'A', name: 'A', group: 'so' },
      { code: 'A', name: 'B', group: 'so' },
    ];
    const plain = parseRoster(rows);
    expect(!plain.ok && plain.problems[0]?.message).toMatch(/^Dòng 2 \(mã A\): mã A trùng với dòng 1\./);
    const located = parseRoster(rows, undefined, { lineOf: (i) => i + 10, where: { file: 'f.csv' } });
    expect(!located.ok && located.problems[0]).toMatchObject({
      row: 11,
      message: expect.stringMatching(/^Tệp “f\.csv”, dòng 11 \(mã A\): mã A trùng với dòng 10\./),
    });
  });

  it('rosterRowsFromTable finds the header under a title', () => {
    const read = rosterRowsFromTable('t.xlsx', [
      { line: 1, cells: ['Danh sách đơn vị năm 2026', ''] },
      { line: 3, cells: ['Mã', 'Tên', 'Nhóm'] },
      { line: 4, cells: ['X', 'Đơn vị X', 'so'] },
    ]);
    expect(read).toEqual({ ok: true, rows: [{ code: 'X', name: 'Đơn vị X', group: 'so' }], lines: [4] });
    // Without a header anywhere, the first line is taken for it and its missing columns named.
    expect(rosterRowsFromTable('t.xlsx', [{ line: 1, cells: ['Mã', 'Tên'] }])).toEqual({
      ok: false,
      problems: [expect.stringContaining('thiếu cột group ở dòng tiêu đề')],
    });
  });

  it('rosterRowsFromTable takes the first non-blank line as the header', () => {
    const read = rosterRowsFromTable('t.csv', [
      { line: 1, cells: ['', ''] },
      { line: 2, cells: ['code', 'name', 'group', 'aliases'] },
      { line: 3, cells: ['X', 'Đơn vị X', 'so', 'X1;X2'] },
    ]);
    expect(read).toEqual({
      ok: true,
      rows: [{ code: 'X', name: 'Đơn vị X', group: 'so', aliases: ['X1', 'X2'] }],
      lines: [3],
    });
    expect(rosterFromRows('t.csv', read).ok).toBe(true);
  });

  it('counts agencies per group in the regime order', () => {
    expect(rosterGroupCounts(sampleRoster)).toEqual([
      { groupId: 'so', name: 'Sở, ban, ngành cấp tỉnh', count: 20 },
      { groupId: 'huyen', name: 'UBND các huyện, thị xã, thành phố', count: 27 },
    ]);
  });
});
