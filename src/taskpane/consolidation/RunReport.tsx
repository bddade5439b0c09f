import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { ConsolidationRun } from '../../core/consolidation/consolidate';
import { writtenSheets } from './written-sheets';

export const useRunReportStyles = makeStyles({
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

/**
 * What a merge wrote, sheet by sheet, then what needs the appraisers' attention (conflicts, rows
 * deleted by hand). Shared by the pane (sheets as links) and the appraisers' page (sheets as text).
 */
export function RunReport(props: {
  heading: ReactNode;
  run: ConsolidationRun;
  /** A sheet's name as shown: a link to it in the pane, text on the page. */
  sheetLabel: (sheet: string) => ReactNode;
  /** Shown under the list of sheets. */
  afterSheets?: ReactNode;
  /** Shown after the conflicts. */
  afterConflicts?: ReactNode;
}): JSX.Element {
  const styles = useRunReportStyles();
  const { run } = props;
  return (
    <div className={styles.box} data-testid="run-summary">
      <Text className={styles.heading}>{props.heading}</Text>
      <ul className={styles.list}>
        {writtenSheets(run).map((s) => (
          <li key={s.sheet} data-testid="written-sheet" data-sheet={s.sheet}>
            {props.sheetLabel(s.sheet)}
            {s.description ? <Text size={200}>: {s.description}</Text> : null}
          </li>
        ))}
      </ul>
      {props.afterSheets}
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
      {props.afterConflicts}
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
