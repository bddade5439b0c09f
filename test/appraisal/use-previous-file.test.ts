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
import { deferred, settle, watchMessagesInEachTest } from '../support/taskpane/hook-kit';

type PageServices = Parameters<typeof usePreviousFile>[0];

const readable = (year: number): PreviousRead => ({
  ok: true,
  state: emptyState(year, builtInRegime.id, `thanh-hoa-cntt-${year}`, 1),
  roster: { kind: 'none' },
});
const xlsx = (name: string): File => new File([`bytes of ${name}`], name);

/** The page's reader of consolidation files (synchronous, as the real one): answers what `answers` holds. */
function fakeReader(answers: Record<string, PreviousRead> = {}) {
  const reads: { fileName: string; text: string }[] = [];
  const services: PageServices = {
    builtInRegime,
    readConsolidationFile: (bytes, fileName) => {
      reads.push({ fileName, text: new TextDecoder().decode(bytes) });
      return answers[fileName] ?? { ok: false, message: `Tệp “${fileName}”: không có trong bài kiểm tra.` };
    },
  };
  return { services, reads };
}

/** A file whose bytes arrive when the test says (the browser reading a large file from disk). */
function slowFile(name: string): { file: File; arrive: () => void } {
  const f = xlsx(name);
  const bytes = deferred<ArrayBuffer>();
  f.arrayBuffer = () => bytes.promise;
  return { file: f, arrive: () => bytes.resolve(new TextEncoder().encode(`bytes of ${name}`).buffer) };
}

const messages = watchMessagesInEachTest();

describe('usePreviousFile', () => {
  it('reads the chosen consolidation, naming it while it is read', async () => {
    const fake = fakeReader({ 'Xếp hạng 2025.xlsx': readable(2025) });
    const { result } = renderHook(() => usePreviousFile(fake.services));
    expect(result.current).toMatchObject({ current: null, reading: null });
    const name = 'Xếp hạng 2025.xlsx'.normalize('NFD');
    const chosen = slowFile(name);
    act(() => result.current.choose(chosen.file));
    expect(result.current.reading).toBe('Xếp hạng 2025.xlsx');
    chosen.arrive();
    await settle();
    expect(fake.reads).toEqual([{ fileName: 'Xếp hạng 2025.xlsx', text: `bytes of ${name}` }]);
    expect(result.current).toEqual(
      expect.objectContaining({
        reading: null,
        current: { fileName: 'Xếp hạng 2025.xlsx', read: readable(2025) },
      }),
    );
  });

  it('keeps the reader’s Vietnamese refusal as the file’s outcome', async () => {
    const refusal: PreviousRead = {
      ok: false,
      message: 'Tệp “phieu.xlsx”: đây là phiếu khảo sát, không phải bảng tổng hợp.',
    };
    const fake = fakeReader({ 'phieu.xlsx': refusal });
    const { result } = renderHook(() => usePreviousFile(fake.services));
    act(() => result.current.choose(xlsx('phieu.xlsx')));
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
    const fake = fakeReader({
      'cu.xlsx': readable(2025),
      'moi.xlsx': readable(2026),
      'khac.xlsx': readable(2024),
      'khac-nua.xlsx': readable(2023),
    });
    const { result } = renderHook(() => usePreviousFile(fake.services));
    const old = slowFile('cu.xlsx');
    const fresh = slowFile('moi.xlsx');
    act(() => result.current.choose(old.file));
    act(() => result.current.choose(fresh.file));
    fresh.arrive();
    await settle();
    old.arrive();
    await settle();
    expect(fake.reads.map((r) => r.fileName)).toEqual(['moi.xlsx', 'cu.xlsx']);
    expect(result.current).toMatchObject({ reading: null, current: { fileName: 'moi.xlsx' } });

    const other = slowFile('khac.xlsx');
    act(() => result.current.choose(other.file));
    act(() => result.current.clear());
    expect(result.current).toMatchObject({ current: null, reading: null });
    other.arrive();
    await settle();
    expect(result.current.current).toBeNull();

    const written: PreviousFile = { fileName: 'xep-hang-2026.xlsx', read: readable(2026) };
    const another = slowFile('khac-nua.xlsx');
    act(() => result.current.choose(another.file));
    act(() => result.current.adopt(written));
    another.arrive();
    await settle();
    expect(result.current).toMatchObject({ current: written, reading: null });
  });
});
