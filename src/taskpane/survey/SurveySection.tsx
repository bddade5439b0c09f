import { useMemo, useState } from 'react';
import { Button, Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Agency } from '../../core/roster/types';
import type { SurveyInfo } from '../../office/survey-workbook';
import { usePane } from '../app/pane-context';
import { AgencyField } from './AgencyField';
import { GroupField } from './GroupField';
import { SurveyReplaceDialog } from './SurveyReplaceDialog';
import { SurveyDownload } from './SurveyDownload';
import { TemplateField } from './TemplateField';
import { useInsertFlow } from './use-insert-flow';
import { PAGE_PUBLISHED_SOURCE } from './published-source';
import { useTemplateChoice } from './use-template-choice';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalM },
});

/**
 * "Phiếu khảo sát": pick template, group and agency, then write the survey sheets into the workbook or download
 * them as a standalone .xlsx.
 */
export function SurveySection({
  current,
  onSurveyReady,
}: {
  /** The survey already in the workbook, if any. */
  current?: SurveyInfo | null;
  onSurveyReady: (info: SurveyInfo) => void;
}): JSX.Element {
  const styles = useStyles();
  const { services, capabilities } = usePane();
  const regime = services.builtInRegime;
  const choice = useTemplateChoice(services, PAGE_PUBLISHED_SOURCE);
  const flow = useInsertFlow(services, onSurveyReady);

  const groups = useMemo(
    () =>
      regime.groups.filter(
        (g) => !choice.effective || choice.effective.groups.some((t) => t.groupId === g.id),
      ),
    [regime, choice.effective],
  );
  const [groupId, setGroupId] = useState(regime.groups[0]?.id ?? '');
  const [agency, setAgency] = useState<Agency | null>(null);
  const agencies = useMemo(
    () => services.sampleRoster.filter((a) => a.group === groupId),
    [services, groupId],
  );

  const template = choice.effective;
  const groupOk = groups.some((g) => g.id === groupId);
  // A filled form of an older version of the chosen template: said before “Chèn phiếu” offers the move.
  const older =
    current?.template &&
    template &&
    current.template.id === template.id &&
    current.template.version < template.version
      ? current.template.version
      : null;
  const canInsert = capabilities.canInsert && template !== null && groupOk && !flow.busy;

  const insert = (): void => {
    if (!template) return;
    void flow.insert(() => ({
      ...services.buildSurveyWorkbook({ regime, template, groupId, ...(agency ? { agency } : {}) }),
      template,
      groupId,
    }));
  };

  return (
    <section className={styles.section} aria-label="Phiếu khảo sát">
      <Text size={200}>
        Chọn mẫu phiếu, nhóm và cơ quan rồi bấm “Chèn phiếu”: các trang tính của phiếu được thêm vào sổ làm
        việc đang mở, các trang tính sẵn có không bị đụng đến. “Tải tệp phiếu (.xlsx)” tạo cùng phiếu đó thành
        một tệp riêng, điền được cả khi không có phần bổ trợ.
      </Text>
      <TemplateField choice={choice} />
      {older !== null && template && (
        <Text size={200} data-testid="older-version-note">
          Sổ tính đang có phiếu theo mẫu phiên bản {older}; mẫu đang chọn là phiên bản {template.version} (ban
          hành lại). Bấm “Chèn phiếu” để chuyển số liệu đã nhập sang phiếu mới; phiếu cũ được giữ lại với tên
          khác.
        </Text>
      )}
      <GroupField
        groups={groups}
        value={groupId}
        onChange={(id) => {
          setGroupId(id);
          setAgency(null);
        }}
      />
      <AgencyField key={groupId} agencies={agencies} value={agency} onChange={setAgency} />
      <div className={styles.actions}>
        {/* While writing, the button stays focusable so keyboard focus does not drop to the page. */}
        <Button
          appearance="primary"
          disabled={!canInsert && !flow.busy}
          disabledFocusable={flow.busy}
          onClick={insert}
        >
          Chèn phiếu
        </Button>
        {flow.busy && <Spinner size="tiny" label="Đang ghi phiếu…" />}
      </div>
      <SurveyDownload
        testId="survey-download"
        disabled={template === null || !groupOk}
        insertAlternative
        options={() =>
          template && groupOk ? { regime, template, groupId, ...(agency ? { agency } : {}) } : null
        }
      />
      {!capabilities.canInsert && (
        <Text size={200}>
          Phiên bản Excel này không cho phần bổ trợ ghi phiếu. Hãy điền tệp phiếu khảo sát độc lập (.xlsx) do
          Sở gửi hoặc tải về bằng nút “Tải tệp phiếu (.xlsx)”, lưu lại rồi gửi tệp đó cho Sở.
        </Text>
      )}
      <SurveyReplaceDialog flow={flow} />
    </section>
  );
}
