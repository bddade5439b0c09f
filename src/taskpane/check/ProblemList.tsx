import { useMemo } from 'react';
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { EntryProblem } from '../../core/scoring/rules';
import { problemCell } from './problem-cell';
import { ProblemItem } from './ProblemItem';
import type { SurveyLayout } from './survey-layout';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
});

interface Located {
  problem: EntryProblem;
  address: string | null;
  row: number;
}

/**
 * Errors (they change the score or make the file wrong) always show; warnings such as blanks,
 * which are many on a fresh form, sit in a panel that opens by itself only when there are few.
 */
export function ProblemList(props: {
  problems: EntryProblem[];
  layout: SurveyLayout;
  onSelect: (address: string) => void;
}): JSX.Element {
  const styles = useStyles();
  const located = useMemo<Located[]>(
    () =>
      props.problems
        .map((problem) => {
          const cell = problemCell(props.layout, problem);
          return { problem, address: cell?.address ?? null, row: cell?.row ?? Number.MAX_SAFE_INTEGER };
        })
        .sort((a, b) => a.row - b.row),
    [props.problems, props.layout],
  );
  const errors = located.filter((l) => l.problem.severity === 'error');
  const warnings = located.filter((l) => l.problem.severity !== 'error');
  const render = (items: Located[]): JSX.Element => (
    <ul className={styles.list}>
      {items.map((l, i) => (
        <ProblemItem
          key={`${l.problem.subCode}-${l.problem.field}-${l.problem.code}-${i}`}
          problem={l.problem}
          address={l.address}
          onSelect={() => l.address && props.onSelect(l.address)}
        />
      ))}
    </ul>
  );
  if (located.length === 0) {
    return (
      <Text className={styles.ok} data-testid="no-problems">
        Không có lỗi nào. Phiếu đã điền đủ và hợp lệ.
      </Text>
    );
  }
  return (
    <Accordion
      multiple
      collapsible
      defaultOpenItems={warnings.length <= 5 ? ['errors', 'warnings'] : ['errors']}
    >
      <AccordionItem value="errors">
        <AccordionHeader size="small">
          <span data-testid="error-count">Lỗi cần sửa ({errors.length})</span>
        </AccordionHeader>
        <AccordionPanel>
          {errors.length > 0 ? render(errors) : <Text size={200}>Không có lỗi.</Text>}
        </AccordionPanel>
      </AccordionItem>
      <AccordionItem value="warnings">
        <AccordionHeader size="small">
          <span data-testid="warning-count">Cần lưu ý ({warnings.length})</span>
        </AccordionHeader>
        <AccordionPanel>
          {warnings.length > 0 ? render(warnings) : <Text size={200}>Không có.</Text>}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
