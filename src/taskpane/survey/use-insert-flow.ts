import { useState } from 'react';
import type { WorkbookSpec } from '../../core/sheet/spec';
import type { SurveyInfo } from '../../office/survey-workbook';
import type { Services } from '../services';
import { publish } from '../messages/message-bus';
import { reportError } from '../messages/report-error';

export interface InsertFlow {
  busy: boolean;
  /** Set while the user decides what to do with the survey already in the workbook. */
  existing: SurveyInfo | null;
  insert: (build: () => WorkbookSpec) => Promise<void>;
  keepExisting: () => void;
  replaceExisting: () => Promise<void>;
}

/**
 * "Chèn phiếu": create, and when a survey is already there ask before replacing it
 * (replacing renames the old sheets, so no entry is lost).
 */
export function useInsertFlow(services: Services, onSurveyReady: (info: SurveyInfo) => void): InsertFlow {
  const [busy, setBusy] = useState(false);
  const [existing, setExisting] = useState<SurveyInfo | null>(null);
  const [pendingSpec, setPendingSpec] = useState<WorkbookSpec | null>(null);

  const afterInsert = async (): Promise<void> => {
    const info = await services.findSurvey();
    if (!info) throw new Error('Đã ghi phiếu nhưng không đọc lại được siêu dữ liệu của phiếu.');
    publish('success', 'Đã chèn phiếu', 'Hãy nhập điểm tự chấm và minh chứng vào trang tính “Phiếu”.');
    onSurveyReady(info);
  };

  const insert = async (build: () => WorkbookSpec): Promise<void> => {
    setBusy(true);
    try {
      const spec = build();
      const result = await services.insertSurvey(spec, 'create');
      if (result.status === 'exists') {
        setPendingSpec(spec);
        setExisting(result.info);
        return;
      }
      await afterInsert();
    } catch (e) {
      reportError('Không chèn được phiếu', e);
    } finally {
      setBusy(false);
    }
  };

  const keepExisting = (): void => {
    const info = existing;
    setExisting(null);
    setPendingSpec(null);
    if (info) onSurveyReady(info);
  };

  const replaceExisting = async (): Promise<void> => {
    if (!pendingSpec) return;
    setBusy(true);
    try {
      await services.insertSurvey(pendingSpec, 'replace');
      setExisting(null);
      setPendingSpec(null);
      await afterInsert();
    } catch (e) {
      setExisting(null);
      reportError('Không thay được phiếu', e);
    } finally {
      setBusy(false);
    }
  };

  return { busy, existing, insert, keepExisting, replaceExisting };
}
