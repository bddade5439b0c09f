import { usePane } from '../app/pane-context';
import { describeSurvey } from './describe-survey';
import { ReplaceDialog } from './ReplaceDialog';
import type { InsertFlow } from './use-insert-flow';

/**
 * The question asked when a survey is already in the workbook, wired to an insert flow: the survey tab's
 * “Chèn phiếu” and the criteria tab's “Tạo phiếu từ bộ tiêu chí” ask it alike.
 */
export function SurveyReplaceDialog({
  flow,
  onKeep = flow.keepExisting,
}: {
  flow: InsertFlow;
  /** Keeping the survey there; the flow's own by default (a caller may note it first). */
  onKeep?: () => void;
}): JSX.Element {
  const { services } = usePane();
  const regime = services.builtInRegime;
  return (
    <ReplaceDialog
      open={flow.existing !== null}
      busy={flow.busy}
      description={flow.existing ? describeSurvey(flow.existing, regime, services.sampleRoster) : ''}
      migration={flow.migration}
      onKeep={onKeep}
      onReplace={() => void flow.replaceExisting()}
      onMigrate={() => void flow.migrateExisting()}
    />
  );
}
