import type { TemplateProblem, TemplateResult } from '../../core/template/load';

/** A template file larger than this is surely not one (the default is about 20 KB). */
const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

/**
 * Reads a template JSON file chosen by the user and validates it with the core's parser.
 * Every problem comes back in Vietnamese and names the file; nothing is thrown for bad input.
 */
export async function readTemplateFile(
  file: File,
  parse: (json: unknown) => TemplateResult,
): Promise<TemplateResult> {
  const fail = (code: string, message: string): TemplateResult => ({
    ok: false,
    problems: [{ code, path: file.name, message } satisfies TemplateProblem],
  });
  if (file.size > MAX_TEMPLATE_BYTES) {
    return fail(
      'too-large',
      `Tệp “${file.name}” quá lớn để là tệp mẫu phiếu (${Math.round(file.size / 1024)} KB).`,
    );
  }
  const text = await file.text();
  if (text.trim() === '') return fail('empty', `Tệp “${file.name}” trống.`);
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('not-json', `Tệp “${file.name}” không phải JSON hợp lệ: ${detail}`);
  }
  return parse(json);
}
