/** Vietnamese help output for commander: section titles and the built-in help/version options. */
import { Command, Help } from 'commander';

const TITLES: Record<string, string> = {
  'Usage:': 'Cách dùng:',
  'Options:': 'Tùy chọn:',
  'Commands:': 'Lệnh:',
  'Arguments:': 'Tham số:',
  'Global Options:': 'Tùy chọn chung:',
};

class VietnameseHelp extends Help {
  override styleTitle(str: string): string {
    return super.styleTitle(TITLES[str] ?? str);
  }
  override commandUsage(cmd: Command): string {
    return super.commandUsage(cmd).replace('[options]', '[tùy chọn]').replace('[command]', '[lệnh]');
  }
  // The command list of the main help names each command with its usage too.
  override subcommandTerm(cmd: Command): string {
    return super.subcommandTerm(cmd).replace('[options]', '[tùy chọn]');
  }
  override optionDescription(option: Parameters<Help['optionDescription']>[0]): string {
    return super.optionDescription(option).replace('(default: ', '(mặc định: ');
  }
}

/** Applies the Vietnamese help to a command; call on every command and subcommand. */
export function vietnameseHelp(cmd: Command): Command {
  cmd.createHelp = () => Object.assign(new VietnameseHelp(), cmd.configureHelp());
  cmd.helpOption('-h, --help', 'hiện trợ giúp này');
  return cmd;
}
