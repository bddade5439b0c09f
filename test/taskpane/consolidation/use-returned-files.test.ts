/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import type { CheckContext } from '../../../src/core/consolidation/check-context';
import type { Submission } from '../../../src/core/consolidation/submission';
import type { CheckFilesOptions } from '../../../src/taskpane/consolidation/check-returned-files';
import { useReturnedFiles } from '../../../src/taskpane/consolidation/use-returned-files';
import { agencyOf, ctx } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';
import { deferred, settle, watchMessagesInEachTest, type Deferred } from '../../support/taskpane/hook-kit';

type FilesServices = Parameters<typeof useReturnedFiles>[0];
interface Run {
  files: File[];
  ctx: CheckContext;
  options: CheckFilesOptions;
  answer: Deferred<Submission[]>;
}

const agency = agencyOf('so');
const file = (name: string, lastModified = 1_700_000_000_000): File =>
  new File([`bytes of ${name}`], name, { lastModified });
/** The check of a file, as the intake would return it (named after the file, so the order shows). */
const checked = (f: File): Submission =>
  submission(agency, {}, f.name, new Date(f.lastModified).toISOString(), `sha-${f.name}`);
const names = (subs: readonly Submission[]): string[] => subs.map((s) => s.fileName);

/** The intake as the hook sees it: each run waits until the test answers it. */
function fakeIntake() {
  const runs: Run[] = [];
  const services: FilesServices = {
    checkReturnedFiles: (files, context, options = {}) => {
      const answer = deferred<Submission[]>();
      runs.push({ files: [...files] as File[], ctx: context, options, answer });
      return answer.promise;
    },
  };
  /** Answers run i with the checks of its first `done` files (all by default), as a cancelled run does. */
  const finish = async (i: number, done?: number): Promise<void> => {
    const run = runs[i]!;
    run.answer.resolve(run.files.slice(0, done ?? run.files.length).map(checked));
    await settle();
  };
  return { services, runs, finish };
}

const a = file('a.xlsx');
const b = file('b.xlsx');
const c = file('c.xlsx');

const messages = watchMessagesInEachTest();

function setup(context: CheckContext | null = ctx()) {
  const fake = fakeIntake();
  const hook = renderHook(({ context }) => useReturnedFiles(fake.services, context), {
    initialProps: { context },
  });
  const add = (...files: File[]): void => act(() => hook.result.current.add(files));
  return { fake, hook, result: hook.result, add };
}

describe('useReturnedFiles', () => {
  it('checks the files chosen, showing progress, then lists them in the order chosen', async () => {
    const { fake, result, add } = setup();
    add(a, b);
    expect(fake.runs.map((r) => r.files)).toEqual([[a, b]]);
    expect(result.current).toMatchObject({ files: [a, b], submissions: [], checking: true, progress: null });

    act(() => fake.runs[0]!.options.onProgress?.({ done: 1, total: 2, current: 'b.xlsx' }));
    expect(result.current.progress).toEqual({ done: 1, total: 2, current: 'b.xlsx' });

    await fake.finish(0);
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(result.current).toMatchObject({ checking: false, progress: null });
  });

  it('reads a file once: files added later are checked alone, the progress counting the whole batch', async () => {
    const { fake, result, add } = setup();
    add(a, b);
    await fake.finish(0);
    add(c, a);
    expect(result.current.files).toEqual([a, b, c]);
    expect(fake.runs[1]!.files).toEqual([c]);
    act(() => fake.runs[1]!.options.onProgress?.({ done: 0, total: 1, current: 'c.xlsx' }));
    expect(result.current.progress).toEqual({ done: 2, total: 3, current: 'c.xlsx' });
    // The two checked already stay listed while the third is read.
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(result.current.checking).toBe(true);

    await fake.finish(1);
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(result.current.checking).toBe(false);
  });

  it('files added during a check stop it; what it had checked is kept, its progress no longer shown', async () => {
    const { fake, result, add } = setup();
    add(a, b);
    const first = fake.runs[0]!;
    add(c);
    expect(first.options.cancelled?.()).toBe(true);
    expect(fake.runs[1]!.options.cancelled?.()).toBe(false);
    act(() => first.options.onProgress?.({ done: 1, total: 2, current: 'b.xlsx' }));
    expect(result.current.progress).toBeNull();

    // The stopped run ends after its first file.
    await fake.finish(0, 1);
    expect(names(result.current.submissions)).toEqual(['a.xlsx']);
    expect(result.current.checking).toBe(true);
    await fake.finish(1);
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx', 'c.xlsx']);
    expect(result.current.checking).toBe(false);
  });

  it('checks nothing without a context (no template yet), then everything once there is one', async () => {
    const { fake, hook, result, add } = setup(null);
    add(a);
    expect(fake.runs).toHaveLength(0);
    expect(result.current).toMatchObject({ files: [a], submissions: [], checking: false });
    hook.rerender({ context: ctx() });
    expect(fake.runs.map((r) => r.files)).toEqual([[a]]);
    await fake.finish(0);
    expect(names(result.current.submissions)).toEqual(['a.xlsx']);
  });

  it('a new context (another roster) checks the whole batch again and never shows checks of the old one', async () => {
    const { fake, hook, result, add } = setup();
    add(a, b);
    await fake.finish(0);
    const next = ctx({ roster: [agency] });
    hook.rerender({ context: next });
    expect(fake.runs[1]).toMatchObject({ files: [a, b], ctx: next });
    expect(result.current).toMatchObject({ submissions: [], checking: true });

    // The roster changes back while that check runs (the pane makes a new context): checked again.
    const back = ctx();
    hook.rerender({ context: back });
    expect(fake.runs[1]!.options.cancelled?.()).toBe(true);
    expect(fake.runs[2]).toMatchObject({ files: [a, b], ctx: back });
    await fake.finish(1);
    expect(result.current.submissions).toEqual([]);
    await fake.finish(2);
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('a stale check of an old context arriving late is not shown', async () => {
    const { fake, hook, result, add } = setup();
    add(a);
    hook.rerender({ context: ctx() });
    await fake.finish(0);
    expect(result.current.submissions).toEqual([]);
    expect(result.current.checking).toBe(true);
    await fake.finish(1);
    expect(names(result.current.submissions)).toEqual(['a.xlsx']);
  });

  it('a check of an old context ending after the new one’s does not hide the new checks', async () => {
    const { fake, hook, result, add } = setup();
    add(a, b);
    hook.rerender({ context: ctx() });
    await fake.finish(1);
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx']);
    await fake.finish(0);
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx']);
    expect(result.current.checking).toBe(false);
  });

  it('clears the list', async () => {
    const { fake, result, add } = setup();
    add(a, b);
    await fake.finish(0);
    act(() => result.current.clear());
    expect(result.current).toMatchObject({ files: [], submissions: [], checking: false, progress: null });
  });

  it('after a merge, keeps the merged batch shown until files are chosen again, which start a new batch', async () => {
    const { fake, result, add } = setup();
    add(a, b);
    await fake.finish(0);
    act(() => result.current.markMerged());
    expect(result.current.files).toEqual([a, b]);
    add(c);
    expect(result.current.files).toEqual([c]);
    expect(fake.runs[1]!.files).toEqual([c]);
    await fake.finish(1);
    expect(names(result.current.submissions)).toEqual(['c.xlsx']);
    // The batch after that one grows again.
    add(a);
    expect(result.current.files).toEqual([c, a]);
  });

  it('tells the user when the check fails; choosing files again checks the batch again', async () => {
    const { fake, result, add } = setup();
    add(a, b);
    act(() => fake.runs[0]!.options.onProgress?.({ done: 0, total: 2, current: 'a.xlsx' }));
    fake.runs[0]!.answer.reject(new Error('Không đủ bộ nhớ để đọc tệp.'));
    await settle();
    expect(messages.shown).toEqual([
      expect.objectContaining({
        intent: 'error',
        title: 'Không kiểm tra được các tệp phiếu',
        text: 'Không đủ bộ nhớ để đọc tệp.',
      }),
    ]);
    expect(result.current.progress).toBeNull();
    // Nothing half-checked reaches the merge.
    expect(result.current.submissions).toEqual([]);

    add(a);
    expect(fake.runs[1]!.files).toEqual([a, b]);
    await fake.finish(1);
    expect(names(result.current.submissions)).toEqual(['a.xlsx', 'b.xlsx']);
  });

  it('stops the check when the section closes', () => {
    const { fake, hook, add } = setup();
    add(a, b);
    hook.unmount();
    expect(fake.runs[0]!.options.cancelled?.()).toBe(true);
  });
});
