import { worded } from '../../core/problems/messages';
import type { ProblemParams } from '../../core/problems/params';
import type { TemplateProblem, TemplateResult } from '../../core/template/load';

/** A template file larger than this is surely not one (the default is about 20 KB). */
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

type FileCode = 'template-file-too-large' | 'template-file-empty' | 'template-file-not-json';

/**
 * Reads a template JSON file chosen by the user and validates it with the core's parser.
 * Every problem comes back in Vietnamese and names the file; nothing is thrown for bad input.
 */
export async function readTemplateFile(
  file: File,
  parse: (json: unknown) => TemplateResult,
): Promise<TemplateResult> {
  const fail = <C extends FileCode>(code: C, params: ProblemParams[C]): TemplateResult => ({
    ok: false,
    problems: [worded(code, 'error', { file: file.name, path: file.name }, params) as TemplateProblem],
  });
  if (file.size > MAX_TEMPLATE_BYTES) return fail('template-file-too-large', { bytes: file.size });
  const text = await file.text();
  if (text.trim() === '') return fail('template-file-empty', {});
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    // JSON.parse's own text (English, from the browser) says where the file breaks.
    return fail('template-file-not-json', { detail: e instanceof Error ? e.message : String(e) });
  }
  return parse(json);
}
