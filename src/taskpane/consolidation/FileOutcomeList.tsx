import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { displayOrder, type FileRow } from './file-rows';
import { ACTION_LABELS, OUTCOME_COLORS, OUTCOME_LABELS } from './outcome-labels';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
    textAlign: 'left',
  },
  name: { overflowWrap: 'anywhere' },
  badge: { flexShrink: 0 },
  list: {
    margin: 0,
    paddingLeft: '18px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  note: { color: tokens.colorNeutralForeground2 },
  panel: { paddingLeft: '28px', paddingBottom: tokens.spacingVerticalS },
});

/** Every file with its outcome; a file's messages open under it. Rejected files come first. */
export function FileOutcomeList({
  rows,
  agencyName,
}: {
  rows: FileRow[];
  agencyName: (code: string) => string | undefined;
}): JSX.Element {
  const styles = useStyles();
  const ordered = displayOrder(rows);
  return (
    <Accordion multiple collapsible data-testid="file-outcomes">
      {ordered.map((r) => {
        const agency = r.agencyCode ? (agencyName(r.agencyCode) ?? r.agencyCode) : null;
        return (
          <AccordionItem
            key={r.key}
            value={r.key}
            data-testid="file-outcome"
            data-file={r.fileName}
            data-outcome={r.outcome}
          >
            <AccordionHeader size="small">
              <span className={styles.header}>
                <Badge className={styles.badge} appearance="tint" color={OUTCOME_COLORS[r.outcome]}>
                  {OUTCOME_LABELS[r.outcome]}
                </Badge>
                <span className={styles.name}>
                  {r.fileName}
                  {r.problems.length > 0 ? ` (${r.problems.length} vấn đề)` : ''}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {agency && (
                <Text block size={200}>
                  Đơn vị: {agency}
                </Text>
              )}
              {r.action && (
                <Text block size={200} className={styles.note} data-testid="file-action">
                  {ACTION_LABELS[r.action]}
                  {r.note ? `: ${r.note}` : '.'}
                </Text>
              )}
              {r.problems.length === 0 ? (
                <Text size={200}>Không có vấn đề nào.</Text>
              ) : (
                <ul className={styles.list}>
                  {r.problems.map((p, i) => (
                    <li
                      key={i}
                      className={p.severity === 'error' ? styles.error : undefined}
                      data-testid="file-problem"
                    >
                      <Text size={200} className={p.severity === 'error' ? styles.error : undefined}>
                        {p.severity === 'error' ? 'Lỗi: ' : 'Lưu ý: '}
                        {p.message}
                      </Text>
                    </li>
                  ))}
                </ul>
              )}
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
