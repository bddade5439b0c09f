/**
 * The Excel double behaves like Excel where the adapter could get it wrong: reads need load +
 * sync, writes land at sync, formulas compute (with Excel's ROUND), events carry realistic args.
 */
import { createExcelDouble } from '../../src/excel-double';

async function inRun<T>(
  d: ReturnType<typeof createExcelDouble>,
  f: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  return d.Excel.run(f);
}

describe('what Excel does not document within one request', () => {
  it('refuses a lookup by a name renamed or freed in the same request, but finds the sheet by id or after the sync', async () => {
    const d = createExcelDouble();
    await expect(
      inRun(d, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').name = 'Cũ';
        context.workbook.worksheets.getItem('Cũ').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation', message: expect.stringContaining('same request') });

    const d2 = createExcelDouble();
    const id = d2.sheet('Sheet1').id;
    await inRun(d2, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').name = 'Cũ';
      context.workbook.worksheets.add('Sheet1');
      context.workbook.worksheets.getItem(id).getRange('A1').values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem('Cũ').getRange('A2').values = [[2]];
      await context.sync();
    });
    expect(d2.value('Cũ', 'A1')).toBe(1);
    expect(d2.value('Cũ', 'A2')).toBe(2);
  });

  it("refuses a sheet from worksheets.add() in a later request unless tracked, as Microsoft's client does", async () => {
    const d = createExcelDouble();
    await expect(
      inRun(d, async (context) => {
        const sheet = context.workbook.worksheets.add('Mới');
        await context.sync();
        sheet.getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidObjectPath' });
    await inRun(d, async (context) => {
      const sheet = context.workbook.worksheets.add('Mới 2');
      context.trackedObjects.add(sheet);
      await context.sync();
      sheet.getRange('A1').values = [[1]];
      await context.sync();
    });
    expect(d.value('Mới 2', 'A1')).toBe(1);
  });

  it('refuses, on an older host, any member the reference puts in a later set, whatever the double implements', async () => {
    const d = createExcelDouble({ excelApi: '1.6' });
    await expect(
      inRun(d, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRangeByIndexes(0, 0, 1, 1).values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({
      code: 'ApiNotFound',
      message: expect.stringContaining('Worksheet.getRangeByIndexes needs ExcelApi 1.7'),
    });
  });
});

describe('load and sync rules', () => {
  it('throws PropertyNotLoaded when a property is read without load, or after load but before sync', async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      range.load('values');
      expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(range.values).toEqual([
        ['', ''],
        ['', ''],
      ]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  it('applies queued writes only at sync, and counts syncs and payload', async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      sheet.getRange('A1:B1').values = [[2, 3]];
      sheet.getRange('C1').formulas = [['=A1*B1']];
      expect(d.value('Sheet1', 'A1')).toBe('');
      await context.sync();
    });
    expect(d.value('Sheet1', 'C1')).toBe(6);
    expect(d.syncCount()).toBe(1);
    expect(d.stats.syncs[0]?.operations).toBe(2);
    expect(d.stats.syncs[0]?.payloadChars).toBeGreaterThan(10);
  });

  it('refuses a request over the payload limit as a whole, with the documented code, counting UTF-8 bytes', async () => {
    const d = createExcelDouble({ maxPayloadChars: 10_000 });
    const text = 'ữ'.repeat(4000); // 4,000 characters, 12,000 bytes in UTF-8
    await expect(
      inRun(d, async (context) => {
        const sheet = context.workbook.worksheets.getItem('Sheet1');
        sheet.getRange('B1').values = [[1]];
        sheet.getRange('A1').values = [[text]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    expect(d.stats.syncs[0]?.payloadChars).toBeGreaterThan(12_000);
    expect(d.value('Sheet1', 'B1')).toBe('');
  });

  it('sets data validation and row heights on several ranges in one action through getRanges', async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Sheet1');
      const areas = sheet.getRanges('B2, B4:B5; D7');
      areas.dataValidation.rule = { decimal: { formula1: 0, formula2: 2, operator: 'Between' } };
      areas.format.rowHeight = 30;
      await context.sync();
    });
    expect(d.stats.syncs[0]?.operations).toBe(3);
    for (const [row, col] of [
      [1, 1],
      [3, 1],
      [4, 1],
      [6, 3],
    ] as const) {
      expect(d.model.validationAt(d.sheet('Sheet1'), row, col)?.rule).toEqual({
        decimal: { formula1: 0, formula2: 2, operator: 'Between' },
      });
    }
    expect(d.model.validationAt(d.sheet('Sheet1'), 2, 1)).toBeUndefined();
    expect(d.sheet('Sheet1').rowHeights.get(3)).toBe(30);
  });

  it('flushes un-synced work at the end of Excel.run as one more round trip', async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(d.syncCount()).toBe(1);
    expect(d.value('Sheet1', 'A1')).toBe(1);
  });

  it('reports isNullObject only after a sync and propagates null objects', async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope');
      const used = missing.getUsedRangeOrNullObject(true);
      used.load('values');
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(used.isNullObject).toBe(true);
      expect(() => used.values).toThrow();
    });
  });

  it('fails a sync on a missing sheet with ItemNotFound', async () => {
    const d = createExcelDouble();
    await expect(
      inRun(d, async (context) => {
        context.workbook.worksheets.getItem('Nope').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
  });

  it('refuses a matrix whose size does not match the range', async () => {
    const d = createExcelDouble();
    await expect(
      inRun(d, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses members above the host requirement set', async () => {
    const d = createExcelDouble({ excelApi: '1.7' });
    expect(d.Office.context.requirements.isSetSupported('ExcelApi', '1.7')).toBe(true);
    expect(d.Office.context.requirements.isSetSupported('ExcelApi', '1.8')).toBe(false);
    await expect(
      inRun(d, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').dataValidation.rule = {
          decimal: { formula1: 0, formula2: 5, operator: 'Between' },
        };
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
  });
});

describe('formulas', () => {
  it("rounds like Excel's ROUND (half away from zero on the decimal value)", async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      const s = context.workbook.worksheets.getItem('Sheet1');
      s.getRange('A1:A4').values = [[1.005], [0.285], [-2.345], [84.995]];
      s.getRange('B1:B4').formulas = [['=ROUND(A1,2)'], ['=ROUND(A2,2)'], ['=ROUND(A3,2)'], ['=ROUND(A4,2)']];
      await context.sync();
    });
    expect([1, 2, 3, 4].map((r) => d.value('Sheet1', `B${r}`))).toEqual([1.01, 0.29, -2.35, 85]);
  });

  it('keeps text that looks like a number as text when pasted, and parses it when typed in vi-VN', async () => {
    const d = createExcelDouble();
    d.user.paste('Sheet1', 'A1', [['7,5', 8]]);
    d.user.type('Sheet1', 'C1', '7,5');
    d.user.type('Sheet1', 'D1', '7.5');
    expect(d.value('Sheet1', 'A1')).toBe('7,5');
    expect(d.value('Sheet1', 'B1')).toBe(8);
    expect(d.value('Sheet1', 'C1')).toBe(7.5);
    expect(d.value('Sheet1', 'D1')).toBe('7.5');
  });
});

type Args = Excel.WorksheetChangedEventArgs;

describe('onChanged', () => {
  async function watch(d: ReturnType<typeof createExcelDouble>) {
    const seen: Args[] = [];
    const handler = await inRun(d, async (context) => {
      const h = context.workbook.worksheets.getItem('Sheet1').onChanged.add(async (e) => {
        seen.push(e);
      });
      await context.sync();
      return h;
    });
    return { seen, handler };
  }

  it('describes a single-cell edit with details, a pasted block without', async () => {
    const d = createExcelDouble();
    const { seen } = await watch(d);
    d.user.type('Sheet1', 'B2', '5');
    d.user.paste('Sheet1', 'C3', [
      [1, 2],
      [3, 'x'],
    ]);
    await d.settle();
    expect(seen).toHaveLength(2);
    expect(seen[0]).toMatchObject({
      address: 'B2',
      changeType: 'RangeEdited',
      source: 'Local',
      details: { valueBefore: '', valueAfter: 5 },
    });
    expect(seen[1]).toMatchObject({ address: 'C3:D4', changeType: 'RangeEdited', source: 'Local' });
    expect(seen[1]?.details).toBeUndefined();
  });

  it("marks the add-in's own writes with triggerSource ThisLocalAddin and a co-author's as Remote", async () => {
    const d = createExcelDouble();
    const { seen } = await watch(d);
    await inRun(d, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await context.sync();
    });
    d.user.type('Sheet1', 'A2', '2', { source: 'Remote' });
    await d.settle();
    expect(seen.map((e) => [e.triggerSource, e.source])).toEqual([
      ['ThisLocalAddin', 'Local'],
      ['Unknown', 'Remote'],
    ]);
  });

  it('removes a handler only through its own context', async () => {
    const d = createExcelDouble();
    const { seen, handler } = await watch(d);
    expect(d.handlerCount()).toBe(1);
    await d.Excel.run(handler.context, async (context) => {
      handler.remove();
      await context.sync();
    });
    expect(d.handlerCount()).toBe(0);
    d.user.type('Sheet1', 'A1', '1');
    await d.settle();
    expect(seen).toHaveLength(0);
  });

  it('undo restores the cells and fires a change', async () => {
    const d = createExcelDouble();
    d.user.type('Sheet1', 'A1', '3');
    const { seen } = await watch(d);
    d.user.paste('Sheet1', 'A1', [[9], [9]]);
    expect(d.user.undo()).toBe(true);
    await d.settle();
    expect(d.value('Sheet1', 'A1')).toBe(3);
    expect(d.value('Sheet1', 'A2')).toBe('');
    expect(seen).toHaveLength(2);
  });
});

describe('validation and protection for a typing user', () => {
  it('refuses a typed value outside the validation rule but lets a paste through', async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1:A3');
      r.dataValidation.rule = { decimal: { formula1: 0, formula2: 8, operator: 'Between' } };
      r.dataValidation.errorAlert = {
        title: 'Sai',
        message: 'Điểm từ 0 đến 8.',
        showAlert: true,
        style: 'Stop',
      };
      await context.sync();
    });
    expect(d.user.type('Sheet1', 'A1', '9')).toEqual({ accepted: false, message: 'Điểm từ 0 đến 8.' });
    expect(d.user.type('Sheet1', 'A1', '7,5')).toEqual({ accepted: true });
    expect(d.user.paste('Sheet1', 'A2', [[9], ['abc']])).toEqual({ accepted: true });
    expect(d.value('Sheet1', 'A2')).toBe(9);
  });

  it('refuses edits of locked cells on a protected sheet, from the user and from the API', async () => {
    const d = createExcelDouble();
    await inRun(d, async (context) => {
      const s = context.workbook.worksheets.getItem('Sheet1');
      s.getRange('B1').format.protection.locked = false;
      s.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    expect(d.user.type('Sheet1', 'B1', '1').accepted).toBe(true);
    expect(d.user.type('Sheet1', 'A1', '1').accepted).toBe(false);
    await expect(
      inRun(d, async (context) => {
        context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });
});

it('throws a clear error for members it does not model', async () => {
  const d = createExcelDouble();
  await expect(
    inRun(d, async (context) => {
      const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
      r.load('hyperlink');
      await context.sync();
    }),
  ).rejects.toMatchObject({ code: 'NotImplemented', message: expect.stringContaining('Range.hyperlink') });
});

describe('sheets and names, as Excel keeps them', () => {
  it('refuses to delete a very hidden sheet until it is made hidden', async () => {
    const d = createExcelDouble({ initialSheets: ['Sheet1', 'Meta'] });
    await inRun(d, async (context) => {
      context.workbook.worksheets.getItem('Meta').visibility = 'VeryHidden';
      await context.sync();
    });
    await expect(
      inRun(d, async (context) => {
        context.workbook.worksheets.getItem('Meta').delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidOperation' });
    await inRun(d, async (context) => {
      const meta = context.workbook.worksheets.getItem('Meta');
      meta.visibility = 'Hidden';
      meta.delete();
      await context.sync();
    });
    expect(d.sheetNames()).toEqual(['Sheet1']);
  });

  it('keeps a workbook name broken (#REF!) after its sheet is deleted, so adding it again fails until it is deleted', async () => {
    const d = createExcelDouble({ initialSheets: ['Sheet1', 'Data'] });
    await inRun(d, async (context) => {
      context.workbook.names.add('BANG', context.workbook.worksheets.getItem('Data').getRange('A1:B3'));
      await context.sync();
      context.workbook.worksheets.getItem('Data').delete();
      context.workbook.worksheets.add('Data');
      await context.sync();
    });
    const broken = await inRun(d, async (context) => {
      const item = context.workbook.names.getItem('BANG');
      item.load('formula, type');
      const range = item.getRangeOrNullObject();
      await context.sync();
      return { formula: item.formula, type: item.type, isNull: range.isNullObject };
    });
    expect(broken).toEqual({ formula: '=#REF!', type: 'Error', isNull: true });
    await expect(
      inRun(d, async (context) => {
        context.workbook.names.add('BANG', context.workbook.worksheets.getItem('Data').getRange('A1'));
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });

  it('refuses to add, rename or delete sheets in a workbook with a protected structure', async () => {
    const d = createExcelDouble({ initialSheets: ['Sheet1', 'Sheet2'] });
    await inRun(d, async (context) => {
      context.workbook.protection.protect();
      await context.sync();
    });
    for (const act of [
      (c: Excel.RequestContext) => c.workbook.worksheets.add('Mới'),
      (c: Excel.RequestContext) => (c.workbook.worksheets.getItem('Sheet2').name = 'X'),
      (c: Excel.RequestContext) => c.workbook.worksheets.getItem('Sheet2').delete(),
    ]) {
      await expect(
        inRun(d, async (context) => {
          act(context);
          await context.sync();
        }),
      ).rejects.toMatchObject({ code: 'AccessDenied' });
    }
    expect(d.sheetNames()).toEqual(['Sheet1', 'Sheet2']);
  });
});

describe('SUMIFS', () => {
  it('adds the rows matching every equality criterion, text case-insensitively, and follows edits', async () => {
    const d = createExcelDouble();
    d.user.paste('Sheet1', 'A1', [
      ['SO-A', 1, 2.5],
      ['so-a', 2, 4],
      ['SO-B', 1, 8],
      ['SO-A', 1, 0.25],
      ['SO-A', '1', 100],
    ]);
    d.user.paste('Sheet1', 'E1', [['SO-A']]);
    await inRun(d, async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('F1:F2').formulas = [
        ['=SUMIFS(C1:C5,A1:A5,E1,B1:B5,1)'],
        ['=SUMIFS(C1:C5,A1:A5,">A")'],
      ];
      await context.sync();
    });
    // Number 1 also matches the text "1", as Excel's criteria do.
    expect(d.value('Sheet1', 'F1')).toBe(102.75);
    expect(d.value('Sheet1', 'F2')).toBe('#VALUE!');
    d.user.type('Sheet1', 'C4', '10');
    expect(d.value('Sheet1', 'F1')).toBe(112.5);
  });
});
