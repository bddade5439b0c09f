import { useState } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SurveyWorkbookOptions } from '../../core/sheet/survey/build';
import { usePane } from '../app/pane-context';
import { ActionOutcome, type Outcome } from '../messages/ActionOutcome';
import { describeError } from '../messages/describe-error';
import { downloadSurveyFile } from './survey-download';

const FAILED = 'Không tạo được tệp phiếu';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/** Other ways to the same file, for a host that saves nothing: inserting it into a new workbook, the CLI. */
function otherWays(opts: SurveyWorkbookOptions, fileName: string, canInsert: boolean): string {
  const cli =
    `lệnh “xep-hang-cntt template --year ${opts.template.year} --group ${opts.groupId}` +
    `${opts.agency ? ` --agency ${opts.agency.code}` : ''} --out ${fileName}” ` +
    '(thêm --template với tệp mẫu phiếu hoặc bộ tiêu chí của Sở)';
  return canInsert ? `hãy chèn phiếu vào một sổ tính mới rồi lưu lại, hoặc dùng ${cli}` : `hãy dùng ${cli}`;
}

/**
 * “Tải tệp phiếu (.xlsx)”: the survey of the chosen group as a standalone workbook, the same file
 * `xep-hang-cntt template --out` writes (same fingerprint), for agencies that fill it without the add-in.
 */
export function SurveyDownload({
  options,
  disabled,
  testId,
  insertAlternative = false,
}: {
  /** What to write, read when the button is pressed; null when nothing is chosen yet. */
  options: () => SurveyWorkbookOptions | null;
  disabled: boolean;
  testId: string;
  /** Inserting the survey into a new workbook and saving it is another way to the file (the survey tab). */
  insertAlternative?: boolean;
}): JSX.Element {
  const styles = useStyles();
  const { capabilities } = usePane();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const download = async (): Promise<void> => {
    const opts = options();
    if (!opts) return;
    setBusy(true);
    setOutcome(null);
    const group = opts.regime.groups.find((g) => g.id === opts.groupId)?.name ?? opts.groupId;
    try {
      const fileName = await downloadSurveyFile(opts);
      setOutcome({
        intent: 'success',
        title: 'Đã tạo tệp phiếu',
        text:
          `Tệp “${fileName}” (năm ${opts.template.year}, phiên bản ${opts.template.version}, nhóm “${group}”) ` +
          'đã được chuyển cho trình duyệt để tải về. Nếu không thấy tệp (một số phiên bản Excel chặn việc tải ' +
          `tệp từ phần bổ trợ), ${otherWays(opts, fileName, insertAlternative && capabilities.canInsert)}.`,
      });
    } catch (e) {
      console.error(FAILED, e);
      setOutcome({ intent: 'error', title: FAILED, text: describeError(e) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Button
          disabled={disabled || busy || !capabilities.canDownload}
          onClick={() => void download()}
          data-testid={testId}
        >
          Tải tệp phiếu (.xlsx)
        </Button>
        {busy && <Spinner size="tiny" label="Đang tạo tệp phiếu…" />}
      </div>
      {!capabilities.canDownload && (
        <Text size={200} data-testid={`${testId}-unavailable`}>
          Excel trên máy Mac và iPad không cho phần bổ trợ tải tệp về. Để có tệp phiếu riêng, hãy mở phần bổ
          trợ trong Excel trên web
          {insertAlternative && capabilities.canInsert
            ? ', chèn phiếu vào một sổ tính mới rồi lưu lại'
            : ''}{' '}
          hoặc dùng lệnh “xep-hang-cntt template … --out tệp.xlsx”.
        </Text>
      )}
      <ActionOutcome outcome={outcome} testId={`${testId}-outcome`} />
    </div>
  );
}
