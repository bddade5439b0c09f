/** The folder walk of `consolidate` is bounded and gives every path an outcome. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { walkInputs } from '../../src/cli/walk-inputs';

const dir = mkdtempSync(path.join(tmpdir(), 'xhcntt-walk-'));

test('stops at the depth limit and lists the folder it did not enter', () => {
  const deep = path.join(dir, 'sau', 'a', 'b', 'c');
  mkdirSync(deep, { recursive: true });
  writeFileSync(path.join(dir, 'sau', 'a', 'p1.xlsx'), '');
  writeFileSync(path.join(deep, 'p2.xlsx'), '');
  const r = walkInputs([path.join(dir, 'sau')], new Set(), { maxDepth: 2, maxEntries: 100 });
  expect(r.files).toEqual([path.join(dir, 'sau', 'a', 'p1.xlsx')]);
  expect(r.skipped).toEqual([{ path: deep, reason: 'thư mục lồng quá 2 cấp; không duyệt tiếp' }]);
});

test('stops after the entry limit and says the rest was not checked', () => {
  const many = path.join(dir, 'nhieu');
  mkdirSync(many);
  for (let i = 0; i < 10; i++) writeFileSync(path.join(many, `p${i}.xlsx`), '');
  const r = walkInputs([many], new Set(), { maxDepth: 5, maxEntries: 5 });
  expect(r.files).toHaveLength(4);
  expect(r.skipped).toHaveLength(1);
  expect(r.skipped[0]?.reason).toMatch(/đã dừng duyệt: quá 5 mục/);
});

test('a file named on the command line is checked whatever its extension; in a folder it is skipped', () => {
  const note = path.join(dir, 'ghi-chu.txt');
  writeFileSync(note, 'x');
  expect(walkInputs([note], new Set())).toEqual({ files: [note], skipped: [] });
  const missing = path.join(dir, 'khong-co.xlsx');
  expect(walkInputs([missing], new Set()).skipped[0]?.reason).toBe(
    'không đọc được: không tìm thấy tệp hoặc thư mục',
  );
});

test('the outputs themselves are left out', () => {
  const own = path.join(dir, 'rieng');
  mkdirSync(own);
  writeFileSync(path.join(own, 'ket-qua.xlsx'), '');
  writeFileSync(path.join(own, 'phieu.xlsx'), '');
  expect(walkInputs([own], new Set([path.join(own, 'ket-qua.xlsx')])).files).toEqual([
    path.join(own, 'phieu.xlsx'),
  ]);
});
