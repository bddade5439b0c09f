import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { describeRoster } from '../core/consolidation/stored-roster';
import { FileChooserButton } from '../taskpane/app/FileChooserButton';
import { XLSX_TYPE } from '../taskpane/app/download-bytes';
import type { PreviousChoice } from './use-previous-file';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fileName: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
});

/**
 * "Bảng tổng hợp đã có": an earlier consolidation to merge into (late or re-sent files, appraised
 * scores to keep), or none to start a new one. Says what the file holds, or why it cannot be used.
 */
export function PreviousField({
  choice,
  mismatch,
  disabled,
}: {
  choice: PreviousChoice;
  mismatch: string | null;
  disabled: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { current, reading } = choice;
  return (
    <Field
      label="Bảng tổng hợp đã có (không bắt buộc)"
      hint="Chọn tệp tổng hợp đã tải về lần trước để tổng hợp thêm: điểm thẩm định, lý do, sổ theo dõi và nhật ký được giữ nguyên. Bỏ trống để lập bảng mới."
    >
      <div className={styles.body}>
        <div className={styles.row}>
          <FileChooserButton
            size="small"
            disabled={disabled}
            label="Chọn bảng tổng hợp…"
            accept={`.xlsx,${XLSX_TYPE}`}
            testId="previous-file"
            onFiles={([file]) => file && choice.choose(file)}
          />
          {current && (
            <Button size="small" appearance="subtle" disabled={disabled} onClick={choice.clear}>
              Lập bảng mới
            </Button>
          )}
          {reading !== null && <Spinner size="tiny" label={`Đang đọc ${reading}…`} />}
        </div>
        {current?.read.ok && (
          <Text size={200} data-testid="previous-summary">
            Tệp <span className={styles.fileName}>{current.fileName}</span>: bảng tổng hợp năm{' '}
            {current.read.state.year} (mẫu {current.read.state.templateId}),{' '}
            {current.read.state.sources.length} đơn vị đã có số liệu
            {current.read.roster.kind === 'ok'
              ? `; danh sách đơn vị đã lưu: ${describeRoster(current.read.roster.roster)}`
              : ''}
            .
          </Text>
        )}
        {current && !current.read.ok && (
          <MessageBar intent="error" layout="multiline" data-testid="previous-problem">
            <MessageBarBody>{current.read.message}</MessageBarBody>
          </MessageBar>
        )}
        {mismatch && (
          <MessageBar intent="error" layout="multiline" data-testid="previous-mismatch">
            <MessageBarBody>{mismatch}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </Field>
  );
}
