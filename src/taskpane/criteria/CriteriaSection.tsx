import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CHECKS_SHEET, FIGURES_SHEET, INFO_SHEET, SUBS_SHEET } from '../../core/criteria/layout';
import type { CriteriaReading } from '../../core/criteria/parse';
import { cellAddress } from '../../core/sheet/a1';
import { FileChooserButton } from '../app/FileChooserButton';
import { usePane } from '../app/pane-context';
import { TemplateProblems } from '../survey/TemplateProblems';
import { readTemplateFile } from '../survey/read-template-file';
import type { SurveyTemplate } from '../../core/template/types';
import { ProblemItem } from '../check/ProblemItem';
import { reportError } from '../messages/report-error';
import type { SurveyInfo } from '../../office/survey-workbook';
import { SurveyReplaceDialog } from '../survey/SurveyReplaceDialog';
import { SurveyDownload } from '../survey/SurveyDownload';
import { useInsertFlow } from '../survey/use-insert-flow';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center' },
  list: { margin: 0, padding: 0 },
});

type Checked = { kind: 'none' } | { kind: 'read'; reading: CriteriaReading };

/**
 * For the Sở: the year's criteria written in this workbook (“Bộ tiêu chí”): insert a blank or the built-in
 * one, check it (every problem named by sheet, row and column, a click selects the cell), then make the
 * survey of a group from it into new sheets or download it as a standalone .xlsx.
 */
export function CriteriaSection({
  onSurveyMade,
}: {
  /** The survey now in the workbook (made, or the existing one kept), so the other tabs check that one. */
  onSurveyMade?: (info: SurveyInfo) => void;
} = {}): JSX.Element {
  const styles = useStyles();
  const { services, capabilities } = usePane();
  const regime = services.builtInRegime;
  const year = new Date().getFullYear();
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Checked | null>(null);
  const [groupId, setGroupId] = useState(regime.groups[0]?.id ?? '');
  const [notice, setNotice] = useState<string | null>(null);

  const run = (what: string, task: () => Promise<void>): void => {
    setBusy(true);
    setNotice(null);
    task()
      .catch((e: unknown) => reportError(what, e))
      .finally(() => setBusy(false));
  };

  const check = async (): Promise<void> => {
    const grid = await services.readCriteriaGrid();
    setChecked(
      grid === null
        ? { kind: 'none' }
        : { kind: 'read', reading: services.parseCriteriaWorkbook(grid, regime) },
    );
  };

  const [fileProblems, setFileProblems] = useState<readonly { message: string }[]>([]);

  const insertTemplate = async (template: SurveyTemplate | undefined): Promise<void> => {
    await services.insertCriteriaWorkbook(
      services.buildCriteriaWorkbook({ regime, ...(template ? { template } : {}) }),
    );
    await check();
  };

  const insert = (withTemplate: boolean): void =>
    run('Không chèn được bộ tiêu chí', () =>
      insertTemplate(withTemplate ? services.defaultTemplate(year, regime) : undefined),
    );

  /** An existing criteria workbook (.xlsx) or template file (.json): inserted when valid, else its problems listed. */
  const insertFile = (file: File): void =>
    run(`Không chèn được bộ tiêu chí từ tệp “${file.name}”`, async () => {
      setFileProblems([]);
      const read = /\.xlsx$/i.test(file.name)
        ? services.readCriteriaFile(new Uint8Array(await file.arrayBuffer()), file.name, regime)
        : await readTemplateFile(file, (json) => services.parseTemplate(json, regime));
      if (read.ok) await insertTemplate(read.template);
      else if ('fileProblem' in read) setFileProblems([{ message: read.fileProblem }]);
      else setFileProblems(read.problems);
    });

  const reading = checked?.kind === 'read' ? checked.reading : null;
  const watching = checked?.kind === 'read' && capabilities.canWatch;

  // Live check: once a criteria workbook is found, every batch of edits on its sheets re-checks it (1 sync).
  useEffect(() => {
    if (!watching) return undefined;
    let dispose: (() => Promise<void>) | null = null;
    let cancelled = false;
    services
      .watchCriteria([INFO_SHEET, SUBS_SHEET, FIGURES_SHEET, CHECKS_SHEET], () => {
        check().catch((e: unknown) => reportError('Không đọc được bộ tiêu chí', e));
      })
      .then((d) => {
        if (cancelled) void d();
        else dispose = d;
      })
      .catch((e: unknown) => reportError('Không theo dõi được bộ tiêu chí', e));
    return () => {
      cancelled = true;
      if (dispose) void dispose();
    };
    // check reads the latest workbook; re-registering on every render is not wanted.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [watching, services]);
  // The survey tab's flow: a survey already in the workbook is kept or replaced (renamed, never lost) by choice.
  const made = useRef<{ year: number; group: string; keeping: boolean } | null>(null);
  const flow = useInsertFlow(services, (info) => {
    const m = made.current;
    if (m)
      setNotice(
        m.keeping
          ? 'Đã giữ phiếu khảo sát đang có trong sổ tính; chưa tạo phiếu mới.'
          : `Đã tạo phiếu khảo sát năm ${m.year} cho nhóm “${m.group}” từ bộ tiêu chí.`,
      );
    onSurveyMade?.(info);
  });
  const makeSurvey = (): void => {
    if (!reading?.ok) return;
    const template = reading.template;
    setNotice(null);
    const group = regime.groups.find((g) => g.id === groupId)?.name ?? groupId;
    made.current = { year: template.year, group, keeping: false };
    void flow.insert(() => ({
      ...services.buildSurveyWorkbook({ regime, template, groupId }),
      template,
      groupId,
    }));
  };
  const keepExisting = (): void => {
    if (made.current) made.current.keeping = true;
    flow.keepExisting();
  };

  return (
    <section className={styles.section} aria-labelledby="criteria-heading">
      <Text as="h2" weight="semibold" id="criteria-heading">
        Bộ tiêu chí (dành cho Sở)
      </Text>
      <Text size={200}>
        Soạn các tiêu chí thành phần, số liệu và phép kiểm tra của năm ngay trong Excel, kiểm tra rồi tạo
        phiếu cho từng nhóm.
      </Text>
      <div className={styles.row}>
        <Button
          disabled={busy || !capabilities.canInsert}
          onClick={() => insert(false)}
          data-testid="criteria-blank"
        >
          Chèn bộ tiêu chí trống
        </Button>
        <Button
          disabled={busy || !capabilities.canInsert}
          onClick={() => insert(true)}
          data-testid="criteria-builtin"
        >
          Chèn bộ tiêu chí có sẵn năm {year}
        </Button>
        <FileChooserButton
          label="Chèn từ tệp (.xlsx, .json)…"
          accept=".xlsx,.json,application/json"
          testId="criteria-file"
          disabled={busy || !capabilities.canInsert}
          onFiles={([file]) => file && insertFile(file)}
        />
        <Button
          disabled={busy}
          onClick={() => run('Không đọc được bộ tiêu chí', check)}
          data-testid="criteria-check"
        >
          Kiểm tra bộ tiêu chí
        </Button>
      </div>
      <TemplateProblems problems={fileProblems} />
      {checked?.kind === 'none' && (
        <Text data-testid="criteria-none">
          Sổ tính này chưa có bộ tiêu chí; hãy chèn một bộ trống hoặc bộ có sẵn.
        </Text>
      )}
      {reading && !reading.ok && (
        <div>
          <Text weight="semibold" data-testid="criteria-problem-count">
            Bộ tiêu chí có {reading.problems.length} lỗi (bấm vào một lỗi để chọn ô):
          </Text>
          <ul className={styles.list}>
            {reading.problems.map((p, i) => {
              const address =
                p.at.row !== undefined && p.at.col !== undefined ? cellAddress(p.at.row, p.at.col) : null;
              return (
                <ProblemItem
                  key={`${p.code}-${p.path}-${i}`}
                  problem={{ code: p.code, message: p.message, severity: p.severity }}
                  address={address}
                  onSelect={() => {
                    if (address)
                      services
                        .selectCell(p.at.sheet, address)
                        .catch((e: unknown) => reportError('Không chọn được ô', e));
                  }}
                />
              );
            })}
          </ul>
        </div>
      )}
      {reading?.ok && (
        <div className={styles.section}>
          <Text data-testid="criteria-valid">
            Bộ tiêu chí hợp lệ: năm {reading.template.year}, phiên bản {reading.template.version}.
          </Text>
          <Field label="Nhóm đơn vị">
            <Dropdown
              value={regime.groups.find((g) => g.id === groupId)?.name ?? ''}
              selectedOptions={[groupId]}
              onOptionSelect={(_, data) => setGroupId(data.optionValue ?? groupId)}
            >
              {regime.groups.map((g) => (
                <Option key={g.id} value={g.id}>
                  {g.name}
                </Option>
              ))}
            </Dropdown>
          </Field>
          <Button
            appearance="primary"
            disabled={busy || flow.busy || !capabilities.canInsert}
            onClick={makeSurvey}
            data-testid="criteria-make-survey"
          >
            Tạo phiếu từ bộ tiêu chí
          </Button>
          <SurveyDownload
            testId="criteria-download-survey"
            disabled={busy}
            options={() => (reading.ok ? { regime, template: reading.template, groupId } : null)}
          />
        </div>
      )}
      {notice && (
        <MessageBar intent="info" data-testid="criteria-notice">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      <SurveyReplaceDialog flow={flow} onKeep={keepExisting} />
    </section>
  );
}
