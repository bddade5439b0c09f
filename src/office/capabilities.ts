/**
 * What the running Excel can do for the add-in, decided at run time from its requirement sets
 * (the manifest only asks for ExcelApi 1.1 so that every Excel can open the pane and read
 * returned files; see docs/office-requirements.md for the feature → set mapping).
 */

export interface Capabilities {
  /** Highest supported of ExcelApi 1.1..1.17 ('' when ExcelApi is absent). */
  excelApi: string;
  /** Insert the survey sheets (validation, names, properties, protection): ExcelApi 1.8. */
  canInsert: boolean;
  /** Find a survey in the open workbook and read its inputs: ExcelApi 1.4. */
  canRead: boolean;
  /** Live check on worksheet changes (Worksheet.onChanged): ExcelApi 1.7. */
  canWatch: boolean;
  /** Suspend recalculation while writing: ExcelApi 1.6. */
  canSuspendCalc: boolean;
  /** Suspend screen updating while writing: ExcelApi 1.9. */
  canSuspendScreen: boolean;
  /** Page setup (A4, margins, repeated title rows): ExcelApi 1.9. */
  canPageLayout: boolean;
  /**
   * Hand a file made in the pane to the user as a download (Blob + <a download>): Excel on the web and on
   * Windows (WebView2) do; Excel on Mac and iPad (WKWebView) drop it silently (OfficeDev/office-js#2700, by design).
   */
  canDownload: boolean;
  /** Vietnamese explanations of what is unavailable, for the pane to show. */
  missing: string[];
}

export const REQUIREMENTS = {
  read: '1.4',
  suspendCalc: '1.6',
  watch: '1.7',
  insert: '1.8',
  pageLayout: '1.9',
  suspendScreen: '1.9',
} as const;

const MAX_MINOR = 17;

type RequirementsLike = { isSetSupported(name: string, minVersion?: string): boolean };
type OfficeContextLike = { requirements?: RequirementsLike; platform?: string };

function officeContext(): OfficeContextLike | null {
  return (globalThis as unknown as { Office?: { context?: OfficeContextLike } }).Office?.context ?? null;
}

/** The hosts whose webview never saves a download started by an add-in (Office.PlatformType values). */
const NO_DOWNLOAD_PLATFORMS = ['Mac', 'iOS'];

export function detectCapabilities(): Capabilities {
  const req = officeContext()?.requirements ?? null;
  const supports = (v: string): boolean => {
    try {
      return req?.isSetSupported('ExcelApi', v) ?? false;
    } catch {
      return false;
    }
  };
  let excelApi = '';
  for (let minor = 1; minor <= MAX_MINOR && supports(`1.${minor}`); minor++) excelApi = `1.${minor}`;

  const caps: Capabilities = {
    excelApi,
    canInsert: supports(REQUIREMENTS.insert),
    canRead: supports(REQUIREMENTS.read),
    canWatch: supports(REQUIREMENTS.watch),
    canSuspendCalc: supports(REQUIREMENTS.suspendCalc),
    canSuspendScreen: supports(REQUIREMENTS.suspendScreen),
    canPageLayout: supports(REQUIREMENTS.pageLayout),
    canDownload: !NO_DOWNLOAD_PLATFORMS.includes(officeContext()?.platform ?? ''),
    missing: [],
  };
  const version = excelApi === '' ? 'không hỗ trợ Excel JavaScript API' : `hỗ trợ ExcelApi ${excelApi}`;
  if (!caps.canInsert) {
    caps.missing.push(
      `Cơ quan, đơn vị điền phiếu: phiên bản Excel này (${version}) không chèn được phiếu vào sổ tính (cần ExcelApi ${REQUIREMENTS.insert}: Microsoft 365, Excel trên web hoặc Excel 2021 trở lên; Excel 2019 bản cấp phép số lượng lớn chỉ có ExcelApi 1.7). Hãy điền tệp phiếu độc lập (.xlsx) do Sở gửi (tổng điểm và xếp loại vẫn được tính trong trang tính), lưu lại rồi gửi tệp đó cho Sở.`,
      `Sở tổng hợp, thẩm định: phiên bản Excel này không ghi được Bảng 1, Bảng 2 vào sổ tính (cần ExcelApi ${REQUIREMENTS.insert}). Các tệp phiếu nhận về vẫn kiểm tra được ở thẻ “Tổng hợp”; để tổng hợp, hãy mở trang “tong-hop.html” bằng trình duyệt (cùng địa chỉ với phần bổ trợ) hoặc dùng lệnh “xep-hang-cntt consolidate”.`,
    );
  }
  if (!caps.canRead) {
    caps.missing.push(
      `Cơ quan, đơn vị điền phiếu: phiên bản Excel này cũng không đọc được phiếu trong sổ tính đang mở (cần ExcelApi ${REQUIREMENTS.read}) nên không kiểm tra trực tiếp được; tệp phiếu độc lập tự tính tổng điểm và xếp loại ngay trong trang tính.`,
    );
  }
  // Without reading there is no live check at all, so “Kiểm tra lại” would point at nothing.
  if (caps.canRead && !caps.canWatch) {
    caps.missing.push(
      `Không kiểm tra tự động khi nhập (cần ExcelApi ${REQUIREMENTS.watch}). Bấm “Kiểm tra lại” sau khi nhập để cập nhật kết quả.`,
    );
  }
  if (caps.canInsert && !caps.canPageLayout) {
    caps.missing.push(
      `Không đặt được trang in A4 và dòng tiêu đề lặp lại (cần ExcelApi ${REQUIREMENTS.pageLayout}); hãy chỉnh trong Bố trí Trang trước khi in.`,
    );
  }
  return caps;
}
