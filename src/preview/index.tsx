/**
 * The browser preview: installs the Excel test double as window.Excel / window.Office, then shows
 * the real task pane beside a grid view of the double's workbook. `?excelApi=1.4` simulates an
 * older Excel (to see how the pane degrades), `?platform=Mac` Excel on Mac (no downloads); `?mau=1` starts from a
 * workbook holding a filled survey.
 * `window.reopenPane()` closes and reopens the pane on the same workbook.
 */
import { createRoot } from 'react-dom/client';
import { installExcelDouble } from '../excel-double';
import { mountTaskPane } from '../taskpane/mount';
import { doubleWorkbook } from './double-workbook';
import { insertSampleSurvey } from './sample-workbook';
import { WorkbookView } from './grid/WorkbookView';

const CULTURE = 'vi-VN';

function element(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Trang xem thử thiếu phần tử #${id}.`);
  return el;
}

const params = new URLSearchParams(window.location.search);
const excelApi = params.get('excelApi');
const platform = (['OfficeOnline', 'PC', 'Mac', 'iOS'] as const).find((p) => p === params.get('platform'));
const double = installExcelDouble(window, {
  userCulture: CULTURE,
  initialSheets: ['Trang tính1'],
  ...(excelApi && /^1\.\d+$/.test(excelApi) ? { excelApi } : {}),
  ...(platform ? { platform } : {}),
});
// The preview page is the only place the double lives; tests read it from here.
(window as unknown as { excelDouble: typeof double }).excelDouble = double;

async function start(): Promise<void> {
  if (params.get('mau') === '1') await insertSampleSurvey(double, new Date().getFullYear());
  const workbook = doubleWorkbook(double.model, double.user, CULTURE);
  createRoot(element('workbook')).render(<WorkbookView workbook={workbook} />);
  let pane = mountTaskPane(element('pane'), { portalNode: element('pane-layer') });
  // Closing and opening the task pane again on the same workbook, as a user can in Excel (used by tests).
  (window as unknown as { reopenPane: () => void }).reopenPane = () => {
    pane.unmount();
    pane = mountTaskPane(element('pane'), { portalNode: element('pane-layer') });
  };
}

start().catch((e: unknown) => {
  element('workbook').textContent =
    `Không mở được bản xem thử: ${e instanceof Error ? e.message : String(e)}`;
  console.error(e);
});
