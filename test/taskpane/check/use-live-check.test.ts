/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { builtInRegime } from '../../../src/core/regime/load';
import { scoreForm } from '../../../src/core/scoring/score';
import { surveyLayout } from '../../../src/core/sheet/survey/form-layout';
import { builtInTemplate, groupTemplate } from '../../../src/core/template/load';
import type { GroupTemplate } from '../../../src/core/template/types';
import type { SurveyReading } from '../../../src/office/survey-workbook';
import { useLiveCheck } from '../../../src/taskpane/check/use-live-check';
import type { SurveyLayout } from '../../../src/taskpane/check/survey-layout';
import { deferred, settle, watchMessagesInEachTest, type Deferred } from '../../support/taskpane/hook-kit';

type LiveCheckServices = Parameters<typeof useLiveCheck>[0];
type Watcher = { onInputs: (r: SurveyReading) => void; onError: (e: unknown) => void; removed: number };

// Version 1 (format 1): every sub-criterion is scored by hand.
const so = groupTemplate(builtInTemplate(2026, 1), 'so') as GroupTemplate;
const huyen = groupTemplate(builtInTemplate(2026, 1), 'huyen') as GroupTemplate;
const layoutSo = surveyLayout(so);
const layoutHuyen = surveyLayout(huyen);
const firstSub = so.criteria[0]!.subCriteria[0]!;

/** A form where only the first sub-criterion has a score (with evidence). */
function reading(score: unknown): SurveyReading {
  return { inputs: { [firstSub.code]: { score, evidence: 'Quyết định số 12' } }, figures: {} };
}

/**
 * The adapter as the hook sees it, with the real scoring: every read and every watch registration
 * waits until the test settles it.
 */
function fakeAdapter() {
  const reads: { layout: SurveyLayout; answer: Deferred<SurveyReading> }[] = [];
  const registrations: { layout: SurveyLayout; answer: Deferred<() => Promise<void>>; watcher: Watcher }[] =
    [];
  const services: LiveCheckServices = {
    scoreForm,
    builtInRegime,
    readInputs: (layout) => {
      const answer = deferred<SurveyReading>();
      reads.push({ layout, answer });
      return answer.promise;
    },
    watchInputs: (layout, onInputs, onError) => {
      const answer = deferred<() => Promise<void>>();
      const watcher: Watcher = { onInputs, onError, removed: 0 };
      registrations.push({ layout, answer, watcher });
      return answer.promise;
    },
  };
  /** Settles the registration: the disposer counts its calls on the watcher. */
  const register = async (i: number): Promise<Watcher> => {
    const r = registrations[i]!;
    r.answer.resolve(async () => {
      r.watcher.removed++;
    });
    await settle();
    return r.watcher;
  };
  return { services, reads, registrations, register };
}

const messages = watchMessagesInEachTest();

describe('useLiveCheck', () => {
  it('reads nothing while the workbook has no recognised form', () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useLiveCheck(fake.services, null, null, true));
    result.current.refresh();
    expect(fake.reads).toHaveLength(0);
    expect(result.current).toMatchObject({ score: null, watching: false });
  });

  it('shows no score until the first read, then the score of what the form holds', async () => {
    const fake = fakeAdapter();
    const layout = layoutSo;
    const { result } = renderHook(() => useLiveCheck(fake.services, layout, so, true));
    expect(result.current.score).toBeNull();
    expect(fake.reads.map((r) => r.layout)).toEqual([layout]);

    fake.reads[0]!.answer.resolve(reading(firstSub.capHundredths / 100));
    await settle();
    expect(result.current.score?.totalHundredths).toBe(firstSub.capHundredths);
    // Not watching until the handler is registered.
    expect(result.current.watching).toBe(false);
    await fake.register(0);
    expect(result.current.watching).toBe(true);
  });

  it('scores again each time the adapter reports a change batch, with the Vietnamese problems', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, true));
    fake.reads[0]!.answer.resolve(reading(''));
    await settle();
    const watcher = await fake.register(0);

    act(() => watcher.onInputs(reading(firstSub.capHundredths / 100 + 1)));
    await settle();
    const score = result.current.score!;
    expect(score.totalHundredths).toBe(firstSub.capHundredths);
    expect(score.problems.map((p) => p.message).join('\n')).toContain('vượt điểm tối đa');

    act(() => watcher.onInputs(reading('')));
    await settle();
    expect(result.current.score?.totalHundredths).toBe(0);
  });

  it('does not watch where Excel reports no changes; “Kiểm tra lại” reads again', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, false));
    fake.reads[0]!.answer.resolve(reading(''));
    await settle();
    expect(fake.registrations).toHaveLength(0);
    expect(result.current.watching).toBe(false);

    result.current.refresh();
    expect(fake.reads).toHaveLength(2);
    fake.reads[1]!.answer.resolve(reading(1));
    await settle();
    expect(result.current.score?.totalHundredths).toBe(100);
  });

  it('tells the user, in Vietnamese, when the form cannot be read', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, true));
    fake.reads[0]!.answer.reject(new Error('Trang tính “Phiếu” đã bị xóa.'));
    await settle();
    expect(result.current.score).toBeNull();
    expect(messages.shown).toEqual([
      expect.objectContaining({
        intent: 'error',
        title: 'Không đọc được số liệu trong phiếu',
        text: 'Trang tính “Phiếu” đã bị xóa.',
      }),
    ]);

    result.current.refresh();
    fake.reads[1]!.answer.reject(new Error('Excel đang bận.'));
    await settle();
    expect(messages.shown[1]).toMatchObject({
      title: 'Không đọc được số liệu trong phiếu',
      text: 'Excel đang bận.',
    });
  });

  it('after a failed first read, still follows the form: the next edit shows the score', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, true));
    fake.reads[0]!.answer.reject(new Error('Excel đang bận.'));
    await settle();
    expect(messages.shown.map((m) => m.title)).toEqual(['Không đọc được số liệu trong phiếu']);
    const watcher = await fake.register(0);
    expect(result.current.watching).toBe(true);
    act(() => watcher.onInputs(reading(1)));
    expect(result.current.score?.totalHundredths).toBe(100);
  });

  it('after a failed first read, says so instead of waiting; “Kiểm tra lại” then shows the score', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, false));
    expect(result.current.readFailed).toBe(false);
    fake.reads[0]!.answer.reject(new Error('Excel đang bận.'));
    await settle();
    expect(result.current).toMatchObject({ score: null, readFailed: true, watching: false });

    act(() => result.current.refresh());
    fake.reads[1]!.answer.resolve(reading(1));
    await settle();
    expect(result.current).toMatchObject({ score: { totalHundredths: 100 }, readFailed: false });
  });

  it('tells the user when a change batch cannot be read, with Office’s error code', async () => {
    const fake = fakeAdapter();
    const { result } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, true));
    fake.reads[0]!.answer.resolve(reading(1));
    await settle();
    const watcher = await fake.register(0);
    act(() => watcher.onError(Object.assign(new Error('The request failed'), { code: 'GeneralException' })));
    expect(messages.shown).toEqual([
      expect.objectContaining({
        title: 'Không cập nhật được kết quả kiểm tra',
        text: 'The request failed (mã lỗi: GeneralException)',
      }),
    ]);
    // The last score stays shown and the handler stays registered.
    expect(result.current).toMatchObject({ score: { totalHundredths: 100 }, watching: true });
    expect(watcher.removed).toBe(0);
  });

  it('removes the change handler when the pane closes the section, once', async () => {
    const fake = fakeAdapter();
    const { unmount } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, true));
    fake.reads[0]!.answer.resolve(reading(''));
    await settle();
    const watcher = await fake.register(0);
    unmount();
    await settle();
    expect(watcher.removed).toBe(1);
  });

  it('removes a handler whose registration ends after the section closed, and scores nothing then', async () => {
    const fake = fakeAdapter();
    const layout = layoutSo;
    const { result, unmount } = renderHook(() => useLiveCheck(fake.services, layout, so, true));
    fake.reads[0]!.answer.resolve(reading(''));
    await settle();
    unmount();
    const watcher = await fake.register(0);
    expect(watcher.removed).toBe(1);
    act(() => watcher.onInputs(reading(1)));
    await settle();
    expect(result.current.score?.totalHundredths).toBe(0);
    expect(messages.logged).toEqual([]);
  });

  it('does not register a handler when the section closed during the first read', async () => {
    const fake = fakeAdapter();
    const { unmount } = renderHook(() => useLiveCheck(fake.services, layoutSo, so, true));
    unmount();
    fake.reads[0]!.answer.resolve(reading(1));
    await settle();
    expect(fake.registrations).toHaveLength(0);
    expect(messages.logged).toEqual([]);
  });

  it('on a new survey, drops the old handler and ignores answers about the old form', async () => {
    const fake = fakeAdapter();
    const { result, rerender } = renderHook(
      ({ layout, group }: { layout: SurveyLayout; group: GroupTemplate }) =>
        useLiveCheck(fake.services, layout, group, true),
      { initialProps: { layout: layoutSo, group: so } },
    );
    fake.reads[0]!.answer.resolve(reading(''));
    await settle();
    const oldWatcher = await fake.register(0);

    rerender({ layout: layoutHuyen, group: huyen });
    await settle();
    expect(oldWatcher.removed).toBe(1);
    expect(result.current.watching).toBe(false);
    expect(fake.reads[1]!.layout).toBe(layoutHuyen);

    // A batch the old handler had already read arrives late: it must not show.
    act(() => oldWatcher.onInputs(reading(1)));
    await settle();
    expect(result.current.score?.totalHundredths).toBe(0);

    fake.reads[1]!.answer.resolve({ inputs: {}, figures: {} });
    await settle();
    expect(result.current.score?.criteria).toHaveLength(huyen.criteria.length);
    await fake.register(1);
    expect(result.current.watching).toBe(true);
  });

  it('reports a scoring failure instead of breaking the pane', async () => {
    const fake = fakeAdapter();
    const services: LiveCheckServices = {
      ...fake.services,
      scoreForm: () => {
        throw new Error('Mẫu phiếu hỏng.');
      },
    };
    const { result } = renderHook(() => useLiveCheck(services, layoutSo, so, false));
    fake.reads[0]!.answer.resolve(reading(1));
    await settle();
    expect(result.current.score).toBeNull();
    expect(messages.shown).toEqual([
      expect.objectContaining({ title: 'Không tính được điểm', text: 'Mẫu phiếu hỏng.' }),
    ]);
  });
});
