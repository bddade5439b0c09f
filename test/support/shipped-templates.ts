/** Every template file the product ships, enumerated (new built-ins are covered without editing tests), plus the format-2 test one. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtInRegime } from '../../src/core/regime/load';
import { parseTemplate } from '../../src/core/template/load';
import type { SurveyTemplate } from '../../src/core/template/types';
import { format2Template } from './format2-template';

const TEMPLATE_DIR = path.join(__dirname, '../../src/core/template');

export function shippedTemplates(): [string, SurveyTemplate][] {
  const files = readdirSync(TEMPLATE_DIR).filter((f) => f.endsWith('.json'));
  const shipped = files.map((f): [string, SurveyTemplate] => {
    const r = parseTemplate(JSON.parse(readFileSync(path.join(TEMPLATE_DIR, f), 'utf8')), builtInRegime);
    if (!r.ok) throw new Error(`${f}: ${r.problems.map((p) => p.message).join('; ')}`);
    return [f, r.template];
  });
  return [...shipped, ['format-2 test template', format2Template()]];
}
