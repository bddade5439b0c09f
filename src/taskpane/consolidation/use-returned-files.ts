import { useCallback, useEffect, useRef, useState } from 'react';
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
export function useReturnedFiles(services: Pick<Services, 'checkReturnedFiles'>, ctx: CheckContext | null): ReturnedFiles {
  const [files, setFiles] = useState<File[]>([]);
  const [submissions, setSubmissions] = useState<Submission[]>([]);
  const [progress, setProgress] = useState<CheckProgress | null>(null);
  const merged = useRef(false);
  // Checks kept per file for the current context; replaced when the context changes.
  const cache = useRef<{ ctx: CheckContext | null; checked: Map<File, Submission> }>({
    ctx: null,
    checked: new Map(),
  });

  useEffect(() => {
    if (!ctx || files.length === 0) {
      setSubmissions([]);
      setProgress(null);
      return;
    }
    if (cache.current.ctx !== ctx) cache.current = { ctx, checked: new Map() };
    const checked = cache.current.checked;
    const todo = files.filter((f) => !checked.has(f));
    const show = (): void => setSubmissions(files.flatMap((f) => checked.get(f) ?? []));
    show();
    if (todo.length === 0) {
      setProgress(null);
      return;
    }
    let cancelled = false;
    const before = files.length - todo.length;
    services
      .checkReturnedFiles(todo, ctx, {
        cancelled: () => cancelled,
        onProgress: (p) => {
          if (!cancelled) setProgress({ done: before + p.done, total: files.length, current: p.current });
        },
      })
      .then((results) => {
        results.forEach((s, i) => {
          const f = todo[i];
          if (f) checked.set(f, s);
        });
        if (cancelled) return;
        show();
        setProgress(null);
      })
      .catch((e: unknown) => {
        if (!cancelled) setProgress(null);
        reportError('Không kiểm tra được các tệp phiếu', e);
      });
    return () => {
      cancelled = true;
    };
  }, [services, ctx, files]);

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
