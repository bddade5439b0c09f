/** A template file chosen in the pane: every problem comes back in Vietnamese, naming the file. */
import { builtInRegime } from '../../src/core/regime/load';
import { defaultTemplate, parseTemplate, templateToJson } from '../../src/core/template/load';
import { readTemplateFile } from '../../src/taskpane/survey/read-template-file';

const parse = (json: unknown) => parseTemplate(json, builtInRegime);
const file = (text: string, name = 'mau-2026.json'): File =>
  new File([text], name, { type: 'application/json' });

describe('reading a template file in the pane', () => {
  it('accepts the built-in template written as a file (with a BOM, as Notepad saves it)', async () => {
    const text = `\uFEFF${JSON.stringify(templateToJson(defaultTemplate(2027)))}`;
    const result = await readTemplateFile(file(text), parse);
    expect(result.ok && result.template.year).toBe(2027);
  });

  it('names the file for broken JSON, an empty file, or a file far too large', async () => {
    const broken = await readTemplateFile(file('{ "year": 2026,'), parse);
    expect(!broken.ok && broken.problems[0]?.message).toMatch(/mau-2026\.json.*không phải JSON hợp lệ/);
    const empty = await readTemplateFile(file('  '), parse);
    expect(!empty.ok && empty.problems[0]?.message).toMatch(/mau-2026\.json.*trống/);
    const huge = await readTemplateFile(file('x'.repeat(3 * 1024 * 1024)), parse);
    expect(!huge.ok && huge.problems[0]).toMatchObject({
      code: 'template-file-too-large',
      params: { bytes: 3 * 1024 * 1024 },
      where: { file: 'mau-2026.json' },
      message: 'Tệp “mau-2026.json” quá lớn để là tệp mẫu phiếu (3072 KB).',
    });
  });
});
