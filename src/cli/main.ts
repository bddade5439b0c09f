/**
 * Entry point of `xep-hang-cntt`. User errors print Vietnamese messages and exit non-zero
 * without a stack trace; set XHCNTT_DEBUG=1 to see the trace of an unexpected fault.
 */
import { Command, CommanderError } from 'commander';
import { commands } from './commands';
import { vietnameseCommanderMessage } from './commander-errors';
import { EXIT } from './exit-codes';
import { vietnameseHelp } from './help-vi';
import { UserError } from './user-error';

const VERSION = '0.1.0';

function printLine(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

export function buildProgram(): Command {
  const program = new Command('xep-hang-cntt');
  program
    .description('Xếp hạng mức độ ứng dụng CNTT của các cơ quan nhà nước tỉnh Thanh Hóa (QĐ 4289/QĐ-UBND)')
    .version(VERSION, '-V, --version', 'hiện phiên bản')
    .helpCommand('help [lệnh]', 'hiện trợ giúp của một lệnh')
    .addHelpText(
      'after',
      '\nMã thoát: 0 thành công; 2 tham số sai; 3 tệp đầu vào sai; 4 không ghi được tệp kết quả; 5 đã chạy nhưng chưa có đơn vị nào được xếp hạng; 1 lỗi chương trình.\n',
    )
    .showSuggestionAfterError(false)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  vietnameseHelp(program);
  for (const register of commands) register(program, printLine);
  for (const cmd of program.commands) cmd.exitOverride().configureOutput({ outputError: () => undefined });
  return program;
}

function formatUserError(err: UserError): string {
  if (err.heading === undefined && err.lines.length === 1) return `Lỗi: ${err.lines[0]}\n`;
  if (err.lines.length === 0) return `Lỗi: ${err.heading ?? ''}\n`;
  return `${err.heading === undefined ? 'Lỗi:' : `Lỗi: ${err.heading}`}\n${err.lines.map((l) => `  - ${l}`).join('\n')}\n`;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    if (argv.length <= 2) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (
        err.code === 'commander.helpDisplayed' ||
        err.code === 'commander.version' ||
        err.code === 'commander.help'
      ) {
        return EXIT.ok;
      }
      process.stderr.write(`Lỗi: ${vietnameseCommanderMessage(err)}\n`);
      return EXIT.usage;
    }
    if (err instanceof UserError) {
      process.stderr.write(formatUserError(err));
      return err.exitCode;
    }
    const detail = err instanceof Error ? err.message : String(err);
    process.stderr.write(
      `Lỗi không mong đợi của chương trình: ${detail}\nHãy báo lỗi này cho nhóm phát triển (chạy lại với XHCNTT_DEBUG=1 để xem chi tiết).\n`,
    );
    if (process.env.XHCNTT_DEBUG && err instanceof Error && err.stack) process.stderr.write(`${err.stack}\n`);
    return EXIT.internal;
  }
}

// `node dist/node/cli/main.js …`; the installed command goes through bin/xep-hang-cntt.js.
if (require.main === module) {
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
