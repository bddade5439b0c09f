/**
 * The double enforces Excel's documented limits (src/core/sheet/excel-limits.ts) where Office.js
 * would refuse or silently cut, and refuses what Office.js leaves undocumented: looking a sheet up
 * by the name a rename in the same batch gave it.
 */
import { EXCEL_LIMITS } from '../../src/core/sheet/excel-limits';
import { createExcelDouble } from '../../src/excel-double';

const code = (c: string) => expect.objectContaining({ code: c });

describe("the double and Excel's limits", () => {
  it('refuses a getRanges address over 8,192 characters, which Excel would silently cut', async () => {
    const d = createExcelDouble();
    // 2,731 areas "A1" joined by commas: exactly 8,192 characters.
    const atLimit = Array.from({ length: 2731 }, () => 'A1').join(',');
    expect(atLimit.length).toBe(EXCEL_LIMITS.rangeAddress);
    await d.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRanges(atLimit).format.rowHeight = 30;
      await context.sync();
      expect(() => sheet.getRanges(`${atLimit},B1`)).toThrow(code('InvalidArgument'));
      expect(() => sheet.getRange(`'${'x'.repeat(8190)}'!A1`)).toThrow(/first 8192/);
    });
  });

  it('refuses validation texts and custom properties over their limits, and accepts them at the limit', async () => {
    const d = createExcelDouble();
    await d.Excel.run(async (context) => {
      const dv = context.workbook.worksheets.getItem('Sheet1').getRange('B2').dataValidation;
      dv.prompt = { title: 'T'.repeat(32), message: 'ệ'.repeat(255), showPrompt: true };
      dv.errorAlert = { title: 'T'.repeat(32), message: 'ố'.repeat(225), showAlert: true, style: 'Stop' };
      expect(() => (dv.prompt = { title: 'T'.repeat(33), message: 'x', showPrompt: true })).toThrow(
        code('InvalidArgument'),
      );
      expect(() => (dv.prompt = { title: 'T', message: 'ệ'.repeat(256), showPrompt: true })).toThrow(
        code('InvalidArgument'),
      );
      expect(
        () => (dv.errorAlert = { title: 'T', message: 'ố'.repeat(226), showAlert: true, style: 'Stop' }),
      ).toThrow(code('InvalidArgument'));
      const props = context.workbook.properties.custom;
      props.add('XHCNTT.x', 'đ'.repeat(255));
      expect(() => props.add('XHCNTT.y', 'đ'.repeat(256))).toThrow(code('InvalidArgument'));
      await context.sync();
    });
    expect(d.customProperties()['XHCNTT.x']).toHaveLength(255);
  });

  it.each(['C'.repeat(32), 'Bảng 1/2', 'Bảng [1]', "'Phiếu"])('refuses the sheet name %p', async (name) => {
    const d = createExcelDouble();
    await expect(
      d.Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        await context.sync();
      }),
    ).rejects.toEqual(code('InvalidArgument'));
  });
});

describe('a renamed sheet in the same batch', () => {
  it('is reached through the proxy that renamed it', async () => {
    const d = createExcelDouble();
    await d.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.name = 'Phiếu';
      sheet.getRange('A1').values = [['giữ proxy']];
      await context.sync();
    });
    expect(d.value('Phiếu', 'A1')).toBe('giữ proxy');
  });

  it('is refused when looked up again by its new name before a sync', async () => {
    const d = createExcelDouble();
    await expect(
      d.Excel.run(async (context) => {
        context.workbook.worksheets.getItem('Sheet1').name = 'Phiếu';
        context.workbook.worksheets.getItem('Phiếu').getRange('A1').values = [['tra theo tên mới']];
        await context.sync();
      }),
    ).rejects.toEqual(code('InvalidOperation'));
  });
});
