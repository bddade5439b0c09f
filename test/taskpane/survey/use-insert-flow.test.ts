/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { builtInRegime } from '../../../src/core/regime/load';
import { buildSurveyWorkbook } from '../../../src/core/sheet/survey/build';
import { withMigratedEntries } from '../../../src/core/sheet/survey/migrated-entries';
import type { WorkbookSpec } from '../../../src/core/sheet/spec';
import { planMigration } from '../../../src/core/template/migration';
import { builtInTemplate, groupTemplate } from '../../../src/core/template/load';
import type { SurveyTemplate } from '../../../src/core/template/types';
import type { SurveyInfo, SurveyReading } from '../../../src/office/survey-workbook';
import type { BuiltSurvey } from '../../../src/taskpane/survey/migration-offer';
import { useInsertFlow, type InsertFlowServices } from '../../../src/taskpane/survey/use-insert-flow';
import { deferred, settle, watchMessagesInEachTest, type Deferred } from '../../support/taskpane/hook-kit';

type Inserted = Awaited<ReturnType<InsertFlowServices['insertSurvey']>>;

const v1 = builtInTemplate(2026, 1);
const v2 = builtInTemplate(2026, 2);
const v1Subs = v1.groups.find((g) => g.groupId === 'so')!.criteria.flatMap((c) => c.subCriteria);

function built(template: SurveyTemplate, groupId = 'so'): BuiltSurvey {
  const { spec, layout } = buildSurveyWorkbook({ regime: builtInRegime, template, groupId });
  return { spec, layout, template, groupId };
}

/** The survey the workbook holds, as the adapter describes it. */
function info(b: BuiltSurvey): SurveyInfo {
  return { meta: {}, template: b.template, groupId: b.groupId, layout: b.layout, problems: [] };
}

/**
 * The workbook as the flow sees it, with the real migration planning: each write waits until the
 * test answers it; the survey found after a write is `after`.
 */
function fakeWorkbook(after: SurveyInfo | null) {
  const writes: { spec: WorkbookSpec; mode: 'create' | 'replace'; answer: Deferred<Inserted> }[] = [];
  // A filled version-1 form: every sub-criterion scored 0,5 with evidence.
  const reading: SurveyReading = {
    inputs: Object.fromEntries(v1Subs.map((s) => [s.code, { score: 0.5, evidence: `Văn bản số ${s.code}` }])),
    figures: {},
  };
  const services: InsertFlowServices = {
    insertSurvey: (spec, mode) => {
      const answer = deferred<Inserted>();
      writes.push({ spec, mode, answer });
      return answer.promise;
    },
    findSurvey: jest.fn(() => Promise.resolve(after)),
    readInputs: jest.fn(() => Promise.resolve(reading)),
    withMigratedEntries,
    planMigration,
    groupTemplate,
  };
  return { services, writes };
}

const messages = watchMessagesInEachTest();

function setup(after: SurveyInfo | null) {
  const fake = fakeWorkbook(after);
  const ready = jest.fn<void, [SurveyInfo]>();
  const { result } = renderHook(() => useInsertFlow(fake.services, ready));
  return { fake, ready, result };
}

describe('useInsertFlow', () => {
  it('inserts into a workbook with no survey: busy while writing, then says so and shows the survey', async () => {
    const fresh = built(v2);
    const { fake, ready, result } = setup(info(fresh));
    act(() => void result.current.insert(() => fresh));
    expect(result.current.busy).toBe(true);
    expect(fake.writes).toEqual([expect.objectContaining({ spec: fresh.spec, mode: 'create' })]);

    fake.writes[0]!.answer.resolve({ status: 'inserted' });
    await settle();
    expect(result.current).toMatchObject({ busy: false, existing: null, migration: null });
    expect(ready).toHaveBeenCalledWith(info(fresh));
    expect(messages.shown).toEqual([
      expect.objectContaining({
        intent: 'success',
        title: 'Đã chèn phiếu',
        text: 'Hãy nhập điểm tự chấm và minh chứng vào trang tính “Phiếu”.',
      }),
    ]);
  });

  it('asks before replacing a survey already there; keeping it shows that one', async () => {
    const there = built(v2, 'huyen');
    const { fake, ready, result } = setup(null);
    act(() => void result.current.insert(() => built(v2)));
    fake.writes[0]!.answer.resolve({ status: 'exists', info: info(there) });
    await settle();
    expect(result.current).toMatchObject({ busy: false, existing: info(there), migration: null });
    expect(ready).not.toHaveBeenCalled();

    act(() => result.current.keepExisting());
    expect(result.current.existing).toBeNull();
    expect(ready).toHaveBeenCalledWith(info(there));
    expect(fake.writes).toHaveLength(1);
  });

  it('replaces the survey there by the one built, when asked', async () => {
    const fresh = built(v2);
    const { fake, ready, result } = setup(info(fresh));
    act(() => void result.current.insert(() => fresh));
    fake.writes[0]!.answer.resolve({ status: 'exists', info: info(built(v2, 'huyen')) });
    await settle();

    act(() => void result.current.replaceExisting());
    expect(result.current.busy).toBe(true);
    expect(fake.writes[1]).toMatchObject({ spec: fresh.spec, mode: 'replace' });
    fake.writes[1]!.answer.resolve({ status: 'inserted' });
    await settle();
    expect(result.current).toMatchObject({ busy: false, existing: null });
    expect(ready).toHaveBeenCalledWith(info(fresh));
    expect(messages.shown.map((m) => m.title)).toEqual(['Đã chèn phiếu']);
  });

  it('offers to carry the entries of an older version of the same template into the new one', async () => {
    const old = built(v1);
    const fresh = built(v2);
    const { fake, result } = setup(info(fresh));
    act(() => void result.current.insert(() => fresh));
    fake.writes[0]!.answer.resolve({ status: 'exists', info: info(old) });
    await settle();
    expect(fake.services.readInputs).toHaveBeenCalledWith(old.layout);
    const migration = result.current.migration;
    expect(migration).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(migration!.plan.kept.length).toBeGreaterThan(0);

    act(() => void result.current.migrateExisting());
    const expected = withMigratedEntries(fresh.spec, fresh.layout, migration!.plan);
    expect(fake.writes[1]).toMatchObject({ spec: expected, mode: 'replace' });
    expect(fake.writes[1]!.spec).not.toEqual(fresh.spec);
  });

  it('offers no migration for another group, nor for a survey of the same version', async () => {
    for (const there of [built(v1, 'huyen'), built(v2)]) {
      const { fake, result } = setup(null);
      act(() => void result.current.insert(() => built(v2)));
      fake.writes[0]!.answer.resolve({ status: 'exists', info: info(there) });
      await settle();
      expect(result.current.existing).toEqual(info(there));
      expect(result.current.migration).toBeNull();
    }
  });

  it('tells the user, in Vietnamese, when the survey cannot be built or written', async () => {
    const { fake, ready, result } = setup(null);
    await act(() =>
      result.current.insert(() => {
        throw new Error('Nhóm “xa” không có trong mẫu phiếu.');
      }),
    );
    expect(fake.writes).toHaveLength(0);
    expect(result.current.busy).toBe(false);

    act(() => void result.current.insert(() => built(v2)));
    fake.writes[0]!.answer.reject(
      new Error(
        'Sổ tính này đang chứa bảng tổng hợp xếp hạng; chèn phiếu vào đây sẽ làm hỏng bảng tổng hợp.',
      ),
    );
    await settle();
    expect(result.current.busy).toBe(false);
    expect(ready).not.toHaveBeenCalled();
    expect(messages.shown).toEqual([
      expect.objectContaining({
        title: 'Không chèn được phiếu',
        text: 'Nhóm “xa” không có trong mẫu phiếu.',
      }),
      expect.objectContaining({
        title: 'Không chèn được phiếu',
        text: expect.stringContaining('đang chứa bảng tổng hợp'),
      }),
    ]);
  });

  it('says so when the survey written cannot be read back', async () => {
    const { fake, ready, result } = setup(null);
    act(() => void result.current.insert(() => built(v2)));
    fake.writes[0]!.answer.resolve({ status: 'inserted' });
    await settle();
    expect(ready).not.toHaveBeenCalled();
    expect(messages.shown).toEqual([
      expect.objectContaining({
        title: 'Không chèn được phiếu',
        text: 'Đã ghi phiếu nhưng không đọc lại được siêu dữ liệu của phiếu.',
      }),
    ]);
  });

  it('closes the question and says why when the replacement fails', async () => {
    const { fake, ready, result } = setup(null);
    act(() => void result.current.insert(() => built(v2)));
    fake.writes[0]!.answer.resolve({ status: 'exists', info: info(built(v1)) });
    await settle();
    act(() => void result.current.replaceExisting());
    fake.writes[1]!.answer.reject(Object.assign(new Error('Sheet is protected'), { code: 'AccessDenied' }));
    await settle();
    expect(result.current).toMatchObject({ busy: false, existing: null });
    expect(ready).not.toHaveBeenCalled();
    expect(messages.shown).toEqual([
      expect.objectContaining({
        title: 'Không thay được phiếu',
        text: 'Sheet is protected (mã lỗi: AccessDenied)',
      }),
    ]);
  });

  it('refuses a second write while one runs, and stays busy until that one ends', async () => {
    const fresh = built(v2);
    const { fake, result } = setup(info(fresh));
    act(() => void result.current.insert(() => fresh));
    act(() => void result.current.insert(() => fresh));
    expect(fake.writes).toHaveLength(1);
    fake.writes[0]!.answer.resolve({ status: 'exists', info: info(built(v2, 'huyen')) });
    await settle();

    act(() => void result.current.replaceExisting());
    act(() => void result.current.replaceExisting());
    expect(fake.writes).toHaveLength(2);
    expect(result.current.busy).toBe(true);
    fake.writes[1]!.answer.resolve({ status: 'inserted' });
    await settle();
    expect(result.current.busy).toBe(false);
  });
});
