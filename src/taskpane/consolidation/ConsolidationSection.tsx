import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckContext } from '../../core/consolidation/check-context';
import { usePane } from '../app/pane-context';
import { publish } from '../messages/message-bus';
import { reportError } from '../messages/report-error';
import { TemplateField } from '../survey/TemplateField';
import { useTemplateChoice } from '../survey/use-template-choice';
import { ExportDocuments } from '../documents/ExportDocuments';
import { CheckProgressBar } from './CheckProgressBar';
import { ExistingConsolidationNotice } from './ExistingConsolidationNotice';
import { FileOutcomeList } from './FileOutcomeList';
import { countOutcomes, rowsFromReport, rowsFromSubmissions, type FileRow } from './file-rows';
import type { ConsolidationSummary } from './merge-news';
import { OutcomeCountsBar } from './OutcomeCountsBar';
import { ReceivedAtField } from './ReceivedAtField';
import { readReceivedAt, vnDate, withReceivedAt } from './received-at';
import { ReturnedFilesDrop } from './ReturnedFilesDrop';
import { RosterField } from './RosterField';
import { RunSummary } from './RunSummary';
import { useMergeFlow } from './use-merge-flow';
import { useReturnedFiles } from './use-returned-files';
import { rosterOrigin, useRosterChoice } from './use-roster-choice';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  listHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * "Tổng hợp" (for the appraisers): read the returned workbooks in the pane, check each one, merge
 * them into Bảng 1 / Bảng 2 of the open workbook, and re-sort the tables after appraisal.
 */
export function ConsolidationSection({ found }: { found: ConsolidationSummary | null }): JSX.Element {
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
  const [commonTime, setCommonTime] = useState(false);
  const [timeInput, setTimeInput] = useState('');
  const reading = readReceivedAt(timeInput);
  const commonReceivedAt = commonTime && reading.ok ? reading.instant : null;

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
  const rows = merged && batchMerged ? merged.rows : rowsFromSubmissions(batch.submissions);
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
    (!commonTime || commonReceivedAt !== null);
  const canResort =
    capabilities.canInsert && template !== null && !busy && rosterSettled && existing !== null;
  // Say why the list changes when files already checked are checked again against a new roster.
  const shownRoster = useRef(roster);
  const waiting = batch.files.length > 0 && !batchMerged;
  useEffect(() => {
    if (shownRoster.current === roster) return;
    shownRoster.current = roster;
    if (waiting) {
      publish(
        'info',
        'Đã đổi danh sách đơn vị',
        'Các tệp phiếu đã chọn được kiểm tra lại theo danh sách mới; hãy xem lại kết quả trước khi tổng hợp.',
      );
    }
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
    setMerged({ files, rows: rowsFromReport(run.report.files) });
  };
  const resort = (): void => {
    if (template)
      void flow.resort({ template, regime, roster, rosterOrigin: rosterOrigin(rosterChoice.current) });
  };
  const openSheet = (sheet: string): void => {
    services
      .selectCell(sheet, 'A1')
      .catch((e: unknown) => reportError(`Không mở được trang tính "${sheet}"`, e));
  };

  return (
    <section className={styles.section} aria-label="Tổng hợp">
      <Text size={200}>
        Dành cho Sở: đọc các tệp phiếu các đơn vị gửi về, kiểm tra từng tệp rồi tổng hợp thành Bảng 1, Bảng 2
        trong sổ tính đang mở. Điểm thẩm định và lý do đã nhập không bao giờ bị ghi đè.
      </Text>
      {existing && <ExistingConsolidationNotice existing={existing} template={template} />}
      <TemplateField
        source={choice.source}
        onSourceChange={choice.setSource}
        year={choice.year}
        years={choice.years}
        onYearChange={choice.setYear}
        fileName={choice.fileName}
        fileTemplate={choice.fileTemplate}
        fileProblems={choice.fileProblems}
        onFile={choice.loadFile}
        builtinVersions={choice.builtinVersions}
        builtinVersion={choice.builtinVersion}
        onBuiltinVersionChange={choice.setBuiltinVersion}
      />
      <RosterField
        choice={rosterChoice}
        counts={rosterCounts}
        disabled={busy}
        consolidationExists={existing !== null}
        storedRoster={existing?.roster ?? null}
      />
      <ReceivedAtField
        enabled={commonTime}
        onEnabledChange={setCommonTime}
        value={timeInput}
        onValueChange={setTimeInput}
        error={reading.ok ? null : reading.message}
        returnBy={template ? vnDate(template.returnBy) : null}
      />
      <ReturnedFilesDrop disabled={template === null || busy} onFiles={batch.add} />
      {batch.progress && <CheckProgressBar progress={batch.progress} />}
      {rows.length > 0 && (
        <>
          <div className={styles.listHeader}>
            <Text className={styles.heading}>
              {rows.length} tệp {batchMerged ? 'đã tổng hợp' : 'đã kiểm tra'}
            </Text>
            <Button size="small" appearance="subtle" disabled={busy || batch.checking} onClick={batch.clear}>
              Xóa danh sách
            </Button>
          </div>
          <OutcomeCountsBar counts={counts} />
        </>
      )}
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
      {capabilities.canInsert ? (
        <>
          <Text size={200}>
            &quot;Cập nhật xếp hạng&quot;: sau khi sửa điểm thẩm định ở trang &quot;Dữ liệu&quot;, sắp xếp lại
            Bảng 1, Bảng 2 và ghi các thay đổi vào nhật ký.
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
          &quot;tong-hop.html&quot; mở bằng trình duyệt (cùng địa chỉ với phần bổ trợ) hoặc lệnh
          &quot;xep-hang-cntt consolidate&quot;.
        </Text>
      )}
      <ExportDocuments disabled={existing === null || busy} />
      {flow.last && <RunSummary last={flow.last} onOpenSheet={openSheet} />}
      {rows.length > 0 && <FileOutcomeList rows={rows} agencyName={agencyName} />}
    </section>
  );
}
