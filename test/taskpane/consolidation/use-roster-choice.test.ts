/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import type { StoredRoster } from '../../../src/core/consolidation/roster-origin';
import { builtInRegime } from '../../../src/core/regime/load';
import { sampleRoster } from '../../../src/core/roster/roster';
import {
  MAX_ROSTER_BYTES,
  rosterOrigin,
  useRosterChoice,
} from '../../../src/taskpane/consolidation/use-roster-choice';
import { loadRosterFile } from '../../../src/xlsx/roster-file';
import { deferred, settle, watchMessagesInEachTest, type Deferred } from '../../support/taskpane/hook-kit';

type RosterServices = Parameters<typeof useRosterChoice>[0];
type Loaded = Awaited<ReturnType<RosterServices['loadRosterFile']>>;
interface Load {
  text: string;
  fileName: string;
  answer: Deferred<Loaded>;
}

const GOOD_CSV = 'Mã,Tên,Nhóm\nS-A,Sở A,so\nH-B,UBND huyện B,huyen\n';
const BAD_CSV = 'Mã,Tên,Nhóm\nS-A,Sở A,xa\n';
const csv = (name: string, text: string): File => new File([text], name, { type: 'text/csv' });

/** The roster reader as the hook sees it; each load waits until the test lets the real reader answer. */
function fakeReader() {
  const loads: Load[] = [];
  const services: RosterServices = {
    sampleRoster,
    builtInRegime,
    loadRosterFile: (bytes, fileName) => {
      const answer = deferred<Loaded>();
      loads.push({ text: new TextDecoder().decode(bytes), fileName, answer });
      return answer.promise;
    },
  };
  /** Waits for the hook to read the file's bytes, then answers load i as the real reader would. */
  const answer = async (i: number): Promise<void> => {
    await settle();
    const load = loads[i]!;
    load.answer.resolve(
      await loadRosterFile(new TextEncoder().encode(load.text), load.fileName, builtInRegime),
    );
    await settle();
  };
  return { services, loads, answer };
}

const stored: StoredRoster = {
  origin: { kind: 'file', fileName: 'don-vi-2025.csv' },
  agencies: [{ code: 'S-X', name: 'Sở X', group: 'so', aliases: [] }],
};

const messages = watchMessagesInEachTest();

function setup(initial: StoredRoster | null = null) {
  const fake = fakeReader();
  const hook = renderHook(({ found }) => useRosterChoice(fake.services, found), {
    initialProps: { found: initial },
  });
  return { fake, hook, result: hook.result };
}

describe('useRosterChoice', () => {
  it('starts on the built-in sample', () => {
    const { result } = setup();
    expect(result.current).toMatchObject({
      current: { source: 'builtin', roster: sampleRoster },
      reading: null,
      rejected: null,
    });
    expect(rosterOrigin(result.current.current)).toEqual({ kind: 'builtin' });
  });

  it('uses a roster file once every row is valid, naming the file while it is read', async () => {
    const { fake, result } = setup();
    // The name as macOS gives it (decomposed): shown and stored composed.
    const name = 'Danh sách đơn vị.csv'.normalize('NFD');
    act(() => result.current.loadFile(csv(name, GOOD_CSV)));
    expect(result.current.reading).toBe('Danh sách đơn vị.csv');
    expect(result.current.current.source).toBe('builtin');
    await fake.answer(0);
    expect(fake.loads[0]).toMatchObject({ text: GOOD_CSV, fileName: 'Danh sách đơn vị.csv' });
    expect(result.current.reading).toBeNull();
    expect(result.current.current).toMatchObject({
      source: 'file',
      fileName: 'Danh sách đơn vị.csv',
      roster: [
        { code: 'S-A', group: 'so' },
        { code: 'H-B', group: 'huyen' },
      ],
    });
    expect(rosterOrigin(result.current.current)).toEqual({ kind: 'file', fileName: 'Danh sách đơn vị.csv' });
  });

  it('refuses a file with a bad row, listing its problems, and keeps the roster in effect', async () => {
    const { fake, result } = setup();
    act(() => result.current.loadFile(csv('don-vi.csv', BAD_CSV)));
    await fake.answer(0);
    expect(result.current.current.source).toBe('builtin');
    expect(result.current.rejected?.fileName).toBe('don-vi.csv');
    expect(result.current.rejected?.problems.join('\n')).toMatch(/dòng 2/i);
    expect(result.current.reading).toBeNull();

    // The next file clears the refusal while it is read.
    act(() => result.current.loadFile(csv('don-vi-sua.csv', GOOD_CSV)));
    expect(result.current.rejected).toBeNull();
  });

  it('refuses a file too large to be a roster without reading it', async () => {
    const { fake, result } = setup();
    const big = new File([new Uint8Array(MAX_ROSTER_BYTES + 1)], 'danh-sach.xlsx');
    act(() => result.current.loadFile(big));
    await settle();
    expect(fake.loads).toHaveLength(0);
    expect(result.current.rejected).toEqual({
      fileName: 'danh-sach.xlsx',
      problems: [expect.stringMatching(/danh-sach\.xlsx.*quá lớn để là một danh sách đơn vị/)],
    });
    expect(result.current).toMatchObject({ reading: null, current: { source: 'builtin' } });
  });

  it('when two files are read at once, only the last one chosen counts', async () => {
    const { fake, result } = setup();
    act(() => result.current.loadFile(csv('cu.csv', GOOD_CSV)));
    act(() => result.current.loadFile(csv('moi.csv', BAD_CSV)));
    expect(result.current.reading).toBe('moi.csv');
    await settle();
    await fake.answer(1);
    expect(result.current.rejected?.fileName).toBe('moi.csv');
    // The first file's answer comes late: neither used nor shown.
    await fake.answer(0);
    expect(result.current.current.source).toBe('builtin');
    expect(result.current.rejected?.fileName).toBe('moi.csv');
  });

  it('the first file ending first does not end the “reading” of the second', async () => {
    const { fake, result } = setup();
    act(() => result.current.loadFile(csv('cu.csv', GOOD_CSV)));
    act(() => result.current.loadFile(csv('moi.csv', GOOD_CSV)));
    await fake.answer(0);
    expect(result.current.reading).toBe('moi.csv');
    expect(result.current.current.source).toBe('builtin');
    await fake.answer(1);
    expect(result.current.current).toMatchObject({ source: 'file', fileName: 'moi.csv' });
  });

  it('going back to the sample while a file is read drops that file', async () => {
    const { fake, result } = setup();
    act(() => result.current.loadFile(csv('don-vi.csv', GOOD_CSV)));
    act(() => result.current.chooseBuiltIn());
    expect(result.current.reading).toBeNull();
    await fake.answer(0);
    expect(result.current.current.source).toBe('builtin');
  });

  it('switches to the roster stored with the workbook’s consolidation, found after the pane opened', () => {
    const { hook, result } = setup();
    hook.rerender({ found: stored });
    expect(result.current.current).toEqual({
      source: 'stored',
      origin: stored.origin,
      roster: stored.agencies,
    });
    expect(rosterOrigin(result.current.current)).toEqual(stored.origin);
    act(() => result.current.chooseBuiltIn());
    expect(result.current.current.source).toBe('builtin');
    act(() => result.current.chooseStored(stored));
    expect(result.current.current.source).toBe('stored');
  });

  it('keeps the roster the appraiser chose when the stored one is found later', async () => {
    const { fake, hook, result } = setup();
    act(() => result.current.loadFile(csv('don-vi.csv', GOOD_CSV)));
    hook.rerender({ found: stored });
    expect(result.current.current.source).toBe('builtin');
    await fake.answer(0);
    expect(result.current.current).toMatchObject({ source: 'file', fileName: 'don-vi.csv' });
  });

  it('tells the user, naming the file, when it cannot be read at all', async () => {
    const { fake, result } = setup();
    act(() => result.current.loadFile(csv('don-vi.csv', GOOD_CSV)));
    await settle();
    fake.loads[0]!.answer.reject(new Error('Tệp đã bị xóa.'));
    await settle();
    expect(messages.shown).toEqual([
      expect.objectContaining({
        intent: 'error',
        title: 'Không đọc được tệp danh sách đơn vị “don-vi.csv”',
        text: 'Tệp đã bị xóa.',
      }),
    ]);
    expect(result.current).toMatchObject({ reading: null, rejected: null, current: { source: 'builtin' } });
  });

  it('says nothing of a failed file the appraiser had already replaced', async () => {
    const { fake, result } = setup();
    act(() => result.current.loadFile(csv('cu.csv', GOOD_CSV)));
    act(() => result.current.loadFile(csv('moi.csv', GOOD_CSV)));
    await settle();
    fake.loads[0]!.answer.reject(new Error('Tệp đã bị xóa.'));
    await settle();
    expect(messages.shown).toEqual([]);
    expect(result.current.reading).toBe('moi.csv');
  });
});
