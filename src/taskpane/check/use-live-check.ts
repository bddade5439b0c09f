import { useCallback, useEffect, useState } from 'react';
import type { FormScore } from '../../core/scoring/score';
import type { SurveyReading } from '../../office/survey-workbook';
import type { GroupTemplate } from '../../core/template/types';
import type { SurveyLayout } from './survey-layout';
import type { Services } from '../services';
import { reportError } from '../messages/report-error';

export interface LiveCheck {
  score: FormScore | null;
  /** True once the worksheet change handler is registered. */
  watching: boolean;
  /** True while the last read of the form failed and no score came after it: the pane offers to read again. */
  readFailed: boolean;
  refresh: () => void;
}

/**
 * Scores the form now and after every change batch the adapter reports. The handler is
 * removed when the survey changes or the section closes, so no stale handler keeps syncing.
 */
export function useLiveCheck(
  services: Pick<Services, 'scoreForm' | 'builtInRegime' | 'readInputs' | 'watchInputs'>,
  layout: SurveyLayout | null,
  group: GroupTemplate | null,
  canWatch: boolean,
): LiveCheck {
  const [score, setScore] = useState<FormScore | null>(null);
  const [watching, setWatching] = useState(false);
  const [readFailed, setReadFailed] = useState(false);

  const apply = useCallback(
    (reading: SurveyReading) => {
      if (!group) return;
      setReadFailed(false);
      try {
        setScore(services.scoreForm(services.builtInRegime, group, reading.inputs, reading.figures));
      } catch (e) {
        reportError('Không tính được điểm', e);
      }
    },
    [services, group],
  );

  useEffect(() => {
    if (!layout || !group) return;
    let closed = false;
    let dispose: (() => Promise<void>) | null = null;
    (async () => {
      try {
        const inputs = await services.readInputs(layout);
        if (closed) return;
        apply(inputs);
      } catch (e) {
        // Still watch: the next edit reads the form again (else the tab waits until it is reopened).
        reportError('Không đọc được số liệu trong phiếu', e);
        if (closed) return;
        setReadFailed(true);
      }
      if (!canWatch) return;
      const remove = await services.watchInputs(
        layout,
        (next) => {
          if (!closed) apply(next);
        },
        (e) => reportError('Không cập nhật được kết quả kiểm tra', e),
      );
      if (closed) await remove();
      else {
        dispose = remove;
        setWatching(true);
      }
    })().catch((e: unknown) => reportError('Không đọc được số liệu trong phiếu', e));
    return () => {
      closed = true;
      setWatching(false);
      dispose?.().catch((e: unknown) => reportError('Không gỡ được bộ theo dõi thay đổi', e));
    };
  }, [services, layout, group, canWatch, apply]);

  const refresh = useCallback(() => {
    if (!layout) return;
    services
      .readInputs(layout)
      .then(apply)
      .catch((e: unknown) => {
        reportError('Không đọc được số liệu trong phiếu', e);
        setReadFailed(true);
      });
  }, [services, layout, apply]);

  return { score, watching, readFailed, refresh };
}
