import { useCallback, useRef, useState } from 'react';
import type { ConsolidationRun } from '../../core/consolidation/consolidate';
import type { RosterOrigin } from '../../core/consolidation/roster-origin';
import type { Submission } from '../../core/consolidation/submission';
import type { Regime } from '../../core/regime/types';
import type { Agency } from '../../core/roster/types';
import type { SurveyTemplate } from '../../core/template/types';
import type { Outcome } from '../messages/ActionOutcome';
import { describeError } from '../messages/describe-error';
import type { Services } from '../services';
import { mergeNews, type ConsolidationSummary } from './merge-news';

export type RunKind = 'merge' | 'resort';

export interface LastRun {
  kind: RunKind;
  run: ConsolidationRun;
}

export interface MergeInput {
  template: SurveyTemplate;
  regime: Regime;
  roster: readonly Agency[];
  /** Where the roster came from; stored with it in the workbook. */
  rosterOrigin: RosterOrigin;
}

export interface MergeFlow {
  /** The consolidation the open workbook holds (found when the pane opened, or written since). */
  existing: ConsolidationSummary | null;
  busy: RunKind | null;
  last: LastRun | null;
  /** What the last merge or re-sort did, or why it could not: shown under the buttons. */
  outcome: Outcome | null;
  /** Merges the submissions into the workbook; the run written, or null when nothing was (or another run is writing). */
  merge: (submissions: readonly Submission[], input: MergeInput) => Promise<ConsolidationRun | null>;
  /** Re-sorts the tables after appraisers' edits (a merge of no files) and audits the edits. */
  resort: (input: MergeInput) => Promise<ConsolidationRun | null>;
}

/** “Tổng hợp vào bảng tính” and “Cập nhật xếp hạng”; every outcome, failures included, reaches the user. */
export function useMergeFlow(
  services: Pick<Services, 'mergeIntoWorkbook'>,
  found: ConsolidationSummary | null,
): MergeFlow {
  const [existing, setExisting] = useState<ConsolidationSummary | null>(found);
  const [busy, setBusy] = useState<RunKind | null>(null);
  const [last, setLast] = useState<LastRun | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // Two writes to the same sheets must not interleave: a run asked for while one writes is refused.
  const running = useRef(false);

  // A consolidation found later (the pane's first read) becomes the one shown; adjusted during render.
  const [seen, setSeen] = useState(found);
  if (seen !== found) {
    setSeen(found);
    if (found) setExisting(found);
  }

  const run = useCallback(
    async (
      kind: RunKind,
      submissions: readonly Submission[],
      input: MergeInput,
    ): Promise<ConsolidationRun | null> => {
      if (running.current) return null;
      running.current = true;
      const failure = kind === 'merge' ? 'Không tổng hợp được vào bảng tính' : 'Không cập nhật được xếp hạng';
      setBusy(kind);
      setOutcome(null);
      try {
        const result = await services.mergeIntoWorkbook({
          submissions,
          template: input.template,
          regime: input.regime,
          roster: input.roster,
          rosterOrigin: input.rosterOrigin,
          now: new Date().toISOString(),
        });
        if (!result.ok) {
          setOutcome({ intent: 'error', title: failure, text: result.message });
          return null;
        }
        const news = mergeNews(kind, result.run);
        setLast({ kind, run: result.run });
        setExisting(news.summary);
        setOutcome({ intent: 'success', title: news.title, text: news.text });
        return result.run;
      } catch (e) {
        console.error(failure, e);
        setOutcome({ intent: 'error', title: failure, text: describeError(e) });
        return null;
      } finally {
        running.current = false;
        setBusy(null);
      }
    },
    [services],
  );

  const merge = useCallback(
    (submissions: readonly Submission[], input: MergeInput) => run('merge', submissions, input),
    [run],
  );
  const resort = useCallback((input: MergeInput) => run('resort', [], input), [run]);
  return { existing, busy, last, outcome, merge, resort };
}
