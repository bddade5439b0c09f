/**
 * The problems of a refused roster file as the pane lists them: under a title that names the file,
 * each problem starts at its line ("Dòng 3 (mã SO-A): …") instead of repeating the file name.
 * The full message (core/roster/roster-table.ts, "Tệp danh sách đơn vị '…', dòng 3 …") is what the CLI prints.
 */
export function problemInFile(message: string, fileName: string): string {
  const prefix = `Tệp danh sách đơn vị “${fileName}”, dòng `;
  return message.startsWith(prefix) ? `Dòng ${message.slice(prefix.length)}` : message;
}
