/** `xep-hang-cntt roster [--roster FILE]`: prints the roster in effect as a JSON array of {code, name, group}. */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { sampleRoster } from '../../core/roster/roster';
import type { Agency } from '../../core/roster/types';
import { loadRosterFile } from '../../xlsx/roster-file';
import { EXIT } from '../exit-codes';
import { vietnameseHelp } from '../help-vi';
import { UserError } from '../user-error';

/** The roster file given, or the built-in sample; a bad file is a user error listing every problem. */
export async function loadRoster(file: string | undefined): Promise<Agency[]> {
  if (file === undefined) return sampleRoster;
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch {
    throw new UserError(EXIT.badInput, [`Không đọc được tệp danh sách đơn vị “${file}”.`]);
  }
  // The same reading and checks as the task pane: every message names the file and its line.
  const loaded = await loadRosterFile(bytes, file);
  if (!loaded.ok) throw new UserError(EXIT.badInput, loaded.problems);
  return loaded.roster;
}

export function registerRosterCommand(program: Command, print: (text: string) => void): void {
  const cmd = program
    .command('roster')
    .description('In danh sách đơn vị đang dùng (JSON: mã, tên, nhóm)')
    .option(
      '--roster <tệp>',
      'tệp danh sách đơn vị (.csv hoặc .xlsx; cột: mã, tên, nhóm, tên khác); mặc định: danh sách mẫu có sẵn',
    )
    .action(async (opts: { roster?: string }) => {
      const roster = await loadRoster(opts.roster);
      print(
        JSON.stringify(
          roster.map((a) => ({ code: a.code, name: a.name, group: a.group })),
          null,
          2,
        ),
      );
    });
  vietnameseHelp(cmd);
}
