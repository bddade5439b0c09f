import { Link, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { RunReport, useRunReportStyles } from './RunReport';
import type { LastRun } from './use-merge-flow';

/** After a merge or a re-sort: which sheets hold the results (click to go there), conflicts, rows lost by hand. */
export function RunSummary({
  last,
  onOpenSheet,
}: {
  last: LastRun;
  onOpenSheet: (sheet: string) => void;
}): JSX.Element {
  const styles = useRunReportStyles();
  const { run } = last;
  return (
    <RunReport
      heading={last.kind === 'merge' ? 'Đã ghi vào sổ tính đang mở' : 'Đã cập nhật các bảng trong sổ tính'}
      run={run}
      sheetLabel={(sheet) => (
        <Link as="button" onClick={() => onOpenSheet(sheet)}>
          {sheet}
        </Link>
      )}
      afterConflicts={
        run.unexplained.length > 0 && (
          <MessageBar intent="warning" layout="multiline" data-testid="unexplained-appraisals">
            <MessageBarBody className={styles.body}>
              <MessageBarTitle>
                Điểm, số liệu thẩm định chưa ghi lý do ({run.unexplained.length})
              </MessageBarTitle>
              <Text size={200}>
                Điểm, số liệu vẫn được tính; hãy ghi lý do vào cột “Lý do điều chỉnh” trên trang “Dữ liệu”,
                rồi bấm Cập nhật xếp hạng.
              </Text>
              <ul className={styles.list}>
                {run.unexplained.map((u) => (
                  <li key={`${u.agencyCode}-${u.subCode}`}>
                    {u.agencyCode}: {u.text}
                  </li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )
      }
    />
  );
}
