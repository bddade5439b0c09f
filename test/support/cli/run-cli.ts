/** Runs the CLI in-process and captures what it prints. */
import { main } from '../../../src/cli/main';

export async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  try {
    const code = await main(['node', 'xep-hang-cntt', ...args]);
    return { code, out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

/** `report` as the documents tests run it: a consolidation, last year's (.xlsx or .json report), a Word template. */
export function runReport(opts: {
  consolidation: string;
  outDir: string;
  previous?: string;
  docxTemplate?: string;
  overwrite?: boolean;
}): Promise<{ code: number; out: string; err: string }> {
  return runCli([
    'report',
    '--consolidation',
    opts.consolidation,
    ...(opts.previous === undefined ? [] : ['--previous', opts.previous]),
    ...(opts.docxTemplate === undefined ? [] : ['--docx-template', opts.docxTemplate]),
    '--out-dir',
    opts.outDir,
    ...(opts.overwrite ? ['--overwrite'] : []),
  ]);
}
