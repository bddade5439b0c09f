import { Field, ProgressBar } from '@fluentui/react-components';
import { formatPoints } from '../../core/numbers/hundredths';
import type { CriterionScore } from '../../core/scoring/score';

/** One criterion: its counted points against its cap, e.g. "12,5 / 35". */
export function CriterionProgress({ criterion }: { criterion: CriterionScore }): JSX.Element {
  const { number, title, capHundredths, pointsHundredths } = criterion;
  const ratio = capHundredths > 0 ? pointsHundredths / capHundredths : 0;
  return (
    <Field
      label={`${number}. ${title}`}
      hint={`${formatPoints(pointsHundredths)} / ${formatPoints(capHundredths)}`}
      data-testid={`criterion-${number}`}
    >
      <ProgressBar value={ratio} max={1} thickness="large" color={ratio >= 1 ? 'success' : 'brand'} />
    </Field>
  );
}
