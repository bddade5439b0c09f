/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import {
  usePreviousFile,
  MAX_CONSOLIDATION_BYTES,
  type PreviousFile,
} from '../../src/appraisal/use-previous-file';
import { emptyState } from '../../src/core/consolidation/state';
import { builtInRegime } from '../../src/core/regime/load';
import type { PreviousRead } from '../../src/xlsx/consolidation-file';
import { deferred, settle, watchMessages, type Deferred } from '../support/taskpane/hook-kit';

type PageServices = Parameters<typeof usePreviousFile>[0];

const readable = (year: number): PreviousRead => ({
  ok: true,
  state: emptyState(year, builtInRegime.id, `thanh-hoa-cntt-${year}`, 1),
  roster: { kind: 'none' },
});
const xlsx = (name: string): File => new File([`bytes of ${name}`], name);

/** The page's reader of consolidation files; each read waits until the test answers it. */
function fakeReader() {
  const reads: { fileName: string; text: string; answer: Deferred<PreviousRead> }[] = [];
  const services: PageServices = {
    builtInRegime,
    readConsolidationFile: (bytes, fileName) => {
      const answer = deferred<PreviousRead>();
      reads.push({ fileName, text: new TextDecoder().decode(bytes), answer });
      return answer.promise;
    },
  };
  return { services, reads };
}

let messages: ReturnType<typeof watchMessages>;
beforeEach(() => {
  messages = watchMessages();
});
afterEach(() => {
  messages.stop();
  expect(messages.reactWarnings()).toEqual([]);
});

describe('usePreviousFile', () => {
  it('reads the chosen consolidation, naming it while it is read', async () => {
    const fake = fakeReader();
    const { result } = renderHook(() => usePreviousFile(fake.services));
    expect(result.current).toMatchObject({ current: null, reading: null });
    const name = 'Xếp hạng 2025.xlsx'.normalize('NFD');
    act(() => result.current.choose(xlsx(name)));
    expect(result.current.reading).toBe('Xếp hạng 2025.xlsx');
    await settle();
    expect(fake.reads[0]).toMatchObject({ fileName: 'Xếp hạng 2025.xlsx', text: `bytes of ${name}` });
    fake.reads[0]!.answer.resolve(readable(2025));
    await settle();
    expect(result.current).toEqual(
      expect.objectContaining({
        reading: null,
        current: { fileName: 'Xếp hạng 2025.xlsx', read: readable(2025) },
      }),
    );
  });

  it('keeps the reader’s Vietnamese refusal as the file’s outcome', async () => {
    const fake = fakeReader();
    const { result } = renderHook(() => usePreviousFile(fake.services));
    act(() => result.current.choose(xlsx('phieu.xlsx')));
    await settle();
    const refusal: PreviousRead = {
      ok: false,
      message: 'Tệp “phieu.xlsx”: đây là phiếu khảo sát, không phải bảng tổng hợp.',
    };
    fake.reads[0]!.answer.resolve(refusal);
    await settle();
    expect(result.current.current).toEqual({ fileName: 'phieu.xlsx', read: refusal });
  });

  it('refuses a file too large to be a consolidation without reading it', async () => {
    const fake = fakeReader();
    const { result } = renderHook(() => usePreviousFile(fake.services));
    act(() => result.current.choose(new File([new Uint8Array(MAX_CONSOLIDATION_BYTES + 1)], 'lon.xlsx')));
    await settle();
    expect(fake.reads).toHaveLength(0);
    expect(result.current.reading).toBeNull();
    expect(result.current.current?.read).toEqual({
      ok: false,
      message: expect.stringMatching(/lon\.xlsx.*vượt giới hạn/),
    });
  });

  it('turns a file the browser cannot read into a refusal naming it', async () => {
    const fake = fakeReader();
    const { result } = renderHook(() => usePreviousFile(fake.services));
    const moved = xlsx('da-chuyen.xlsx');
    moved.arrayBuffer = () => Promise.reject(new Error('NotReadableError'));
    act(() => result.current.choose(moved));
    await settle();
    expect(result.current.current?.read).toEqual({
      ok: false,
      message: expect.stringMatching(/da-chuyen\.xlsx.*không đọc được tệp \(NotReadableError\)/),
    });
    expect(messages.shown).toEqual([]);
  });

  it('only the last file chosen counts; clearing or adopting a file drops a read under way', async () => {
    const fake = fakeReader();
    const { result } = renderHook(() => usePreviousFile(fake.services));
    act(() => result.current.choose(xlsx('cu.xlsx')));
    act(() => result.current.choose(xlsx('moi.xlsx')));
    await settle();
    fake.reads[1]!.answer.resolve(readable(2026));
    await settle();
    fake.reads[0]!.answer.resolve(readable(2025));
    await settle();
    expect(result.current.current?.fileName).toBe('moi.xlsx');

    act(() => result.current.choose(xlsx('khac.xlsx')));
    act(() => result.current.clear());
    expect(result.current).toMatchObject({ current: null, reading: null });
    await settle();
    fake.reads[2]!.answer.resolve(readable(2024));
    await settle();
    expect(result.current.current).toBeNull();

    const written: PreviousFile = { fileName: 'xep-hang-2026.xlsx', read: readable(2026) };
    act(() => result.current.choose(xlsx('khac-nua.xlsx')));
    act(() => result.current.adopt(written));
    await settle();
    fake.reads[3]!.answer.resolve(readable(2023));
    await settle();
    expect(result.current).toMatchObject({ current: written, reading: null });
  });
});
