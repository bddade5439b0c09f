/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { consolidate, type ConsolidationRun } from '../../../src/core/consolidation/consolidate';
import type { WorkbookMergeResult } from '../../../src/office/consolidation-workbook';
import type { ConsolidationSummary } from '../../../src/taskpane/consolidation/merge-news';
import { useMergeFlow, type MergeInput } from '../../../src/taskpane/consolidation/use-merge-flow';
import { agencyOf, regime, roster, subsOf, template } from '../../support/consolidation/forms';
import { submission } from '../../support/consolidation/submissions';
import { deferred, settle, watchMessagesInEachTest, type Deferred } from '../../support/taskpane/hook-kit';

type MergeServices = Parameters<typeof useMergeFlow>[0];
type Call = Parameters<MergeServices['mergeIntoWorkbook']>[0];

const input: MergeInput = { template, regime, roster, rosterOrigin: { kind: 'builtin' } };
const agencies = [agencyOf('so', 0), agencyOf('so', 1), agencyOf('huyen', 0)];
const submissions = agencies.map((a, i) => {
  const selfs = Object.fromEntries(subsOf(a.group).map((s) => [s.code, 1]));
  return submission(a, selfs, `phieu-${i}.xlsx`, '2026-11-10T02:00:00.000Z', `sha${i}`);
});

/** What the adapter would write for a call: the core's run, with no workbook behind it. */
function runFor(call: Call): ConsolidationRun {
  return consolidate({ previous: null, ...call });
}

/** The adapter's merge; each call waits until the test answers it. */
function fakeAdapter() {
  const calls: { call: Call; answer: Deferred<WorkbookMergeResult> }[] = [];
  const services: MergeServices = {
    mergeIntoWorkbook: (call) => {
      const answer = deferred<WorkbookMergeResult>();
      calls.push({ call, answer });
      return answer.promise;
    },
  };
  const succeed = (i: number): ConsolidationRun => {
    const run = runFor(calls[i]!.call);
    calls[i]!.answer.resolve({ ok: true, run, syncs: 3, created: true });
    return run;
  };
  return { services, calls, succeed };
}

const summary: ConsolidationSummary = {
  year: 2026,
  templateId: template.id,
  templateVersion: template.version,
  agencies: 5,
  roster: null,
};

const messages = watchMessagesInEachTest();

describe('useMergeFlow', () => {
  it('starts idle, showing the consolidation found in the workbook', () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useMergeFlow(fake.services, summary));
    expect(result.current).toMatchObject({ existing: summary, busy: null, last: null, outcome: null });
  });

  it('merges: busy while the adapter writes, then says what was written and remembers the run', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useMergeFlow(fake.services, null));
    const before = Date.now();
    let returned: Promise<ConsolidationRun | null> | undefined;
    act(() => {
      returned = result.current.merge(submissions, input);
    });
    expect(result.current.busy).toBe('merge');
    expect(fake.calls).toHaveLength(1);
    const call = fake.calls[0]!.call;
    expect(call).toMatchObject({ submissions, template, regime, roster, rosterOrigin: { kind: 'builtin' } });
    const at = Date.parse(call.now);
    expect(at).toBeGreaterThanOrEqual(before);
    expect(at).toBeLessThanOrEqual(Date.now());

    const run = fake.succeed(0);
    await settle();
    await expect(returned).resolves.toBe(run);
    expect(result.current.busy).toBeNull();
    expect(result.current.last).toEqual({ kind: 'merge', run });
    expect(result.current.existing).toMatchObject({ year: 2026, templateId: template.id, agencies: 3 });
    expect(result.current.outcome).toEqual({
      intent: 'success',
      title: 'Đã tổng hợp vào bảng tính',
      text: expect.stringMatching(/^3 tệp được dùng\. Bảng 1: 2 đơn vị; Bảng 2: 1 đơn vị\./),
    });
  });

  it('re-sorts with no files, under its own wording', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useMergeFlow(fake.services, summary));
    act(() => {
      void result.current.resort(input);
    });
    expect(result.current.busy).toBe('resort');
    expect(fake.calls[0]!.call.submissions).toEqual([]);
    fake.succeed(0);
    await settle();
    expect(result.current.outcome).toMatchObject({ intent: 'success', title: 'Đã cập nhật xếp hạng' });
    expect(result.current.last?.kind).toBe('resort');
  });

  it('shows the adapter’s Vietnamese reason when nothing was written, and keeps what was shown', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useMergeFlow(fake.services, summary));
    let returned: Promise<ConsolidationRun | null> | undefined;
    act(() => {
      returned = result.current.merge(submissions, input);
    });
    const reason = 'Trang tính “Dữ liệu” bị khóa: không ghi được.';
    fake.calls[0]!.answer.resolve({ ok: false, message: reason, syncs: 1 });
    await settle();
    await expect(returned).resolves.toBeNull();
    expect(result.current).toMatchObject({ busy: null, last: null, existing: summary });
    expect(result.current.outcome).toEqual({
      intent: 'error',
      title: 'Không tổng hợp được vào bảng tính',
      text: reason,
    });
  });

  it('shows a failure thrown by Excel, with its code, and clears it on the next run', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useMergeFlow(fake.services, summary));
    act(() => {
      void result.current.resort(input);
    });
    fake.calls[0]!.answer.reject(Object.assign(new Error('Rich API error'), { code: 'InvalidOperation' }));
    await settle();
    expect(result.current.busy).toBeNull();
    expect(result.current.outcome).toEqual({
      intent: 'error',
      title: 'Không cập nhật được xếp hạng',
      text: 'Rich API error (mã lỗi: InvalidOperation)',
    });
    // Kept in the console for support staff.
    expect(messages.logged[0]?.[0]).toBe('Không cập nhật được xếp hạng');

    act(() => {
      void result.current.merge(submissions, input);
    });
    expect(result.current.outcome).toBeNull();
  });

  it('refuses a second run while one is writing, and stays busy until that one ends', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useMergeFlow(fake.services, null));
    act(() => {
      void result.current.merge(submissions, input);
    });
    let second: Promise<ConsolidationRun | null> | undefined;
    act(() => {
      second = result.current.resort(input);
    });
    expect(fake.calls).toHaveLength(1);
    await expect(second).resolves.toBeNull();
    expect(result.current.busy).toBe('merge');

    const run = fake.succeed(0);
    await settle();
    expect(result.current).toMatchObject({ busy: null, last: { kind: 'merge', run } });
    // Idle again: the next run goes through.
    act(() => {
      void result.current.resort(input);
    });
    expect(fake.calls).toHaveLength(2);
  });

  it('shows a consolidation found after the pane opened, and keeps the one written since', async () => {
    const fake = fakeAdapter();
    const { result, rerender } = renderHook(({ found }) => useMergeFlow(fake.services, found), {
      initialProps: { found: null as ConsolidationSummary | null },
    });
    expect(result.current.existing).toBeNull();
    rerender({ found: summary });
    expect(result.current.existing).toBe(summary);

    act(() => {
      void result.current.merge(submissions, input);
    });
    fake.succeed(0);
    await settle();
    const written = result.current.existing;
    expect(written).toMatchObject({ agencies: 3 });
    // The pane's probe answering “none” later does not hide what is in the workbook.
    rerender({ found: null });
    expect(result.current.existing).toBe(written);
  });
});
