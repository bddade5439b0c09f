/** The one “number from min to max, two decimals at most” validation every sheet's input cells use. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { AT_MOST_TWO_DECIMALS, decimalValidation } from '../../../src/core/sheet/decimal-validation';
import type { RangeSpec } from '../../../src/core/sheet/spec';

const cell: RangeSpec = { row: 5, col: 4, lastRow: 5, lastCol: 4 };
const wording = {
  promptTitle: 'Điểm thẩm định',
  prompt: ({ min, max }: { min: string; max: string }) =>
    `Nhập số từ ${min} đến ${max}, ${AT_MOST_TWO_DECIMALS}.`,
  errorTitle: 'Điểm không hợp lệ',
  error: ({ max }: { max: string }) => `Phải là số từ 0 đến ${max}.`,
};

describe('decimalValidation', () => {
  it('limits a cell to 0..cap, exactly the cap the points are rounded against, blank allowed', () => {
    const v = decimalValidation(cell, { maxHundredths: 150 }, wording);
    expect(v).toEqual({
      kind: 'decimal',
      range: cell,
      min: 0,
      max: 1.5,
      allowBlank: true,
      prompt: { title: 'Điểm thẩm định', message: 'Nhập số từ 0 đến 1,5, tối đa 2 chữ số thập phân.' },
      error: { title: 'Điểm không hợp lệ', message: 'Phải là số từ 0 đến 1,5.' },
    });
    // No “whole” key unless asked: the rendered validation of issued forms stays as it was.
    expect('whole' in v).toBe(false);
  });

  it('shows any two-decimal bounds with the Vietnamese comma and keeps them exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 99 }), (whole, cents) => {
        const h = whole * 100 + cents;
        const v = decimalValidation(cell, { minHundredths: 0, maxHundredths: h }, wording);
        expect(Math.round(v.max * 100)).toBe(h);
        const shown = v.error.message.replace('Phải là số từ 0 đến ', '').replace(/\.$/, '');
        expect(Number(shown.replace(/\./g, '').replace(',', '.'))).toBe(h / 100);
        expect(shown).not.toMatch(/\.\d{1,2}$/);
      }),
    );
  });

  it('asks for whole numbers when told to, from a lower bound other than 0', () => {
    const v = decimalValidation(
      cell,
      { minHundredths: -500, maxHundredths: 1_000_000, whole: true },
      wording,
    );
    expect(v).toMatchObject({ whole: true, min: -5, max: 10_000 });
    expect(v.prompt.message).toBe('Nhập số từ -5 đến 10.000, tối đa 2 chữ số thập phân.');
  });
});

const root = path.resolve(__dirname, '../../..');
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

// Skipped in mutation runs only: Stryker rewrites the literal this reads in its copy of the mutated file, and a
// test that reads source text kills no mutant.
const sourceTest = process.env['MUTATION_RUN'] ? test.skip : test;

sourceTest('no sheet builds its own decimal validation: every one goes through decimalValidation', () => {
  const own = sourceFiles(path.join(root, 'src'))
    .filter((f) => /kind:\s*'decimal',/.test(readFileSync(f, 'utf8')))
    .map((f) => path.relative(root, f));
  expect(own).toEqual(['src/core/sheet/decimal-validation.ts']);
});
