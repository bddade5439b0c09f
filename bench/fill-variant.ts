/**
 * One filled returned form: random self-scores (mostly valid, some blank, over the cap or typed
 * as text), evidence, the agency's code and name, and the cached results Excel would have saved
 * (counted points, subtotals, total, rating), computed with the core's scoring.
 */
import { strToU8, zipSync } from 'fflate';
import { countedHundredths } from '../src/core/scoring/rules';
import { scoreForm, type FormInputs } from '../src/core/scoring/score';
import { builtInRegime } from '../src/core/regime/load';
import type { Agency } from '../src/core/roster/types';
import type { GroupTemplate } from '../src/core/template/types';
import type { BaseWorkbook } from './base-workbook';
import { escapeXml } from './sheet-template';

/** Small deterministic PRNG (mulberry32), so every run benchmarks the same files. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomScore(rand: () => number, capHundredths: number): number | string | null {
  const roll = rand();
  if (roll < 0.04) return null;
  if (roll < 0.06) return (capHundredths + 100) / 100;
  if (roll < 0.08) return String(Math.round(rand() * capHundredths) / 100).replace('.', ',');
  return Math.round(rand() * capHundredths) / 100;
}

export function fillVariant(
  base: BaseWorkbook,
  group: GroupTemplate,
  agency: Agency,
  seed: number,
): Uint8Array {
  const rand = random(seed);
  const strings: string[] = [];
  const cells = new Map<string, string>();
  const style = (address: string): string => {
    const s = base.form.cells.get(address)?.style;
    return s === undefined ? '' : ` s="${s}"`;
  };
  const text = (address: string, value: string): void => {
    cells.set(
      address,
      `<c r="${address}"${style(address)} t="s"><v>${base.sharedStringCount + strings.length}</v></c>`,
    );
    strings.push(value);
  };
  const number = (address: string, value: number): void => {
    cells.set(address, `<c r="${address}"${style(address)}><v>${value}</v></c>`);
  };
  const cached = (address: string, value: number | string): void => {
    const f = base.form.cells.get(address)?.formulaXml ?? '';
    const typed = typeof value === 'string' ? ' t="str"' : '';
    cells.set(
      address,
      `<c r="${address}"${style(address)}${typed}>${f}<v>${typeof value === 'string' ? escapeXml(value) : value}</v></c>`,
    );
  };

  const inputs: FormInputs = {};
  for (const row of base.layout.rows) {
    const score = randomScore(rand, row.capHundredths);
    const evidence =
      rand() < 0.97
        ? `Quyết định số ${Math.floor(rand() * 900) + 10}/QĐ-${agency.code} ngày ${Math.floor(rand() * 28) + 1}/10/2026`
        : '';
    if (typeof score === 'number') number(row.scoreCell, score);
    else if (typeof score === 'string') text(row.scoreCell, score);
    if (evidence !== '') text(row.evidenceCell, evidence);
    cached(row.countedCell, countedHundredths(score, row.capHundredths) / 100);
    inputs[row.code] = { score, evidence };
  }
  const result = scoreForm(builtInRegime, group, inputs);
  for (const c of base.layout.criterionRows) {
    cached(c.subtotalCell, (result.criteria.find((x) => x.number === c.number)?.pointsHundredths ?? 0) / 100);
  }
  cached(base.layout.totalCell, result.totalHundredths / 100);
  cached(base.layout.ratingCell, result.band.label);
  text(base.layout.agencyCodeCell, agency.code);
  text(base.layout.agencyNameCell, agency.name);

  const total = base.sharedStringCount + strings.length;
  const sst = base.sharedStrings
    .replace(/count="\d+"/, `count="${total}"`)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${total}"`)
    .replace(
      '</sst>',
      `${strings.map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`).join('')}</sst>`,
    );
  return zipSync({
    ...base.parts,
    'xl/sharedStrings.xml': strToU8(sst),
    [base.formPart]: strToU8(base.form.render(cells)),
  });
}
