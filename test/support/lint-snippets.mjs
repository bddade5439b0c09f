// Lints code snippets as if they were files of the checkout, all in one ESLint instance (the
// type-aware rules build the TypeScript program once). Input on stdin: [{ file, code }];
// output on stdout: for each snippet, in order, what was reported as { rule, line }.
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { promiseChecked } from '../../eslint.config.mjs';

const snippets = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({
  cwd: process.cwd(),
  // The snippets' files do not exist, so the type-aware rules type them in the default project.
  overrideConfig: {
    ...promiseChecked,
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['src/*/example.ts', 'src/*/example.tsx', 'src/*/*/example.ts'],
          defaultProject: 'tsconfig.json',
          // One made-up file per folder the boundary test covers (more than typescript-eslint's default of 8).
          maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 16,
        },
      },
    },
  },
});
const reports = [];
for (const { file, code } of snippets) {
  const [result] = await eslint.lintText(code, { filePath: file });
  reports.push((result?.messages ?? []).map((m) => ({ rule: m.ruleId ?? m.message, line: m.line })));
}
process.stdout.write(JSON.stringify(reports));
