/**
 * The LibreOffice harness itself: a stale cached value written by another program must be replaced
 * on load (LibreOffice keeps cached OOXML values by default, which would make every cross check vacuous).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { IN_CI, missingTools, readByNames, recalcWithLibreOffice } from '../support/cross-engine/tools';

const missing = missingTools();

if (missing && !IN_CI) {
  describe.skip(`LibreOffice recalculation harness SKIPPED: ${missing}`, () => {
    test('needs LibreOffice and openpyxl', () => undefined);
  });
} else {
  test('LibreOffice recomputes formulas whose cached results are stale', async () => {
    if (missing) throw new Error(`CI=true but the cross-engine tools are missing: ${missing}`);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'xhcntt-harness-'));
    try {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('Phiếu');
      ws.getCell('A1').value = 9.005;
      ws.getCell('B1').value = { formula: 'IF(ISNUMBER(A1),MAX(0,MIN(ROUND(A1,2),8)),0)', result: 999 };
      ws.getCell('A2').value = 1.495;
      ws.getCell('B2').value = { formula: 'ROUND(A2,2)', result: 999 };
      // A boolean LibreOffice keeps as a boolean (General format): ISNUMBER(TRUE) is TRUE there,
      // unlike Excel, so the survey's scoring formula must also ask ISLOGICAL to count it 0.
      ws.getCell('A3').value = true;
      ws.getCell('B3').value = {
        formula: 'IF(AND(ISNUMBER(A3),NOT(ISLOGICAL(A3))),MAX(0,MIN(ROUND(A3,2),8)),0)',
        result: 999,
      };
      ws.getCell('C3').value = { formula: 'IF(ISNUMBER(A3),1,0)', result: 999 };
      wb.definedNames.add("'Phiếu'!$B$1", 'CAPPED');
      wb.definedNames.add("'Phiếu'!$B$2", 'HALF');
      wb.definedNames.add("'Phiếu'!$B$3", 'GUARDED_TRUE');
      wb.definedNames.add("'Phiếu'!$C$3", 'ISNUMBER_TRUE');
      const file = path.join(dir, 'stale.xlsx');
      await wb.xlsx.writeFile(file);
      expect(readByNames([file])[file]).toEqual({
        CAPPED: 999,
        HALF: 999,
        GUARDED_TRUE: 999,
        ISNUMBER_TRUE: 999,
      });

      recalcWithLibreOffice(path.join(dir, 'out'), [file]);
      const out = path.join(dir, 'out', 'stale.xlsx');
      expect(readByNames([out])[out]).toEqual({ CAPPED: 8, HALF: 1.5, GUARDED_TRUE: 0, ISNUMBER_TRUE: 1 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
}
