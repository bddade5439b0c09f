import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatPoints } from '../../core/numbers/hundredths';
import type { FormScore } from '../../core/scoring/score';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  total: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

const bandColor: Record<string, 'success' | 'brand' | 'warning' | 'danger'> = {
  tot: 'success',
  kha: 'brand',
  'trung-binh': 'warning',
  yeu: 'danger',
};

/** The total and the rating, the same values the sheet's TONG_DIEM and XEP_LOAI cells show. */
export function TotalSummary({
  score,
  maxHundredths,
}: {
  score: FormScore;
  maxHundredths: number;
}): JSX.Element {
  const styles = useStyles();
  return (
    <div className={styles.box}>
      <div>
        <Text block size={200}>
          Tổng điểm
        </Text>
        <Text className={styles.total} data-testid="total">
          {formatPoints(score.totalHundredths)} / {formatPoints(maxHundredths)}
        </Text>
      </div>
      <div>
        <Text block size={200}>
          Xếp loại
        </Text>
        {score.entered ? (
          <Badge size="large" color={bandColor[score.band.id] ?? 'informative'} data-testid="rating">
            {score.band.label}
          </Badge>
        ) : (
          // A blank form is not rated, as its XEP_LOAI cell shows nothing.
          <Text data-testid="rating">Chưa nhập điểm</Text>
        )}
      </div>
    </div>
  );
}
