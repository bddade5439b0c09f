import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckContext } from '../../core/consolidation/check-context';
import type { Submission } from '../../core/consolidation/submission';
import { reportError } from '../messages/report-error';
import type { Services } from '../services';
import type { CheckProgress } from './check-returned-files';
import { addToBatch } from './file-batch';

export interface ReturnedFiles {
  files: File[];
  /** Checked files, in the batch's order; files still being read are not in it yet. */
  submissions: Submission[];
  progress: CheckProgress | null;
  checking: boolean;
  add: (files: Iterable<File>) => void;
  clear: () => void;
  /** After a merge: the next files chosen start a new batch (the last one stays shown until then). */
  markMerged: () => void;
}

/**
 * The batch of returned files and their checks. Each file is read once per check context (year,
 * template, roster); changing the context checks the whole batch again.
 */
export function useReturnedFiles(
  services: Pick<Services, 'checkReturnedFiles'>,
  ctx: CheckContext | null,
): ReturnedFiles {
  const [files, setFiles] = useState<File[]>([]);
  // What renders is derived from these during render (not reset by the effect): each is shown only
  // while it belongs to the current context and batch.
  const [shown, setShown] = useState<{ ctx: CheckContext | null; checked: Map<File, Submission> }>({
    ctx: null,
    checked: new Map(),
  });
  const [running, setRunning] = useState<{
    ctx: CheckContext;
    files: File[];
    progress: CheckProgress;
  } | null>(null);
  const merged = useRef(false);
  // Checks kept per file for the current context; replaced when the context changes.
  const cache = useRef<{ ctx: CheckContext | null; checked: Map<File, Submission> }>({
    ctx: null,
    checked: new Map(),
  });

  useEffect(() => {
    if (!ctx || files.length === 0) return;
    if (cache.current.ctx !== ctx) cache.current = { ctx, checked: new Map() };
    const checked = cache.current.checked;
    const todo = files.filter((f) => !checked.has(f));
    if (todo.length === 0) return;
    let cancelled = false;
    const before = files.length - todo.length;
    services
      .checkReturnedFiles(todo, ctx, {
        cancelled: () => cancelled,
        onProgress: (p) => {
          if (!cancelled)
            setRunning({
              ctx,
              files,
              progress: { done: before + p.done, total: files.length, current: p.current },
            });
        },
      })
      .then((results) => {
        results.forEach((s, i) => {
          const f = todo[i];
          if (f) checked.set(f, s);
        });
        // A run cancelled by a newer batch of the same context still adds its checks.
        if (cache.current.checked === checked) setShown({ ctx, checked: new Map(checked) });
        if (!cancelled) setRunning(null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setRunning(null);
        reportError('Không kiểm tra được các tệp phiếu', e);
      });
    return () => {
      cancelled = true;
    };
  }, [services, ctx, files]);

  const submissions = useMemo(
    () => (ctx && shown.ctx === ctx ? files.flatMap((f) => shown.checked.get(f) ?? []) : []),
    [ctx, shown, files],
  );
  const progress = running && running.ctx === ctx && running.files === files ? running.progress : null;

  const add = useCallback((added: Iterable<File>) => {
    const list = [...added];
    if (list.length === 0) return;
    const fresh = merged.current;
    merged.current = false;
    setFiles((batch) => addToBatch(fresh ? [] : batch, list));
  }, []);

  const clear = useCallback(() => {
    merged.current = false;
    setFiles([]);
  }, []);

  const markMerged = useCallback(() => {
    merged.current = true;
  }, []);

  const checking = progress !== null || (ctx !== null && submissions.length < files.length);
  return { files, submissions, progress, checking, add, clear, markMerged };
}
