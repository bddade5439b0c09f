import { useEffect, useMemo, useState } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { CheckContext } from '../core/consolidation/check-context';
import type { ConsolidationRun } from '../core/consolidation/consolidate';
import { MessageList } from '../taskpane/messages/MessageList';
import { ActionOutcome, type Outcome } from '../taskpane/messages/ActionOutcome';
import { describeError } from '../taskpane/messages/describe-error';
import { FileOutcomeList } from '../taskpane/consolidation/FileOutcomeList';
import {
  countOutcomes,
  rowsFromReport,
  rowsFromSubmissions,
  type FileRow,
} from '../taskpane/consolidation/file-rows';
import { withReceivedAt } from '../taskpane/consolidation/received-at';
import { ReturnedFilesIntake } from '../taskpane/consolidation/ReturnedFilesIntake';
import { useCommonReceivedAt } from '../taskpane/consolidation/use-common-received-at';
import { RosterField } from '../taskpane/consolidation/RosterField';
import { useReturnedFiles } from '../taskpane/consolidation/use-returned-files';
import { rosterOrigin, useRosterChoice } from '../taskpane/consolidation/use-roster-choice';
import { TemplateField } from '../taskpane/survey/TemplateField';
import { PAGE_PUBLISHED_SOURCE } from '../taskpane/survey/published-source';
import { useTemplateChoice } from '../taskpane/survey/use-template-choice';
import { downloadBytes } from '../taskpane/app/download-bytes';
import { consolidationFileName } from './download';
import type * as PageServices from './page-services';
import { PreviousField } from './PreviousField';
import { RunOutcome } from './RunOutcome';
import { usePreviousFile, type PreviousFile } from './use-previous-file';

const useStyles = makeStyles({
  page: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '760px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    boxSizing: 'border-box',
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase600,
    lineHeight: tokens.lineHeightBase600,
    fontWeight: tokens.fontWeightSemibold,
  },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface LastDownload {
  run: ConsolidationRun;
  fileName: string;
}

/**
 * The appraisers' page: the pane's "Tổng hợp" flow on files, for a computer whose Excel cannot run
 * the add-in. Returned workbooks are read and checked in the browser; the consolidation is built by
 * the same core call and the same ExcelJS writer as `xep-hang-cntt consolidate`, and downloaded.
 */
export function AppraisalPage({ services }: { services: typeof PageServices }): JSX.Element {
  const styles = useStyles();
  const regime = services.builtInRegime;
  const previous = usePreviousFile(services);
  const prevRead = previous.current?.read.ok ? previous.current.read : null;
  const storedRoster = prevRead?.roster.kind === 'ok' ? prevRead.roster.roster : null;
  const rosterChoice = useRosterChoice(services, storedRoster);
  const roster = rosterChoice.current.roster;
  const rosterCounts = useMemo(() => services.rosterGroupCounts(roster, regime), [services, roster, regime]);
  const choice = useTemplateChoice(services, PAGE_PUBLISHED_SOURCE);
  const template = choice.effective;

  // An earlier consolidation sets the year (the built-in template of its year, else the template file).
  const { setYear, setSource, setBuiltinVersion } = choice;
  useEffect(() => {
    if (!prevRead) return;
    if (services.defaultTemplate(prevRead.state.year, regime).id === prevRead.state.templateId) {
      setSource('builtin');
      setYear(prevRead.state.year);
      setBuiltinVersion(prevRead.state.templateVersion);
    } else setSource('file');
  }, [services, regime, prevRead, setYear, setSource, setBuiltinVersion]);

  const ctx = useMemo<CheckContext | null>(
    () => (template ? { year: template.year, regime, templates: [template], roster: [...roster] } : null),
    [template, regime, roster],
  );
  const batch = useReturnedFiles(services, ctx);
  // The rows of the last batch written, and the consolidation that run left (the page continues from it).
  const [merged, setMerged] = useState<{ files: File[]; rows: FileRow[]; after: PreviousFile } | null>(null);
  const [last, setLast] = useState<LastDownload | null>(null);
  const [busy, setBusy] = useState(false);
  // What the last run did, or why it failed: under its button, announced to screen readers.
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const receivedAt = useCommonReceivedAt();
  const commonReceivedAt = receivedAt.instant;

  const mismatch =
    prevRead && template && previous.current
      ? (services.previousMismatch(prevRead.state, previous.current.fileName, template)?.message ?? null)
      : null;
  // As the CLI: a stored roster that cannot be read must be replaced by a roster file chosen now.
  const rosterBlocked =
    prevRead?.roster.kind === 'unreadable' && rosterChoice.current.source !== 'file'
      ? `Tệp “${previous.current?.fileName ?? ''}”: ${prevRead.roster.message}. Hãy chọn tệp danh sách đơn vị; danh sách đó sẽ được lưu lại trong bảng tổng hợp.`
      : null;
  const batchMerged = merged !== null && merged.files === batch.files;
  // Writing the same files into the file just written would change nothing.
  const nothingNew = batchMerged && merged.after === previous.current;
  // Before the merge already: each file's receipt time (or the common one) against the deadline.
  const returnBy = template?.returnBy ?? null;
  const rows =
    merged && batchMerged
      ? merged.rows
      : rowsFromSubmissions(withReceivedAt(batch.submissions, commonReceivedAt), returnBy);
  const counts = countOutcomes(rows);
  const previousUnusable = previous.current !== null && !previous.current.read.ok;
  const canRun =
    template !== null &&
    !busy &&
    previous.reading === null &&
    !previousUnusable &&
    mismatch === null &&
    rosterBlocked === null &&
    rosterChoice.reading === null &&
    !batch.checking &&
    !nothingNew &&
    (batch.submissions.length > 0 || prevRead !== null) &&
    (!receivedAt.enabled || commonReceivedAt !== null);
  // Starting a new consolidation drops the roster that came with the earlier one.
  const { chooseBuiltIn } = rosterChoice;
  const rosterSource = rosterChoice.current.source;
  const previousChoice = {
    ...previous,
    clear: (): void => {
      previous.clear();
      if (rosterSource === 'stored') chooseBuiltIn();
    },
  };
  const agencyName = (code: string): string | undefined => roster.find((a) => a.code === code)?.name;

  const run = async (): Promise<void> => {
    if (!template) return;
    const files = batch.files;
    const submissions = withReceivedAt(batch.submissions, commonReceivedAt);
    setBusy(true);
    setOutcome(null);
    try {
      // ExcelJS is fetched only now, the first time a workbook is written.
      const { consolidateToXlsx } = await import(
        /* webpackChunkName: "xlsx-writer" */ '../xlsx/write-consolidation'
      );
      const { run: done, bytes } = await consolidateToXlsx({
        previous: prevRead?.state ?? null,
        previousRoster: storedRoster,
        submissions,
        template,
        regime,
        roster,
        rosterOrigin: rosterOrigin(rosterChoice.current),
        now: new Date().toISOString(),
      });
      const fileName = consolidationFileName(previous.current?.fileName ?? null, template.year);
      downloadBytes(bytes, fileName);
      // The next run continues from this file, read back exactly as it would be when chosen from disk.
      const after = { fileName, read: services.readConsolidationFile(bytes, fileName, regime) };
      previous.adopt(after);
      batch.markMerged();
      setMerged({ files, rows: rowsFromReport(done.report.files, template.returnBy), after });
      setLast({ run: done, fileName });
      const applied = done.merge.files.filter((f) => f.action === 'applied').length;
      setOutcome({
        intent: 'success',
        title: 'Đã lập bảng tổng hợp',
        text: `${applied} tệp phiếu được dùng. Trình duyệt đã tải về tệp “${fileName}”.`,
      });
    } catch (e) {
      console.error('Không lập được bảng tổng hợp', e);
      setOutcome({ intent: 'error', title: 'Không lập được bảng tổng hợp', text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className={styles.page}>
      <Text as="h1" className={styles.title}>
        Tổng hợp phiếu xếp hạng ứng dụng CNTT
      </Text>
      <Text>
        Dành cho cán bộ thẩm định dùng máy không chạy được phần bổ trợ trong Excel: chọn các tệp phiếu các đơn
        vị gửi về, xem kết quả kiểm tra từng tệp, rồi tải về bảng tổng hợp (.xlsx) gồm Bảng 1, Bảng 2, Dữ
        liệu, Sổ theo dõi và Nhật ký. Các tệp chỉ được đọc trên máy này: không tệp nào được gửi lên mạng.
      </Text>
      <MessageList />
      <PreviousField choice={previousChoice} mismatch={mismatch} disabled={busy} />
      <TemplateField choice={choice} />
      <RosterField
        choice={rosterChoice}
        counts={rosterCounts}
        disabled={busy}
        consolidationExists={prevRead !== null}
        storedRoster={storedRoster}
      />
      {rosterBlocked && (
        <Text size={200} data-testid="roster-blocked">
          {rosterBlocked}
        </Text>
      )}
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
        <Button
          appearance="primary"
          disabled={!canRun}
          onClick={() => void run()}
          data-testid="download-consolidation"
        >
          Tổng hợp và tải về tệp .xlsx
        </Button>
        {busy && <Spinner size="tiny" label="Đang lập bảng tổng hợp…" />}
      </div>
      <ActionOutcome outcome={outcome} testId="run-outcome-message" />
      {last && <RunOutcome last={last} />}
      {rows.length > 0 && <FileOutcomeList rows={rows} agencyName={agencyName} returnBy={returnBy} />}
    </main>
  );
}
