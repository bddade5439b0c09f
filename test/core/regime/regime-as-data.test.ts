import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import qd4289 from '../../../src/core/regime/qd4289.json';

/** Every .ts file under a folder. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return /\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('the regime is data', () => {
  it('no core source file (outside comments) repeats a label, title or name of the built-in regime', () => {
    const facts = [
      ...qd4289.bands.map((b) => b.label),
      ...qd4289.groups.flatMap((g) => [
        g.name,
        g.tableTitle.split('{year}')[0]!.trim(),
        ...g.criteria.map((c) => c.title),
      ]),
      qd4289.legalBasis,
      qd4289.appraiser.name,
    ];
    const offenders: string[] = [];
    for (const file of tsFiles(join(__dirname, '../../../src/core'))) {
      // Comments may cite the decision; code and string literals may not.
      const text = readFileSync(file, 'utf8')
        .normalize('NFC')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      for (const fact of facts) {
        if (text.includes(`'${fact}'`) || text.includes(`"${fact}"`) || text.includes(`\`${fact}`))
          offenders.push(`${file}: ${fact}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
