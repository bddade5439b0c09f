/**
 * The requirement-set table the double enforces is derived from @types/office-js, not typed by
 * hand: regenerating it gives the committed file, and it states the facts the adapter's gates rest on.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { apiSetOf } from '../../src/excel-double/api-guard';

const root = path.resolve(__dirname, '../..');

describe('the requirement-set table', () => {
  it('is what scripts/excel-api-sets.mjs derives from @types/office-js today', () => {
    // Exits 1 (and the test fails) when the committed table differs.
    expect(() =>
      execFileSync(process.execPath, [path.join(root, 'scripts/excel-api-sets.mjs'), '--check'], {
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  it.each([
    ['NamedItem', 'formula', '1.7'],
    ['Worksheet', 'getRangeByIndexes', '1.7'],
    ['NamedItem', 'getRangeOrNullObject', '1.4'],
    ['Range', 'address', '1.1'],
    ['Range', 'dataValidation', '1.8'],
    ['Workbook', 'properties', '1.7'],
    ['Application', 'calculate', '1.1'],
    ['WorksheetChangedEventArgs', 'triggerSource', '1.14'],
  ])('puts %s.%s in ExcelApi %s', (type, member, set) => {
    expect(apiSetOf(type, member)?.set).toBe(set);
  });

  it('tells a getter from a setter when the reference does (calculationMode: read 1.1, set 1.8)', () => {
    expect(apiSetOf('Application', 'calculationMode')).toEqual({ set: '1.1', type: null, setter: '1.8' });
  });

  it('knows the type a member gives, so the double can follow Range → RangeFormat → RangeFill', () => {
    expect(apiSetOf('Range', 'format')?.type).toBe('RangeFormat');
    expect(apiSetOf('RangeFormat', 'fill')?.type).toBe('RangeFill');
    expect(apiSetOf('WorksheetCollection', 'items')).toEqual({ set: null, type: 'Worksheet', setter: null });
  });
});
