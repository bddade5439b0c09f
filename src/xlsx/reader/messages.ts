/** Vietnamese wording of the reader's refusals; every message names the file first. */
import type { FileProblemCode } from '../../core/returned/types';

const MB = 1024 * 1024;

export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`;
}

export function fileMessage(fileName: string, detail: string): string {
  return `Tệp “${fileName}”: ${detail}`.normalize('NFC');
}

/** What the user should do about each kind of refusal, appended to the detail. */
export const ADVICE: Record<FileProblemCode, string> = {
  'too-large': 'Phiếu khảo sát chỉ vài trăm KB; hãy kiểm tra lại tệp gửi về.',
  'zip-bomb': 'Tệp có thể đã bị hỏng hoặc cố ý làm phình to; hãy đề nghị đơn vị gửi lại phiếu.',
  'not-zip': 'Hãy đề nghị đơn vị gửi lại phiếu dạng Excel (.xlsx).',
  'xls-binary': 'Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dạng “Excel Workbook (.xlsx)”.',
  encrypted: 'Hãy đề nghị đơn vị gỡ mật khẩu mở tệp (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi gửi lại.',
  'csv-or-text': 'Hãy dùng đúng tệp phiếu khảo sát .xlsx đã phát hành, không lưu lại dạng CSV hay văn bản.',
  'macro-enabled':
    'Tệp chứa macro không được mở để bảo đảm an toàn; hãy lưu lại dạng “Excel Workbook (.xlsx)” rồi gửi lại.',
  corrupt: 'Hãy đề nghị đơn vị gửi lại tệp.',
  'no-workbook-part': 'Hãy dùng đúng tệp phiếu khảo sát .xlsx đã phát hành.',
};

/** The refusal of a file over the size limit, the same whether it is caught before or after reading. */
export function tooLargeMessage(fileName: string, byteLength: number, maxBytes: number): string {
  return fileMessage(
    fileName,
    `tệp nặng ${megabytes(byteLength)}, vượt giới hạn ${megabytes(maxBytes)}. ${ADVICE['too-large']}`,
  );
}
