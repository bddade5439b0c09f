import { Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SurveyTemplate } from '../../core/template/types';
import { formatVnDate } from '../../core/text/vn-date';
import { CheckProgressBar } from './CheckProgressBar';
import type { OutcomeCounts } from './file-rows';
import { OutcomeCountsBar } from './OutcomeCountsBar';
import { ReceivedAtField } from './ReceivedAtField';
import { ReturnedFilesDrop } from './ReturnedFilesDrop';
import type { CommonReceivedAt } from './use-common-received-at';
import type { ReturnedFiles } from './use-returned-files';

const useStyles = makeStyles({
  listHeader: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * Choosing returned files, shared by the pane and the appraisers' page: the common receipt time,
 * the drop zone, the check's progress, and the count of files checked or merged.
 */
export function ReturnedFilesIntake(props: {
  template: SurveyTemplate | null;
  busy: boolean;
  batch: ReturnedFiles;
  receivedAt: CommonReceivedAt;
  fileCount: number;
  counts: OutcomeCounts;
  /** The files listed are those of the last merge (not only checked). */
  merged: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { batch, receivedAt, template } = props;
  return (
    <>
      <ReceivedAtField
        enabled={receivedAt.enabled}
        onEnabledChange={receivedAt.setEnabled}
        value={receivedAt.text}
        onValueChange={receivedAt.setText}
        error={receivedAt.error}
        returnBy={template ? formatVnDate(template.returnBy) : null}
      />
      <ReturnedFilesDrop disabled={template === null || props.busy} onFiles={batch.add} />
      {batch.progress && <CheckProgressBar progress={batch.progress} />}
      {props.fileCount > 0 && (
        <>
          <div className={styles.listHeader}>
            <Text className={styles.heading}>
              {props.fileCount} tệp {props.merged ? 'đã tổng hợp' : 'đã kiểm tra'}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              disabled={props.busy || batch.checking}
              onClick={batch.clear}
            >
              Xóa danh sách
            </Button>
          </div>
          <OutcomeCountsBar counts={props.counts} />
        </>
      )}
    </>
  );
}
