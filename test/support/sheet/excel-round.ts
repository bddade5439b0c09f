/**
 * HyperFormula's ROUND computes Math.round(x*100)/100, so ROUND(1.005,2) gives 1.00 where Excel and
 * LibreOffice give 1.01 (they round the decimal value the user typed). The formula tests replace it
 * with an Excel-faithful ROUND written independently of the core: scale, snap to 15 significant
 * digits as Excel does, then round half away from zero.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from 'hyperformula';

export function excelRound(x: number, places: number): number {
  const factor = 10 ** places;
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  const rounded = Math.round(scaled) / factor;
  return x < 0 && rounded !== 0 ? -rounded : rounded;
}

type RunArgs = Parameters<FunctionPlugin['runFunction']>;

class ExcelRoundPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    ROUND: {
      method: 'round',
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER },
      ],
    },
  };

  round(ast: { args: RunArgs[0] }, state: RunArgs[1]) {
    return this.runFunction(ast.args, state, this.metadata('ROUND'), (x: number, places: number) =>
      excelRound(x, places),
    );
  }
}

let installed = false;

/** Swaps HyperFormula's ROUND for the Excel-faithful one (module-global, once per test file). */
export function installExcelRound(): void {
  if (installed) return;
  HyperFormula.unregisterFunction('ROUND');
  HyperFormula.registerFunctionPlugin(ExcelRoundPlugin, { enGB: { ROUND: 'ROUND' } });
  installed = true;
}
