/**
 * Excel functions HyperFormula lacks or computes differently, registered in place of its own.
 * Excel's ROUND works on the 15-significant-digit decimal of a number and rounds halves away
 * from zero (ROUND(1.005,2) = 1.01); HyperFormula's built-in uses binary floats (gives 1).
 * The double replaces it so the sheet formulas compute what Excel computes.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';
import { ExcelSumifsPlugin } from './sumifs';

// HyperFormula does not export its AST and state types from the package entry point.
type RunFunction = (
  args: unknown,
  state: unknown,
  metadata: unknown,
  fn: (n: number, places: number) => number,
) => unknown;

export function excelRound(x: number, places: number): number {
  if (!Number.isFinite(x)) return x;
  const p = Math.trunc(places);
  const digits = Math.abs(x).toPrecision(15);
  if (digits.includes('e')) {
    const m = 10 ** p;
    return (Math.sign(x) * Math.round(Math.abs(x) * m)) / m;
  }
  const shifted = Number(`${digits}e${p}`);
  const rounded = Math.floor(shifted + 0.5);
  const result = Number(`${rounded}e${-p}`);
  return x < 0 ? -result : result;
}

class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  round(ast: { args: unknown }, state: unknown) {
    const run = this.runFunction as unknown as RunFunction;
    return run.call(this, ast.args, state, this.metadata('ROUND'), (n: number, places: number) =>
      excelRound(n, places),
    );
  }
}

/** RANK(number, ref, [order]): standard competition ranking over the numbers of ref, as Excel's. */
export function excelRank(n: number, values: readonly unknown[], ascending: boolean): number | null {
  const numbers = values.filter((v): v is number => typeof v === 'number');
  if (!numbers.includes(n)) return null;
  return 1 + numbers.filter((v) => (ascending ? v < n : v > n)).length;
}

type RunRank = (
  args: unknown,
  state: unknown,
  metadata: unknown,
  fn: (n: number, range: { valuesFromTopLeftCorner(): unknown[] }, order: number) => unknown,
) => unknown;

class ExcelRankPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    RANK: {
      method: 'rank',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };

  rank(ast: { args: unknown }, state: unknown) {
    const run = this.runFunction as unknown as RunRank;
    return run.call(this, ast.args, state, this.metadata('RANK'), (n, range, order) => {
      const r = excelRank(n, range.valuesFromTopLeftCorner(), order !== 0);
      return r ?? new CellError(ErrorType.NA);
    });
  }
}

let installed = false;

/** Registers the Excel-exact functions once per HyperFormula module instance. */
export function installExcelFunctions(): void {
  if (installed) return;
  HyperFormula.unregisterFunction('ROUND');
  HyperFormula.registerFunction('ROUND', ExcelRoundPlugin);
  if (!HyperFormula.getRegisteredFunctionNames('enGB').includes('RANK')) {
    HyperFormula.registerFunction('RANK', ExcelRankPlugin, {
      enGB: { RANK: 'RANK' },
      enUS: { RANK: 'RANK' },
    });
  }
  HyperFormula.unregisterFunction('SUMIFS');
  HyperFormula.registerFunction('SUMIFS', ExcelSumifsPlugin);
  installed = true;
}
