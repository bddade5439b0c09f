/**
 * The Vietnamese wording of why the reader refuses a file (src/xlsx/reader), part of the one wording
 * module (messages.ts adds what to do). Kept apart only for length.
 */
import type { ReadDetail } from './params';

const MB = 1024 * 1024;

/** `1,5 MB`: a size for people, one decimal under 10 MB. */
export function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: mb < 10 ? 1 : 0 }).format(mb)} MB`;
}

const NOT_XLSX = 'không phải tệp Excel .xlsx';

const FORMAT_LABEL: Record<Extract<ReadDetail, { why: 'other-format' }>['format'], string> = {
  png: 'ảnh PNG',
  jpeg: 'ảnh JPEG',
  gif: 'ảnh GIF',
  pdf: 'tài liệu PDF',
  rar: 'tệp nén RAR',
  '7z': 'tệp nén 7z',
  gzip: 'tệp nén gzip',
  rtf: 'văn bản RTF',
};

/** The reader's finding, as a sentence without the file's name (`tệp rỗng (0 byte), không có nội dung.`). */
export function readDetailText(d: ReadDetail): string {
  switch (d.why) {
    case 'empty-file':
      return 'tệp rỗng (0 byte), không có nội dung.';
    case 'markup':
      return `tệp là văn bản HTML/XML (có thể là tệp đổi đuôi hoặc “XML Spreadsheet 2003”), ${NOT_XLSX}.`;
    case 'plain-text':
      return `tệp là văn bản thuần (CSV hoặc TXT) đã đổi đuôi, ${NOT_XLSX}; dữ liệu, công thức và tên vùng của phiếu đã mất.`;
    case 'other-format':
      return `tệp là ${FORMAT_LABEL[d.format]}, ${NOT_XLSX}.`;
    case 'not-ooxml':
      return `tệp ${NOT_XLSX} (không đúng định dạng Office Open XML).`;
    case 'password':
      return 'tệp Excel được đặt mật khẩu mở tệp (đã mã hóa), không đọc được nội dung.';
    case 'word-doc':
      return `tệp là tài liệu Word (.doc), ${NOT_XLSX}.`;
    case 'powerpoint-ppt':
      return `tệp là bản trình chiếu PowerPoint (.ppt), ${NOT_XLSX}.`;
    case 'xls':
      return 'tệp ở định dạng Excel 97–2003 (.xls) cũ, không phải .xlsx.';
    case 'entry-declared-over-limit':
      return `mục “${d.entry}” khai báo dung lượng giải nén ${megabytes(d.bytes)}, vượt giới hạn ${megabytes(d.maxBytes)}.`;
    case 'total-declared-over-limit':
      return `tổng dung lượng giải nén khai báo ${megabytes(d.bytes)}, vượt giới hạn ${megabytes(d.maxBytes)}.`;
    case 'entry-over-limit':
      return `mục “${d.entry}” giải nén vượt quá giới hạn ${megabytes(d.maxBytes)}.`;
    case 'total-over-limit':
      return `tổng dung lượng giải nén vượt quá giới hạn ${megabytes(d.maxBytes)}.`;
    case 'entry-corrupt':
      return `mục “${d.entry}” trong tệp nén bị hỏng.`;
    case 'entry-short':
      return `tệp nén bị cắt cụt (mục “${d.entry}” không đủ dữ liệu).`;
    case 'entry-encrypted':
      return `mục “${d.entry}” trong tệp nén được mã hóa bằng mật khẩu.`;
    case 'entry-method':
      return `mục “${d.entry}” dùng kiểu nén ${d.method} không được hỗ trợ.`;
    case 'entry-size-mismatch':
      return `mục “${d.entry}” có dung lượng sau giải nén khác với khai báo trong tệp nén.`;
    case 'entry-inflate-failed':
      return `mục “${d.entry}” trong tệp nén bị hỏng, không giải nén được.`;
    case 'entry-truncated':
      return `mục “${d.entry}” trong tệp nén bị cắt cụt.`;
    case 'no-directory':
      return 'tệp nén bị cắt cụt hoặc hỏng (không tìm thấy mục lục của tệp nén ZIP).';
    case 'zip64-corrupt':
      return 'mục lục ZIP64 của tệp nén bị hỏng.';
    case 'directory-outside':
      return 'tệp nén bị cắt cụt (mục lục trỏ ra ngoài tệp).';
    case 'too-short':
      return 'tệp nén quá ngắn, có lẽ bị cắt cụt.';
    case 'directory-corrupt':
      return 'mục lục của tệp nén bị hỏng.';
    case 'duplicate-entry':
      return `tệp nén chứa hai mục cùng tên “${d.entry}”.`;
    case 'vba':
      return `tệp chứa macro VBA (“${d.part}”).`;
    case 'macro-sheet':
      return `tệp chứa trang macro Excel 4.0 (“${d.part}”).`;
    case 'macro-workbook':
      return 'tệp là sổ làm việc có macro (.xlsm/.xltm).';
    case 'ods':
      return 'tệp là bảng tính OpenDocument (.ods), không phải .xlsx; hãy lưu lại dạng “Excel 2007-365 (.xlsx)”.';
    case 'xlsb':
      return 'tệp là sổ làm việc nhị phân Excel (.xlsb), không phải .xlsx; hãy lưu lại dạng “Excel Workbook (.xlsx)”.';
    case 'docx':
      return 'tệp là tài liệu Word (.docx), không phải tệp Excel.';
    case 'pptx':
      return 'tệp là bản trình chiếu PowerPoint (.pptx), không phải tệp Excel.';
    case 'empty-zip':
      return 'tệp nén rỗng, không có sổ làm việc Excel nào bên trong.';
    case 'no-workbook-xml':
      return 'tệp nén không chứa sổ làm việc Excel (thiếu phần xl/workbook.xml).';
    case 'xml-invalid':
      return `phần “${d.part}” của tệp không phải XML hợp lệ.`;
    case 'workbook-part-missing':
      return `thiếu phần “${d.part}”.`;
    case 'sheet-part-missing':
      return `thiếu phần “${d.part}” chứa trang “${d.sheet}” (được khai báo trong “${d.workbookPart}”).`;
    case 'shared-string-missing':
      return `trang “${d.sheet}”, ô ${d.cell} trỏ tới chuỗi dùng chung không tồn tại.`;
    case 'cell-address':
      return `trang “${d.sheet}” có địa chỉ ô không hợp lệ “${d.text}”.`;
    case 'cell-twice':
      return `trang “${d.sheet}” ghi ô ${d.cell} hai lần (mã tệp bất thường, không biết giá trị nào đúng).`;
    case 'row-number':
      return `trang “${d.sheet}” có số hàng không hợp lệ “${d.text}”.`;
    case 'sheet-twice':
      return `sổ tính có hai trang cùng tên “${d.sheet}”.`;
    case 'name-twice':
      return `sổ tính định nghĩa tên vùng “${d.name}” hai lần (mã tệp bất thường, không biết ô nào đúng).`;
    case 'unreadable':
      return 'tệp bị hỏng, không đọc được.';
  }
}
