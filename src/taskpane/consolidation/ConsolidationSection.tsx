import { useEffect, useMemo, useRef, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { CheckContext } from '../../core/consolidation/check-context';
import type { SurveyInfo } from '../../office/survey-workbook';
import { usePane } from '../app/pane-context';
import { ActionOutcome, type Outcome } from '../messages/ActionOutcome';
import { reportError } from '../messages/report-error';
import { describeSurvey } from '../survey/describe-survey';
import { TemplateField } from '../survey/TemplateField';
import { useTemplateChoice } from '../survey/use-template-choice';
import { ExportDocuments } from '../documents/ExportDocuments';
import { ExistingConsolidationNotice } from './ExistingConsolidationNotice';
import { FileOutcomeList } from './FileOutcomeList';
import { countOutcomes, rowsFromReport, rowsFromSubmissions, type FileRow } from './file-rows';
import type { ConsolidationSummary } from './merge-news';
import { withReceivedAt } from './received-at';
import { ReturnedFilesIntake } from './ReturnedFilesIntake';
import { useCommonReceivedAt } from './use-common-received-at';
import { RosterField } from './RosterField';
import { RunSummary } from './RunSummary';
import { useMergeFlow } from './use-merge-flow';
import { useReturnedFiles } from './use-returned-files';
import { rosterOrigin, useRosterChoice } from './use-roster-choice';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/**
 * "Tổng hợp" (for the appraisers): read the returned workbooks in the pane, check each one, merge
 * them into Bảng 1 / Bảng 2 of the open workbook, and re-sort the tables after appraisal.
 */
export function ConsolidationSection({
  found,
  survey,
}: {
  found: ConsolidationSummary | null;
  /** A survey form in the open workbook: the tables cannot be written beside it, said before any click. */
  survey: SurveyInfo | null;
}): JSX.Element {
  const styles = useStyles();
  const { services, capabilities } = usePane();
  const regime = services.builtInRegime;
  const rosterChoice = useRosterChoice(services, found?.roster ?? null);
  const roster = rosterChoice.current.roster;
  const rosterCounts = useMemo(() => services.rosterGroupCounts(roster, regime), [services, roster, regime]);
  const choice = useTemplateChoice(services);
  const template = choice.effective;
  const flow = useMergeFlow(services, found);

  const ctx = useMemo<CheckContext | null>(
    () => (template ? { year: template.year, regime, templates: [template], roster: [...roster] } : null),
    [template, regime, roster],
  );
  // A new roster is a new check context: every file of the batch is checked again, and the merge
  // button stays disabled until all are (batch.checking).
  const batch = useReturnedFiles(services, ctx);
  // The rows of the last merged batch carry what the merge did with each file.
  const [merged, setMerged] = useState<{ files: File[]; rows: FileRow[] } | null>(null);
  const receivedAt = useCommonReceivedAt();
  const commonReceivedAt = receivedAt.instant;

  // A workbook that already holds a consolidation: work on its year (the built-in template of that year).
  const existing = flow.existing;
  const existingYear = existing?.year;
  const existingTemplateId = existing?.templateId;
  const existingVersion = existing?.templateVersion ?? null;
  const { setYear, setSource, setBuiltinVersion } = choice;
  useEffect(() => {
    if (existingYear === undefined || existingTemplateId === undefined) return;
    if (services.defaultTemplate(existingYear, regime).id === existingTemplateId) {
      setSource('builtin');
      setYear(existingYear);
      // The built-in version it was merged with (a re-issued built-in template keeps the older one).
      setBuiltinVersion(existingVersion);
    } else setSource('file');
  }, [
    services,
    regime,
    existingYear,
    existingTemplateId,
    existingVersion,
    setYear,
    setSource,
    setBuiltinVersion,
  ]);

  const batchMerged = merged !== null && merged.files === batch.files;
  // Before the merge already: each file's receipt time (or the common one) against the deadline.
  const returnBy = template?.returnBy ?? null;
  const rows =
    merged && batchMerged
      ? merged.rows
      : rowsFromSubmissions(withReceivedAt(batch.submissions, commonReceivedAt), returnBy);
  const counts = countOutcomes(rows);
  const busy = flow.busy !== null;
  // While a roster file is being read, the roster in effect is about to change: no merge nor re-sort.
  const rosterSettled = rosterChoice.reading === null;
  // A batch already merged would change nothing; new files start a new batch.
  const canMerge =
    capabilities.canInsert &&
    template !== null &&
    !busy &&
    rosterSettled &&
    !batch.checking &&
    !batchMerged &&
    batch.submissions.length > 0 &&
    (!receivedAt.enabled || commonReceivedAt !== null);
  const canResort =
    capabilities.canInsert && template !== null && !busy && rosterSettled && existing !== null;
  // Say why the list changes when files already checked are checked again against a new roster.
  const shownRoster = useRef(roster);
  const waiting = batch.files.length > 0 && !batchMerged;
  const [rosterNews, setRosterNews] = useState<Outcome | null>(null);
  useEffect(() => {
    if (shownRoster.current === roster) return;
    shownRoster.current = roster;
    setRosterNews(
      waiting
        ? {
            intent: 'info',
            title: 'Đã đổi danh sách đơn vị',
            text: 'Các tệp phiếu đã chọn được kiểm tra lại theo danh sách mới; hãy xem lại kết quả trước khi tổng hợp.',
          }
        : null,
    );
  }, [roster, waiting]);
  const agencyName = (code: string): string | undefined => roster.find((a) => a.code === code)?.name;

  const merge = async (): Promise<void> => {
    if (!template) return;
    const files = batch.files;
    const run = await flow.merge(withReceivedAt(batch.submissions, commonReceivedAt), {
      template,
      regime,
      roster,
      rosterOrigin: rosterOrigin(rosterChoice.current),
    });
    if (!run) return;
    batch.markMerged();
    setMerged({ files, rows: rowsFromReport(run.report.files, template.returnBy) });
  };
  const resort = (): void => {
    if (template)
      void flow.resort({ template, regime, roster, rosterOrigin: rosterOrigin(rosterChoice.current) });
  };
  const openSheet = (sheet: string): void => {
    services
      .selectCell(sheet, 'A1')
      .catch((e: unknown) => reportError(`Không mở được trang tính “${sheet}”`, e));
  };

  return (
    <section className={styles.section} aria-label="Tổng hợp">
      <Text size={200}>
        Dành cho Sở: đọc các tệp phiếu các đơn vị gửi về, kiểm tra từng tệp rồi tổng hợp thành Bảng 1, Bảng 2
        trong sổ tính đang mở. Điểm thẩm định và lý do đã nhập không bao giờ bị ghi đè.
      </Text>
      {survey && (
        <MessageBar intent="warning" layout="multiline" data-testid="survey-in-workbook">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>Sổ tính này chứa phiếu khảo sát</MessageBarTitle> Sổ tính đang mở là phiếu của{' '}
            {describeSurvey(survey, regime, roster)}. Bảng tổng hợp không ghi vào cùng sổ tính với phiếu: hãy
            mở một sổ tính mới (Tệp &gt; Mới), mở phần bổ trợ ở đó rồi tổng hợp. Ở đây vẫn kiểm tra được các
            tệp phiếu nhận về.
          </MessageBarBody>
        </MessageBar>
      )}
      {existing && <ExistingConsolidationNotice existing={existing} template={template} />}
      <TemplateField choice={choice} />
      <RosterField
        choice={rosterChoice}
        counts={rosterCounts}
        disabled={busy}
        consolidationExists={existing !== null}
        storedRoster={existing?.roster ?? null}
      />
      <ActionOutcome outcome={rosterNews} testId="roster-outcome" />
      <ReturnedFilesIntake
        template={template}
        busy={busy}
        batch={batch}
        receivedAt={receivedAt}
        fileCount={rows.length}
        counts={counts}
        merged={batchMerged}
      />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={!canMerge} onClick={() => void merge()}>
          Tổng hợp vào bảng tính
        </Button>
        <Button disabled={!canResort} onClick={resort}>
          Cập nhật xếp hạng
        </Button>
        {flow.busy && (
          <Spinner
            size="tiny"
            label={flow.busy === 'merge' ? 'Đang ghi bảng tổng hợp…' : 'Đang sắp xếp lại…'}
          />
        )}
      </div>
      <ActionOutcome outcome={flow.outcome} testId="merge-outcome" />
      {capabilities.canInsert ? (
        <>
          <Text size={200}>
            “Cập nhật xếp hạng”: sau khi sửa điểm thẩm định ở trang “Dữ liệu”, sắp xếp lại Bảng 1, Bảng 2 và
            ghi các thay đổi vào nhật ký.
          </Text>
          <Text size={200} data-testid="undo-notice">
            Lưu ý: tổng hợp và cập nhật xếp hạng đều xóa, thêm và bảo vệ trang tính, nên Excel xóa lịch sử
            Hoàn tác: sau đó không hoàn tác (Ctrl+Z) được các sửa đổi trước. Hãy lưu sổ tính trước khi bấm.
          </Text>
        </>
      ) : (
        <Text size={200} data-testid="consolidation-unavailable">
          Phiên bản Excel này không cho phần bổ trợ ghi bảng tổng hợp vào sổ tính (cần ExcelApi 1.8: Microsoft
          365, Excel trên web hoặc Excel 2021 trở lên; Excel 2019 bản cấp phép số lượng lớn chỉ có ExcelApi
          1.7). Vẫn kiểm tra được các tệp phiếu ở đây; để tổng hợp, hãy dùng Excel mới hơn, trang tổng hợp
          “tong-hop.html” mở bằng trình duyệt (cùng địa chỉ với phần bổ trợ) hoặc lệnh “xep-hang-cntt
          consolidate”.
        </Text>
      )}
      <ExportDocuments disabled={existing === null || busy} />
      {flow.last && <RunSummary last={flow.last} onOpenSheet={openSheet} />}
      {rows.length > 0 && <FileOutcomeList rows={rows} agencyName={agencyName} returnBy={returnBy} />}
    </section>
  );
}
