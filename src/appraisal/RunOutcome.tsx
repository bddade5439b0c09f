import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { describeRoster, describeRosterChange } from '../core/consolidation/stored-roster';
import { RunReport, useRunReportStyles } from '../taskpane/consolidation/RunReport';
import type { LastDownload } from './AppraisalPage';

/** After a download: what the file holds, sheet by sheet, and what needs the appraisers' attention. */
export function RunOutcome({ last }: { last: LastDownload }): JSX.Element {
  const styles = useRunReportStyles();
  const { run, fileName } = last;
  return (
    <RunReport
      heading={<>Đã tải về tệp “{fileName}”</>}
      run={run}
      sheetLabel={(sheet) => <Text weight="semibold">{sheet}</Text>}
      afterSheets={
        <>
          <Text size={200}>
            Mở tệp bằng Excel để thẩm định (trang Dữ liệu). Khi nhận thêm phiếu, chọn lại tệp này ở mục “Bảng
            tổng hợp đã có” để tổng hợp thêm mà không mất điểm thẩm định.
          </Text>
          {run.rosterChange && (
            <MessageBar intent="info" layout="multiline" data-testid="roster-change">
              <MessageBarBody className={styles.body}>
                Danh sách đơn vị khác danh sách đã lưu ({describeRoster(run.rosterChange.before)}): nay dùng{' '}
                {describeRoster(run.rosterChange.after)}; {describeRosterChange(run.rosterChange)}. Thay đổi
                đã được ghi vào trang Nhật ký.
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      }
    />
  );
}
