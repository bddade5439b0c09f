import {
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { LastRun } from './use-merge-flow';
import { writtenSheets } from './written-sheets';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: '18px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** After a merge or a re-sort: which sheets hold the results (click to go there), conflicts, rows lost by hand. */
export function RunSummary({
  last,
  onOpenSheet,
}: {
  last: LastRun;
  onOpenSheet: (sheet: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const { run } = last;
  const sheets = writtenSheets(run);
  return (
    <div className={styles.box} data-testid="run-summary">
      <Text className={styles.heading}>
        {last.kind === 'merge' ? 'Đã ghi vào sổ tính đang mở' : 'Đã cập nhật các bảng trong sổ tính'}
      </Text>
      <ul className={styles.list}>
        {sheets.map((s) => (
          <li key={s.sheet} data-testid="written-sheet" data-sheet={s.sheet}>
            <Link as="button" onClick={() => onOpenSheet(s.sheet)}>
              {s.sheet}
            </Link>
            {s.description ? <Text size={200}>: {s.description}</Text> : null}
          </li>
        ))}
      </ul>
      {run.merge.conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="conflicts">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>Xung đột cần thẩm định lại ({run.merge.conflicts.length})</MessageBarTitle>
            <ul className={styles.list}>
              {run.merge.conflicts.map((c, i) => (
                <li key={`${c.agencyCode}-${c.subCode}-${i}`}>{c.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {run.unexplained.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="unexplained-appraisals">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>
              Điểm, số liệu thẩm định chưa ghi lý do ({run.unexplained.length})
            </MessageBarTitle>
            <Text size={200}>
              Điểm, số liệu vẫn được tính; hãy ghi lý do vào cột “Lý do điều chỉnh” trên trang “Dữ liệu”, rồi
              bấm Cập nhật xếp hạng.
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
      )}
      {run.merge.missingRows.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="missing-rows">
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>Dòng bị xóa khỏi trang dữ liệu</MessageBarTitle>
            <ul className={styles.list}>
              {run.merge.missingRows.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
