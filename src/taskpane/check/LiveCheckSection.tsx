import { useEffect, useMemo, useRef } from 'react';
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { REQUIREMENTS } from '../../office/capabilities';
import type { SurveyInfo } from '../../office/survey-workbook';
import { usePane } from '../app/pane-context';
import { reportError } from '../messages/report-error';
import { describeSurvey } from '../survey/describe-survey';
import { CriterionProgress } from './CriterionProgress';
import { FigureSummary } from './FigureSummary';
import { ProblemList } from './ProblemList';
import { TotalSummary } from './TotalSummary';
import { useLiveCheck } from './use-live-check';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  noWrap: { flexShrink: 0, whiteSpace: 'nowrap' },
});

/** "Kiểm tra trực tiếp": criterion bars, total and rating, and the clickable problem list, updated live. */
export function LiveCheckSection({
  survey,
  focusHeading = false,
}: {
  survey: SurveyInfo | null;
  /** Move keyboard focus to the survey's heading: the control that opened this tab is gone. */
  focusHeading?: boolean;
}): JSX.Element {
  const styles = useStyles();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [focusHeading, survey]);
  const { services, capabilities } = usePane();
  const regime = services.builtInRegime;
  const group = useMemo(
    () => (survey?.template ? (services.groupTemplate(survey.template, survey.groupId) ?? null) : null),
    [services, survey],
  );
  const layout = survey?.layout ?? null;
  const check = useLiveCheck(services, layout, group, capabilities.canWatch);

  if (!capabilities.canRead) {
    return (
      <Text data-testid="live-check-unavailable">
        Phiên bản Excel này không đọc được phiếu trong sổ tính (cần ExcelApi {REQUIREMENTS.read}) nên không
        kiểm tra trực tiếp được. Hãy điền tệp phiếu độc lập (.xlsx) do Sở gửi: tổng điểm và xếp loại được tính
        ngay trong trang tính; lưu lại rồi gửi tệp đó cho Sở.
      </Text>
    );
  }
  if (!survey) {
    return (
      <Text>
        Sổ làm việc này chưa có phiếu khảo sát. Hãy chèn phiếu ở thẻ “Phiếu khảo sát”, hoặc mở tệp phiếu đã
        điền.
      </Text>
    );
  }
  const select = (address: string): void => {
    if (!layout) return;
    services
      .selectCell(layout.formSheet, address)
      .catch((e: unknown) => reportError(`Không chọn được ô ${address}`, e));
  };

  return (
    <section className={styles.section} aria-label="Kiểm tra trực tiếp">
      <Text as="h2" ref={heading} tabIndex={-1} className={styles.heading} data-testid="survey-heading">
        Phiếu {describeSurvey(survey, regime, services.sampleRoster)}
      </Text>
      {survey.problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Phiếu trong sổ làm việc có điểm bất thường</MessageBarTitle>
            <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
              {survey.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!layout || !group ? (
        <Text>
          Không nhận ra cấu trúc của phiếu này nên không kiểm tra trực tiếp được. Hãy chèn lại phiếu ở thẻ
          “Phiếu khảo sát” (phiếu cũ được giữ lại).
        </Text>
      ) : check.score === null && check.readFailed ? (
        <div className={styles.row}>
          <Text size={200}>Chưa đọc được số liệu trong phiếu (Excel có thể đang bận).</Text>
          <Button size="small" className={styles.noWrap} onClick={check.refresh}>
            Kiểm tra lại
          </Button>
        </div>
      ) : check.score === null ? (
        <Spinner size="small" label="Đang đọc số liệu…" />
      ) : (
        <>
          <TotalSummary score={check.score} maxHundredths={regime.totalHundredths} />
          <div className={styles.row}>
            <Text size={200}>
              {check.watching
                ? 'Tự cập nhật khi anh/chị nhập hoặc dán số liệu.'
                : 'Excel này không báo thay đổi tự động; bấm “Kiểm tra lại” sau khi nhập.'}
            </Text>
            <Button size="small" className={styles.noWrap} onClick={check.refresh}>
              Kiểm tra lại
            </Button>
          </div>
          <FigureSummary score={check.score} layout={layout} onSelect={select} />
          <ProblemList problems={check.score.problems} layout={layout} onSelect={select} />
          {check.score.criteria.map((c) => (
            <CriterionProgress key={c.number} criterion={c} />
          ))}
        </>
      )}
    </section>
  );
}
