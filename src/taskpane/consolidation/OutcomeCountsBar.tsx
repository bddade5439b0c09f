import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { OutcomeCounts } from './file-rows';

const useStyles = makeStyles({
  box: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, 1fr)',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    textAlign: 'center',
  },
  number: {
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
  },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  warn: { color: tokens.colorPaletteDarkOrangeForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
});

/** How many files are good, good with warnings, and refused. */
export function OutcomeCountsBar({ counts }: { counts: OutcomeCounts }): JSX.Element {
  const styles = useStyles();
  const cell = (n: number, label: string, className: string, testId: string): JSX.Element => (
    <div>
      <Text block className={mergeClasses(styles.number, className)} data-testid={testId}>
        {n}
      </Text>
      <Text size={200}>{label}</Text>
    </div>
  );
  return (
    <div className={styles.box} data-testid="outcome-counts">
      {cell(counts.accepted, 'hợp lệ', styles.ok, 'count-accepted')}
      {cell(counts.warnings, 'có cảnh báo', styles.warn, 'count-warnings')}
      {cell(counts.rejected, 'bị từ chối', styles.bad, 'count-rejected')}
    </div>
  );
}
