/** The words and places of a returned form's problems, and the entries the tables receive. */
import { checkSubmission } from '../../../src/core/consolidation/check-submission';
import type { Submission } from '../../../src/core/consolidation/submission';
import type { ReturnedWorkbook } from '../../../src/core/returned/types';
import { META_KEYS, META_SHEET } from '../../../src/core/sheet/metadata';
import { evidenceName, GROUP_NAME, scoreName } from '../../../src/core/sheet/names';
import { agencyOf, ctx, filledForm, subsOf } from '../../support/consolidation/forms';
import { fileInfo, namedAddress, setNamed } from '../../support/consolidation/returned';

const so = agencyOf('so', 3);
const check = (wb: ReturnedWorkbook, c = ctx()): Submission => checkSubmission(fileInfo(wb.fileName), wb, c);

function setMeta(wb: ReturnedWorkbook, key: string, value: string): void {
  const cells = wb.cells[META_SHEET] ?? {};
  for (const [addr, cell] of Object.entries(cells)) {
    if (addr.startsWith('A') && cell.value === key) cells[`B${addr.slice(1)}`] = { value };
  }
  if (`XHCNTT.${key}` in wb.customProperties) wb.customProperties[`XHCNTT.${key}`] = value;
}

describe('the words of a refused form', () => {
  it('says a file is not a survey, naming the hidden sheet the tool looks for', () => {
    const wb = filledForm({ agency: so, fileName: 'bao-cao.xlsx' });
    delete wb.cells[META_SHEET];
    wb.customProperties = {};
    expect(check(wb).problems).toMatchObject([
      {
        code: 'not-a-survey',
        severity: 'error',
        where: { file: 'bao-cao.xlsx' },
        message: `Tệp “bao-cao.xlsx”: không phải phiếu khảo sát do công cụ xếp hạng CNTT tạo ra (không có trang ẩn ${META_SHEET} hay thuộc tính XHCNTT.*); đề nghị đơn vị điền vào mẫu phiếu đã gửi.`,
      },
    ]);
  });

  it('lists at most 8 missing names, then how many there are', () => {
    const wb = filledForm({ agency: so });
    const gone = subsOf('so')
      .slice(0, 5)
      .flatMap((s) => [scoreName(s.code), evidenceName(s.code)]);
    wb.names = wb.names.filter((n) => !gone.includes(n.name));
    const s = check(wb);
    expect(s.outcome).toBe('rejected');
    const p = s.problems.find((x) => x.code === 'name-missing');
    expect(p?.message).toBe(
      `Tệp “${wb.fileName}”: thiếu hoặc hỏng tên vùng (defined name) ${gone.slice(0, 8).join(', ')}, … (10 tên); phiếu đã bị sửa cấu trúc.`,
    );
  });

  it('lists every missing name when there are 8 or fewer', () => {
    const wb = filledForm({ agency: so });
    const gone = subsOf('so')
      .slice(0, 4)
      .flatMap((s) => [scoreName(s.code), evidenceName(s.code)]);
    wb.names = wb.names.filter((n) => !gone.includes(n.name));
    const p = check(wb).problems.find((x) => x.code === 'name-missing');
    expect(p?.message).toContain(`(defined name) ${gone.join(', ')}; phiếu`);
  });

  it('explains a changed structure it cannot place in general words, at the form sheet', () => {
    const wb = filledForm({ agency: so });
    setMeta(wb, META_KEYS.fingerprint, 'khác');
    const p = check(wb).problems.find((x) => x.code === 'structure-changed');
    expect(p).toMatchObject({
      code: 'structure-changed',
      severity: 'error',
      sheet: 'Phiếu',
      where: { file: wb.fileName, sheet: 'Phiếu' },
      message: `Tệp “${wb.fileName}”, trang “Phiếu”: cấu trúc phiếu đã bị sửa so với mẫu (nội dung không nhập liệu (công thức, điểm tối đa, tiêu đề hoặc vị trí ô) khác với mẫu). Đề nghị đơn vị nhập lại điểm vào phiếu gốc, không sửa công thức, không chèn/xóa dòng, không đổi tên trang.`,
    });
  });

  it('quotes the first 5 differences only, pointing at the first', () => {
    const wb = filledForm({ agency: so });
    const cells = wb.cells['Phiếu'] ?? {};
    for (const row of [300, 301, 302, 303, 304, 305, 306]) cells[`Z${row}`] = { value: 'x' };
    const p = check(wb).problems.find((x) => x.code === 'structure-changed');
    expect(p?.cell).toBe('Z300');
    expect(p?.message).toContain(
      '(ô Z300 có nội dung không có trong mẫu; ô Z301 có nội dung không có trong mẫu; ô Z302 có nội dung không có trong mẫu; ô Z303 có nội dung không có trong mẫu; ô Z304 có nội dung không có trong mẫu)',
    );
    expect(p?.message).not.toContain('Z305');
  });

  it('warns about a group cell that is blank only when it holds something else', () => {
    const wb = filledForm({ agency: so });
    setNamed(wb, GROUP_NAME, null);
    expect(check(wb).problems.map((p) => p.code)).not.toContain('group-cell-mismatch');
  });
});

describe('the entries the tables receive', () => {
  const subs = subsOf('so');
  const [a, b, c, d] = subs;
  if (!a || !b || !c || !d) throw new Error('too few sub-criteria');

  it('keeps each self-score as typed (number, text, TRUE/FALSE, blank) and the evidence cleaned', () => {
    const wb = filledForm({ agency: so, scores: { [a.code]: true, [b.code]: ' 7,5 ', [c.code]: null } });
    setNamed(wb, evidenceName(a.code), '  Văn bản\u00A0số 12 ');
    setNamed(wb, evidenceName(b.code), null);
    const entries = check(wb).data?.entries ?? {};
    expect(entries[a.code]).toEqual({ self: 'TRUE', evidence: 'Văn bản số 12' });
    expect(entries[b.code]).toEqual({ self: ' 7,5 ', evidence: '' });
    expect(entries[c.code]?.self).toBeNull();
    expect(entries[d.code]?.self).toBe(Math.floor(d.capHundredths / 2) / 100);
  });

  it('puts an entry problem at its own cell, without repeating the code the name already gives', () => {
    const wb = filledForm({ agency: so, scores: { [a.code]: false } });
    const at = namedAddress(wb, scoreName(a.code));
    const p = check(wb).problems.find((x) => x.code === 'not-a-number');
    expect(p).toMatchObject({
      code: 'not-a-number',
      severity: 'warning',
      sheet: at.sheet,
      cell: at.address,
      where: { file: wb.fileName, sheet: at.sheet, cell: at.address, name: scoreName(a.code) },
      message: `Tệp “${wb.fileName}”, trang “${at.sheet}”, ô ${at.address} (${scoreName(a.code)}): “false” không phải là số; ô này được tính 0 điểm. Hãy nhập điểm từ 0 đến ${String(a.capHundredths / 100).replace('.', ',')}.`,
    });
  });
});
