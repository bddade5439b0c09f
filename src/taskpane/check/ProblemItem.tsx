import { Button, Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { EntryProblem } from '../../core/scoring/rules';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    minWidth: 0,
    height: 'auto',
    textAlign: 'left',
    whiteSpace: 'normal',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  message: { flexGrow: 1, overflowWrap: 'anywhere' },
  error: { borderLeft: `3px solid ${tokens.colorPaletteRedBorder2}` },
  warning: { borderLeft: `3px solid ${tokens.colorPaletteYellowBorder2}` },
  cell: { flexShrink: 0, color: tokens.colorBrandForeground1 },
});

/** What an item shows: an entry problem, or a figure problem of a format-2 form (no sub-criterion code). */
type ShownProblem = Pick<EntryProblem, 'message' | 'severity'> & { code: string; subCode?: string };

/** One problem; clicking it selects the cell in the sheet. */
export function ProblemItem(props: {
  problem: ShownProblem;
  address: string | null;
  onSelect: () => void;
}): JSX.Element {
  const styles = useStyles();
  const { problem, address } = props;
  return (
    <li style={{ listStyle: 'none' }}>
      <Button
        appearance="subtle"
        className={mergeClasses(styles.item, problem.severity === 'error' ? styles.error : styles.warning)}
        disabled={address === null}
        onClick={props.onSelect}
        title={address ? `Chọn ô ${address}` : undefined}
        data-testid="problem"
        data-code={problem.code}
        data-severity={problem.severity}
        data-sub-code={problem.subCode ?? ''}
        data-cell={address ?? ''}
      >
        <Text className={styles.message}>{problem.message}</Text>
        {address && (
          <Text size={200} className={styles.cell}>
            Ô {address}
          </Text>
        )}
      </Button>
    </li>
  );
}
