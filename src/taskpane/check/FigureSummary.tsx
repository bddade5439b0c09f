import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { formatPoints } from '../../core/numbers/hundredths';
import type { FormScore } from '../../core/scoring/score';
import { ProblemItem } from './ProblemItem';
import type { SurveyLayout } from './survey-layout';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  points: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/**
 * Format 2: the figures' problems and failed logic checks (click to select the figure), and the points each
 * computed sub-criterion earns from the figures. Nothing for a format-1 form.
 */
export function FigureSummary(props: {
  score: FormScore;
  layout: SurveyLayout;
  onSelect: (address: string) => void;
}): JSX.Element | null {
  const styles = useStyles();
  const { score, layout } = props;
  const figures = layout.figures ?? [];
  if (figures.length === 0) return null;
  const cellOf = (key: string): string | null => figures.find((f) => f.key === key)?.valueCell ?? null;
  const computed = layout.rows.filter((r) => r.computed);
  return (
    <div className={styles.box} aria-label="Số liệu">
      <Text className={styles.heading}>Số liệu và kiểm tra lôgic</Text>
      {score.figureProblems.length === 0 ? (
        <Text>Số liệu đã nhập đủ, hợp lệ và qua mọi phép kiểm tra lôgic.</Text>
      ) : (
        <ul className={styles.list}>
          {score.figureProblems.map((p, i) => {
            const address = cellOf(p.key);
            return (
              <ProblemItem
                key={`${p.code}-${p.key}-${i}`}
                problem={p}
                address={address}
                onSelect={() => address && props.onSelect(address)}
              />
            );
          })}
        </ul>
      )}
      <Text className={styles.heading}>Điểm tính từ số liệu</Text>
      <ul className={styles.points} data-testid="computed-points">
        {computed.map((r) => (
          <li key={r.code}>
            <Text>
              Tiêu chí {r.code}: {formatPoints(score.computedPoints[r.code] ?? 0)} /{' '}
              {formatPoints(r.capHundredths)} điểm
            </Text>
          </li>
        ))}
      </ul>
    </div>
  );
}
