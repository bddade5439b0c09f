/** Turns what the first bytes say into a refusal for everything that is not a zip package. */
import { classifyCfb } from './cfb';
import { refuse } from './read-error';
import type { Sniffed } from './sniff';

export function refuseNonZip(bytes: Uint8Array, sniffed: Exclude<Sniffed, { kind: 'zip' }>): never {
  switch (sniffed.kind) {
    case 'empty':
      return refuse('not-zip', 'tệp rỗng (0 byte), không có nội dung.');
    case 'text':
      return refuse(
        'csv-or-text',
        sniffed.markup
          ? 'tệp là văn bản HTML/XML (có thể là tệp đổi đuôi hoặc “XML Spreadsheet 2003”), không phải tệp Excel .xlsx.'
          : 'tệp là văn bản thuần (CSV hoặc TXT) đã đổi đuôi, không phải tệp Excel .xlsx; dữ liệu, công thức và tên vùng của phiếu đã mất.',
      );
    case 'binary':
      return refuse(
        'not-zip',
        sniffed.label
          ? `tệp là ${sniffed.label}, không phải tệp Excel .xlsx.`
          : 'tệp không phải tệp Excel .xlsx (không đúng định dạng Office Open XML).',
      );
    case 'cfb':
      switch (classifyCfb(bytes)) {
        case 'encrypted-ooxml':
          return refuse(
            'encrypted',
            'tệp Excel được đặt mật khẩu mở tệp (đã mã hóa), không đọc được nội dung.',
          );
        case 'word':
          return refuse('not-zip', 'tệp là tài liệu Word (.doc), không phải tệp Excel .xlsx.');
        case 'powerpoint':
          return refuse('not-zip', 'tệp là bản trình chiếu PowerPoint (.ppt), không phải tệp Excel .xlsx.');
        default:
          return refuse('xls-binary', 'tệp ở định dạng Excel 97–2003 (.xls) cũ, không phải .xlsx.');
      }
  }
}
