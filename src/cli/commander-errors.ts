/** Turns commander's parse errors (English) into Vietnamese messages. */
import type { CommanderError } from 'commander';

function quoted(message: string): string {
  const m = /'([^']+)'/.exec(message);
  return m ? (m[1] ?? '') : '';
}

export function vietnameseCommanderMessage(err: CommanderError): string {
  const token = quoted(err.message);
  switch (err.code) {
    case 'commander.unknownOption':
      return `Tùy chọn không hợp lệ: ${token}. Xem trợ giúp: xep-hang-cntt <lệnh> --help.`;
    case 'commander.unknownCommand':
      return `Lệnh không tồn tại: ${token}. Xem các lệnh có: xep-hang-cntt --help.`;
    case 'commander.optionMissingArgument':
      return `Tùy chọn ${token} cần một giá trị.`;
    case 'commander.missingArgument':
      return `Thiếu tham số ${token}.`;
    case 'commander.missingMandatoryOptionValue':
      return `Thiếu tùy chọn bắt buộc ${token}.`;
    case 'commander.excessArguments':
      return `Thừa tham số: lệnh này không nhận tham số ngoài các tùy chọn.`;
    case 'commander.invalidArgument':
      return `Giá trị không hợp lệ: ${err.message.replace(/^error:\s*/, '')}`;
    default:
      return `Lỗi tham số dòng lệnh: ${err.message.replace(/^error:\s*/, '')}`;
  }
}
