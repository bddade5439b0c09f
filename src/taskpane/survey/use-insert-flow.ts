import { useRef, useState } from 'react';
import type { WorkbookSpec } from '../../core/sheet/spec';
import type { SurveyInfo } from '../../office/survey-workbook';
import type { Services } from '../services';
import { publish } from '../messages/message-bus';
import { reportError } from '../messages/report-error';
import { migrationOffer, type BuiltSurvey, type MigrationOffer } from './migration-offer';

export interface InsertFlow {
  busy: boolean;
  /** Set while the user decides what to do with the survey already in the workbook. */
  existing: SurveyInfo | null;
  /** Set when the survey there is a filled form of an older version of the same template. */
  migration: MigrationOffer | null;
  insert: (build: () => BuiltSurvey) => Promise<void>;
  keepExisting: () => void;
  replaceExisting: () => Promise<void>;
  /** Replaces it by the new version's form with the entries the plan keeps already typed in. */
  migrateExisting: () => Promise<void>;
}

/** What the flow asks of the pane's services (the migration offer's needs included). */
export type InsertFlowServices = Pick<Services, 'findSurvey' | 'insertSurvey' | 'withMigratedEntries'> &
  Parameters<typeof migrationOffer>[0];

/**
 * "Chèn phiếu": create, and when a survey is already there ask before replacing it
 * (replacing renames the old sheets, so no entry is lost).
 */
export function useInsertFlow(
  services: InsertFlowServices,
  onSurveyReady: (info: SurveyInfo) => void,
): InsertFlow {
  const [busy, setBusy] = useState(false);
  const [existing, setExisting] = useState<SurveyInfo | null>(null);
  const [pending, setPending] = useState<BuiltSurvey | null>(null);
  const [migration, setMigration] = useState<MigrationOffer | null>(null);
  // One write at a time: a click arriving while the workbook is written is ignored.
  const running = useRef(false);

  const afterInsert = async (): Promise<void> => {
    const info = await services.findSurvey();
    if (!info) throw new Error('Đã ghi phiếu nhưng không đọc lại được siêu dữ liệu của phiếu.');
    publish('success', 'Đã chèn phiếu', 'Hãy nhập điểm tự chấm và minh chứng vào trang tính “Phiếu”.');
    onSurveyReady(info);
  };

  const insert = async (build: () => BuiltSurvey): Promise<void> => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      const built = build();
      const result = await services.insertSurvey(built.spec, 'create');
      if (result.status === 'exists') {
        setPending(built);
        setMigration(await migrationOffer(services, result.info, built));
        setExisting(result.info);
        return;
      }
      await afterInsert();
    } catch (e) {
      reportError('Không chèn được phiếu', e);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const keepExisting = (): void => {
    const info = existing;
    setExisting(null);
    setPending(null);
    setMigration(null);
    if (info) onSurveyReady(info);
  };

  const replaceWith = async (spec: WorkbookSpec | null): Promise<void> => {
    if (!spec || running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await services.insertSurvey(spec, 'replace');
      setExisting(null);
      setPending(null);
      setMigration(null);
      await afterInsert();
    } catch (e) {
      setExisting(null);
      reportError('Không thay được phiếu', e);
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const replaceExisting = (): Promise<void> => replaceWith(pending?.spec ?? null);
  const migrateExisting = (): Promise<void> =>
    replaceWith(
      pending && migration
        ? services.withMigratedEntries(pending.spec, pending.layout, migration.plan)
        : null,
    );

  return { busy, existing, migration, insert, keepExisting, replaceExisting, migrateExisting };
}
