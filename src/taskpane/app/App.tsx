import { useCallback, useEffect, useState } from 'react';
import { Spinner, Tab, TabList, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { SurveyInfo } from '../../office/survey-workbook';
import { MessageList } from '../messages/MessageList';
import { reportError } from '../messages/report-error';
import { loadServices } from '../services';
import { SurveySection } from '../survey/SurveySection';
import { LiveCheckSection } from '../check/LiveCheckSection';
import { ConsolidationSection } from '../consolidation/ConsolidationSection';
import { CriteriaSection } from '../criteria/CriteriaSection';
import type { ConsolidationSummary } from '../consolidation/merge-news';
import { CapabilityNotice } from './CapabilityNotice';
import { PaneContext, type PaneContextValue } from './pane-context';

const useStyles = makeStyles({
  pane: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    boxSizing: 'border-box',
    minWidth: 0,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  // Three tabs are wider than a task pane of the default width (about 350 px): wrap, never scroll sideways.
  tabs: { flexWrap: 'wrap' },
});

type TabId = 'survey' | 'check' | 'consolidation' | 'criteria';

/**
 * The whole pane: loads the adapter, looks for a survey or a consolidation already in the workbook,
 * then shows the sections. The consolidation tab stays mounted so its files survive a tab switch.
 */
export function App(): JSX.Element {
  const styles = useStyles();
  const [pane, setPane] = useState<PaneContextValue | null>(null);
  const [survey, setSurvey] = useState<SurveyInfo | null>(null);
  const [consolidation, setConsolidation] = useState<ConsolidationSummary | null>(null);
  const [tab, setTab] = useState<TabId>('survey');
  // Set when the survey tab's button brought the user here, so focus does not fall out of the pane.
  const [focusCheck, setFocusCheck] = useState(false);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const services = await loadServices();
      const capabilities = services.detectCapabilities();
      if (cancelled) return;
      setPane({ services, capabilities });
      // Without ExcelApi 1.4 the workbook cannot be read; the capability notice says so.
      if (!capabilities.canRead) return;
      // A consolidation workbook carries metadata too; look for it first so it is not taken for a form.
      const existing = await services.findConsolidation();
      if (cancelled) return;
      if (existing) {
        setConsolidation(existing);
        setTab('consolidation');
        return;
      }
      const found = await services.findSurvey();
      if (cancelled || !found) return;
      setSurvey(found);
      setTab('check');
    })().catch((e: unknown) => reportError('Không khởi động được ngăn tác vụ', e));
    return () => {
      cancelled = true;
    };
  }, []);

  /** After an insert or when the user keeps the existing survey: check that one. */
  const showSurvey = useCallback((info: SurveyInfo) => {
    setSurvey(info);
    setTab('check');
    setFocusCheck(true);
  }, []);

  return (
    <main className={styles.pane}>
      <Text as="h1" className={styles.title}>
        Xếp hạng ứng dụng CNTT
      </Text>
      <MessageList />
      {pane === null ? (
        <Spinner size="small" label="Đang tải…" />
      ) : (
        <PaneContext.Provider value={pane}>
          <CapabilityNotice capabilities={pane.capabilities} />
          <TabList
            className={styles.tabs}
            selectedValue={tab}
            onTabSelect={(_, data) => {
              setTab(data.value as TabId);
              setFocusCheck(false);
            }}
            size="small"
          >
            <Tab value="survey">Phiếu khảo sát</Tab>
            <Tab value="check">Kiểm tra trực tiếp</Tab>
            <Tab value="consolidation">Tổng hợp</Tab>
            <Tab value="criteria">Bộ tiêu chí</Tab>
          </TabList>
          {tab === 'survey' && <SurveySection current={survey} onSurveyReady={showSurvey} />}
          {tab === 'check' && <LiveCheckSection survey={survey} focusHeading={focusCheck} />}
          <div hidden={tab !== 'consolidation'}>
            <ConsolidationSection found={consolidation} survey={survey} />
          </div>
          {tab === 'criteria' && <CriteriaSection onSurveyMade={setSurvey} />}
        </PaneContext.Provider>
      )}
    </main>
  );
}
