/**
 * Excel's ROUND works on the 15-significant-digit decimal of a number and rounds halves away
 * from zero (ROUND(1.005,2) = 1.01); HyperFormula's built-in uses binary floats (gives 1).
 * The double replaces it so the sheet formulas compute what Excel computes.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';

// HyperFormula does not export its AST and state types from the package entry point.
type RunFunction = (args: unknown, state: unknown, metadata: unknown, fn: (n: number, places: number) => number) => unknown;

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
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 }],
    },
  };

  round(ast: { args: unknown }, state: unknown) {
    const run = this.runFunction as unknown as RunFunction;
    return run.call(this, ast.args, state, this.metadata('ROUND'), (n: number, places: number) => excelRound(n, places));
  }
}

let installed = false;

/** Registers the Excel-exact ROUND once per HyperFormula module instance. */
export function installExcelRound(): void {
  if (installed) return;
  HyperFormula.unregisterFunction('ROUND');
  HyperFormula.registerFunction('ROUND', ExcelRoundPlugin);
  installed = true;
}
