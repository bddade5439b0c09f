/**
 * SUMIFS for the double. HyperFormula's own scans every criteria range with generic machinery for
 * each formula, which makes a ranking table of hundreds of agencies take minutes; this one reads
 * each range once per recalculation. It models Excel's equality criteria (a number, which also
 * matches text that reads as that number; a text, matched case-insensitively) and refuses
 * operators and wildcards with #VALUE! rather than guess them.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type SimpleRangeValue,
} from 'hyperformula';

type RunSumifs = (
  args: unknown,
  state: unknown,
  metadata: unknown,
  fn: (...args: unknown[]) => unknown,
) => unknown;

/** Range values read during the current recalculation; any write to any workbook clears it. */
let rangeCache = new Map<string, unknown[]>();

export function invalidateRangeCache(): void {
  if (rangeCache.size > 0) rangeCache = new Map();
}

const owners = new WeakMap<object, number>();
let nextOwner = 1;

function flatValues(range: SimpleRangeValue, owner: object): unknown[] {
  const r = range.range;
  if (!r) return range.valuesFromTopLeftCorner();
  let id = owners.get(owner);
  if (id === undefined) owners.set(owner, (id = nextOwner++));
  const key = `${id}|${r.start.sheet}|${r.start.row},${r.start.col}|${r.end.row},${r.end.col}`;
  let values = rangeCache.get(key);
  if (!values) {
    values = range.valuesFromTopLeftCorner();
    rangeCache.set(key, values);
  }
  return values;
}

function raw(v: unknown): unknown {
  // HyperFormula keeps some numbers as tagged objects (dates, currencies) with the number in `val`.
  return v !== null && typeof v === 'object' && 'val' in v ? (v as { val: unknown }).val : v;
}

function asNumber(text: string): number | null {
  const t = text.trim();
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : null;
}

type Matcher = (cell: unknown) => boolean;

function matcher(criterion: unknown): Matcher | null {
  const c = raw(criterion);
  if (typeof c === 'number') {
    return (cell) => {
      const v = raw(cell);
      return typeof v === 'number' ? v === c : typeof v === 'string' && asNumber(v) === c;
    };
  }
  if (typeof c === 'string' && c !== '' && !/^[<>=]|[*?~]/.test(c) && asNumber(c) === null) {
    const want = c.toLocaleLowerCase();
    return (cell) => {
      const v = raw(cell);
      return typeof v === 'string' && v.toLocaleLowerCase() === want;
    };
  }
  return null;
}

export class ExcelSumifsPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    SUMIFS: {
      method: 'sumifs',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
      repeatLastArgs: 2,
    },
  };

  sumifs(ast: { args: unknown }, state: unknown) {
    const run = this.runFunction as unknown as RunSumifs;
    const owner = this.dependencyGraph as unknown as object;
    return run.call(
      this,
      ast.args,
      state,
      this.metadata('SUMIFS'),
      (sumRange: unknown, ...pairs: unknown[]) => {
        const sums = flatValues(sumRange as SimpleRangeValue, owner);
        const tests: { values: unknown[]; match: Matcher }[] = [];
        for (let i = 0; i + 1 < pairs.length; i += 2) {
          const range = pairs[i] as SimpleRangeValue;
          const match = matcher(pairs[i + 1]);
          if (!match)
            return new CellError(
              ErrorType.VALUE,
              'Excel test double: SUMIFS criteria other than a plain number or text are not modelled.',
            );
          if (
            range.width() !== (sumRange as SimpleRangeValue).width() ||
            range.height() !== (sumRange as SimpleRangeValue).height()
          ) {
            return new CellError(ErrorType.VALUE, 'SUMIFS ranges must have the same size.');
          }
          tests.push({ values: flatValues(range, owner), match });
        }
        let total = 0;
        for (let k = 0; k < sums.length; k++) {
          if (!tests.every((t) => t.match(t.values[k]))) continue;
          const v = raw(sums[k]);
          if (v instanceof CellError) return v;
          if (typeof v === 'number') total += v;
          else if (v === EmptyValue) continue;
        }
        return total;
      },
    );
  }
}
