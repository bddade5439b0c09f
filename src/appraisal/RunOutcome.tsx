import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { describeRoster, describeRosterChange } from '../core/consolidation/stored-roster';
import { writtenSheets } from '../taskpane/consolidation/written-sheets';
import type { LastDownload } from './AppraisalPage';

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

/** After a download: what the file holds, sheet by sheet, and what needs the appraisers' attention. */
export function RunOutcome({ last }: { last: LastDownload }): JSX.Element {
  const styles = useStyles();
  const { run, fileName } = last;
  return (
    <div className={styles.box} data-testid="run-summary">
      <Text className={styles.heading}>Đã tải về tệp “{fileName}”</Text>
      <ul className={styles.list}>
        {writtenSheets(run).map((s) => (
          <li key={s.sheet} data-testid="written-sheet" data-sheet={s.sheet}>
            <Text weight="semibold">{s.sheet}</Text>
            {s.description ? <Text size={200}>: {s.description}</Text> : null}
          </li>
        ))}
      </ul>
      <Text size={200}>
        Mở tệp bằng Excel để thẩm định (trang Dữ liệu). Khi nhận thêm phiếu, chọn lại tệp này ở mục “Bảng tổng
        hợp đã có” để tổng hợp thêm mà không mất điểm thẩm định.
      </Text>
      {run.rosterChange && (
        <MessageBar intent="info" layout="multiline" data-testid="roster-change">
          <MessageBarBody className={styles.body}>
            Danh sách đơn vị khác danh sách đã lưu ({describeRoster(run.rosterChange.before)}): nay dùng{' '}
            {describeRoster(run.rosterChange.after)}; {describeRosterChange(run.rosterChange)}. Thay đổi đã
            được ghi vào trang Nhật ký.
          </MessageBarBody>
        </MessageBar>
      )}
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
