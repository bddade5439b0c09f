import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  describeRosterOrigin,
  rosterChange,
  type StoredRoster,
} from '../../core/consolidation/roster-origin';
import { FileChooserButton } from '../app/FileChooserButton';
import { problemInFile } from './roster-problems';
import type { RosterChoice } from './use-roster-choice';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  fileName: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold },
  problems: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: '18px' },
});

/** Problems listed in full up to this many; a wholly wrong file would otherwise fill the pane. */
const SHOWN_PROBLEMS = 20;

export interface RosterGroupCount {
  name: string;
  count: number;
}

/** "Sở, ban, ngành cấp tỉnh" inside a sentence; an acronym such as "UBND" keeps its capitals. */
function inSentence(name: string): string {
  const second = name.charAt(1);
  return second !== '' && second === second.toLocaleLowerCase('vi')
    ? name.charAt(0).toLocaleLowerCase('vi') + name.slice(1)
    : name;
}

/**
 * "Danh sách đơn vị": which roster the checks use (the built-in sample, the appraisers' file, or the
 * one stored with the workbook's consolidation, with counts per group), a button to choose a
 * CSV/.xlsx file, the problems of a refused file, and ways back to the sample and the stored roster.
 */
export function RosterField({
  choice,
  counts,
  disabled,
  consolidationExists,
  storedRoster,
}: {
  choice: RosterChoice;
  counts: RosterGroupCount[];
  disabled: boolean;
  /** The workbook already holds tables. */
  consolidationExists: boolean;
  /** The roster stored with those tables; null when they were written before rosters were stored. */
  storedRoster: StoredRoster | null;
}): JSX.Element {
  const styles = useStyles();
  const { current, reading, rejected } = choice;
  // Another roster than the stored one: the next merge or re-sort stores it and logs the change.
  const replacesStored =
    storedRoster !== null &&
    current.source !== 'stored' &&
    rosterChange(storedRoster, { origin: { kind: 'builtin' }, agencies: current.roster }) !== null;
  const total = current.roster.length;
  const perGroup = counts.map((g) => `${g.count} ${inSentence(g.name)}`).join('; ');
  const shown = rejected?.problems.slice(0, SHOWN_PROBLEMS) ?? [];
  const more = (rejected?.problems.length ?? 0) - shown.length;

  return (
    <Field
      label="Danh sách đơn vị"
      hint="Tệp .csv hoặc .xlsx có các cột Mã, Tên, Nhóm (so/huyen) và Tên khác (không bắt buộc, cách nhau bởi dấu ;). Phiếu của đơn vị ngoài danh sách bị từ chối."
    >
      <div className={styles.body}>
        <Text size={200} data-testid="roster-in-effect" data-source={current.source}>
          {current.source === 'builtin' ? (
            'Danh sách mẫu có sẵn: '
          ) : current.source === 'file' ? (
            <>
              Tệp <span className={styles.fileName}>{current.fileName}</span>:{' '}
            </>
          ) : current.origin.kind === 'file' ? (
            <>
              Danh sách đã dùng cho bảng tổng hợp này: tệp{' '}
              <span className={styles.fileName}>{current.origin.fileName}</span>,{' '}
            </>
          ) : (
            `Danh sách đã dùng cho bảng tổng hợp này: ${describeRosterOrigin(current.origin)}, `
          )}
          {total} cơ quan, đơn vị{perGroup ? ` (${perGroup})` : ''}.
        </Text>
        <div className={styles.row}>
          <FileChooserButton
            size="small"
            disabled={disabled}
            label="Chọn tệp danh sách…"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            testId="roster-file"
            onFiles={([file]) => file && choice.loadFile(file)}
          />
          {current.source !== 'builtin' && (
            <Button size="small" appearance="subtle" disabled={disabled} onClick={choice.chooseBuiltIn}>
              Dùng danh sách mẫu
            </Button>
          )}
          {replacesStored && (
            <Button
              size="small"
              appearance="subtle"
              disabled={disabled}
              onClick={() => choice.chooseStored(storedRoster)}
            >
              Dùng danh sách đã lưu
            </Button>
          )}
          {reading !== null && <Spinner size="tiny" label={`Đang đọc ${reading}…`} />}
        </div>
        {rejected && (
          <MessageBar intent="error" layout="multiline" data-testid="roster-problems">
            <MessageBarBody>
              <MessageBarTitle>
                Không dùng được tệp “{rejected.fileName}” ({rejected.problems.length} lỗi)
              </MessageBarTitle>
              Vẫn dùng danh sách đang có. Hãy sửa tệp rồi chọn lại.
              <ul className={styles.problems}>
                {shown.map((p, i) => (
                  <li key={i} data-testid="roster-problem">
                    {problemInFile(p, rejected.fileName)}
                  </li>
                ))}
                {more > 0 && <li>… và {more} lỗi khác.</li>}
              </ul>
            </MessageBarBody>
          </MessageBar>
        )}
        {replacesStored && (
          <Text size={200} data-testid="roster-replaces-stored">
            Danh sách này khác danh sách đã dùng cho bảng tổng hợp trong sổ tính: lần tổng hợp hoặc cập nhật
            xếp hạng sau sẽ dùng và lưu danh sách này, và ghi thay đổi vào trang “Nhật ký”.
          </Text>
        )}
        {consolidationExists && storedRoster === null && current.source === 'builtin' && (
          <Text size={200} data-testid="roster-reload-hint">
            Nếu bảng tổng hợp trong sổ tính đã lập theo tệp danh sách riêng, hãy chọn lại đúng tệp đó trước
            khi tổng hợp thêm hoặc cập nhật xếp hạng: danh sách quyết định các đơn vị “Chưa nộp” ở trang “Sổ
            theo dõi”.
          </Text>
        )}
      </div>
    </Field>
  );
}
