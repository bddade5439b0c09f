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
import { formatVnClock } from '../../core/consolidation/time';
import { formatVnDate } from '../../core/text/vn-date';
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

/**
 * Every file with its outcome and, before the merge already, whether it arrived late; a file's
 * messages open under it. Rejected files come first.
 */
export function FileOutcomeList({
  rows,
  agencyName,
  returnBy,
}: {
  rows: FileRow[];
  agencyName: (code: string) => string | undefined;
  /** The template's last day on time (ISO date); null when no template is chosen. */
  returnBy: string | null;
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
            data-late={returnBy === null ? undefined : String(r.late)}
          >
            <AccordionHeader size="small">
              <span className={styles.header}>
                <Badge className={styles.badge} appearance="tint" color={OUTCOME_COLORS[r.outcome]}>
                  {OUTCOME_LABELS[r.outcome]}
                </Badge>
                {returnBy !== null && (
                  <Badge
                    className={styles.badge}
                    appearance={r.late ? 'filled' : 'outline'}
                    color={r.late ? 'severe' : 'informative'}
                    data-testid="file-lateness"
                  >
                    {r.late ? 'Nộp muộn' : 'Đúng hạn'}
                  </Badge>
                )}
                <span className={styles.name}>
                  {r.fileName}
                  {r.problems.length > 0 ? ` (${r.problems.length} vấn đề)` : ''}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel className={styles.panel}>
              {returnBy !== null && (
                <Text block size={200} data-testid="file-received">
                  Nhận lúc {formatVnClock(r.receivedAt)} (giờ Việt Nam): {r.late ? 'nộp muộn' : 'đúng hạn'},
                  hạn nộp hết ngày {formatVnDate(returnBy)}.
                </Text>
              )}
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
