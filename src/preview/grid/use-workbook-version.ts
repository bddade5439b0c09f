import { useEffect, useState } from 'react';
import type { PreviewWorkbook } from '../preview-workbook';

/** Re-renders whenever the workbook changes (edits, the add-in's writes, selection). */
export function useWorkbookVersion(workbook: PreviewWorkbook): number {
  const [version, setVersion] = useState(0);
  useEffect(() => workbook.subscribe(() => setVersion((v) => v + 1)), [workbook]);
  return version;
}
