/** @jest-environment jsdom */
import { act, renderHook } from '@testing-library/react';
import { builtInRegime } from '../../../src/core/regime/load';
import defaultTemplateV1Json from '../../../src/core/template/default-template-v1.json';
import { builtInTemplates, parseTemplate } from '../../../src/core/template/load';
import type { PublishedEntry } from '../../../src/taskpane/survey/published-catalog';
import { useTemplateChoice, type PublishedSource } from '../../../src/taskpane/survey/use-template-choice';
import { deferred, settle, watchMessagesInEachTest, type Deferred } from '../../support/taskpane/hook-kit';

type Answer = Awaited<ReturnType<PublishedSource['fetch']>>;

const services: Parameters<typeof useTemplateChoice>[0] = { builtInTemplates, parseTemplate, builtInRegime };
const BASE = 'https://addin.example.vn/taskpane/';

/** A template the Sở issued (the built-in version 1 JSON, re-identified). */
const issued = (version: number): unknown => ({
  ...defaultTemplateV1Json,
  id: 'thanh-hoa-cntt-2027',
  year: 2027,
  version,
});
const entry = (version: number): PublishedEntry => ({
  id: 'thanh-hoa-cntt-2027',
  year: 2027,
  version,
  groups: ['so', 'huyen'],
  file: `mau-2027-v${version}.json`,
});
const ok = (json: unknown): Answer => ({ ok: true, status: 200, json: () => Promise.resolve(json) });
const status = (code: number): Answer => ({
  ok: false,
  status: code,
  json: () => Promise.reject(new Error()),
});

/** The web server beside the pane: every request waits until the test answers it. */
function fakeServer() {
  const requests: { url: string; answer: Deferred<Answer> }[] = [];
  const source: PublishedSource = {
    base: BASE,
    fetch: (url) => {
      const answer = deferred<Answer>();
      requests.push({ url, answer });
      return answer.promise;
    },
  };
  const request = (file: string) => {
    const found = requests.find((r) => r.url === new URL(file, BASE).href);
    if (!found) throw new Error(`no request for ${file}: ${requests.map((r) => r.url).join(', ')}`);
    return found.answer;
  };
  return { source, requests, request };
}

const jsonFile = (name: string, text: string): File => new File([text], name, { type: 'application/json' });

const messages = watchMessagesInEachTest();
beforeEach(() => {
  // Only the clock is fixed (mid-October 2026, when templates are issued); timers stay real.
  jest.useFakeTimers({
    now: new Date('2026-10-15T03:00:00Z'),
    doNotFake: [
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'setImmediate',
      'clearImmediate',
      'nextTick',
      'queueMicrotask',
      'hrtime',
      'performance',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
    ],
  });
});
afterEach(() => {
  jest.useRealTimers();
});

describe('useTemplateChoice', () => {
  it('starts on the newest built-in template of this year, offering the years around it', () => {
    const { result } = renderHook(() => useTemplateChoice(services));
    expect(result.current).toMatchObject({
      source: 'builtin',
      year: 2026,
      years: [2025, 2026, 2027],
      builtinVersions: [2, 1],
      builtinVersion: 2,
      catalog: null,
    });
    expect(result.current.effective).toMatchObject({ year: 2026, version: 2 });
  });

  it('changes the year and the built-in version; a year from the workbook joins the list', () => {
    const { result } = renderHook(() => useTemplateChoice(services));
    act(() => result.current.setBuiltinVersion(1));
    expect(result.current.effective).toMatchObject({ year: 2026, version: 1 });
    act(() => result.current.setYear(2019));
    expect(result.current.years).toEqual([2019, 2025, 2026, 2027]);
    expect(result.current.effective).toMatchObject({ year: 2019, version: 1 });
    act(() => result.current.setBuiltinVersion(null));
    expect(result.current.effective?.version).toBe(2);
  });

  it('uses a template file once it is read and valid; nothing while it is read', async () => {
    const { result } = renderHook(() => useTemplateChoice(services));
    act(() => result.current.setSource('file'));
    expect(result.current.effective).toBeNull();
    act(() => result.current.loadFile(jsonFile('mau-2027.json', JSON.stringify(issued(3)))));
    expect(result.current.fileName).toBe('mau-2027.json');
    expect(result.current.effective).toBeNull();
    await settle();
    expect(result.current.fileProblems).toEqual([]);
    expect(result.current.effective).toMatchObject({ id: 'thanh-hoa-cntt-2027', year: 2027, version: 3 });
    // The built-in choice is still there to go back to.
    act(() => result.current.setSource('builtin'));
    expect(result.current.effective).toMatchObject({ year: 2026, version: 2 });
  });

  it('lists every problem of a bad template file, in Vietnamese, naming the file', async () => {
    const { result } = renderHook(() => useTemplateChoice(services));
    act(() => result.current.setSource('file'));
    act(() => result.current.loadFile(jsonFile('mau-hong.json', '{ "id": ')));
    await settle();
    expect(result.current.effective).toBeNull();
    expect(result.current.fileProblems).toEqual([
      expect.objectContaining({
        code: 'template-file-not-json',
        message: expect.stringContaining('mau-hong.json'),
      }),
    ]);

    act(() => result.current.loadFile(jsonFile('mau-2027.json', JSON.stringify(issued(3)))));
    expect(result.current.fileProblems).toEqual([]);
    await settle();
    expect(result.current.effective?.version).toBe(3);
  });

  it('a template file read after a newer one was chosen is not used', async () => {
    const { result } = renderHook(() => useTemplateChoice(services));
    act(() => result.current.setSource('file'));
    const slow = deferred<string>();
    const first = jsonFile('mau-cu.json', '');
    first.text = () => slow.promise;
    act(() => result.current.loadFile(first));
    act(() => result.current.loadFile(jsonFile('mau-moi.json', JSON.stringify(issued(4)))));
    await settle();
    expect(result.current.effective?.version).toBe(4);
    slow.resolve(JSON.stringify(issued(3)));
    await settle();
    expect(result.current).toMatchObject({ fileName: 'mau-moi.json', effective: { version: 4 } });
  });

  it('defaults to the newest template the Sở published, once listed', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useTemplateChoice(services, server.source));
    expect(result.current.catalog).toBeNull();
    server.request('templates/index.json').resolve(ok([entry(1), entry(2)]));
    await settle();
    expect(result.current.catalog).toEqual({ kind: 'list', entries: [entry(2), entry(1)] });
    expect(result.current).toMatchObject({ source: 'published', publishedEntry: entry(2), effective: null });

    server.request('templates/mau-2027-v2.json').resolve(ok(issued(2)));
    await settle();
    expect(result.current.effective).toMatchObject({ id: 'thanh-hoa-cntt-2027', version: 2 });
  });

  it('keeps the source the user chose before the list arrived', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useTemplateChoice(services, server.source));
    act(() => result.current.setSource('file'));
    server.request('templates/index.json').resolve(ok([entry(1)]));
    await settle();
    expect(result.current.source).toBe('file');
    expect(result.current.catalog?.kind).toBe('list');
    expect(server.requests).toHaveLength(1);
  });

  it('stays on the built-in templates when nothing is published or the list cannot be fetched', async () => {
    for (const [answer, kind] of [
      [status(404), 'none'],
      [status(500), 'failed'],
    ] as const) {
      const server = fakeServer();
      const { result } = renderHook(() => useTemplateChoice(services, server.source));
      server.request('templates/index.json').resolve(answer);
      await settle();
      expect(result.current.catalog?.kind).toBe(kind);
      expect(result.current.source).toBe('builtin');
      expect(result.current.effective).toMatchObject({ year: 2026 });
    }
  });

  it('checks a published template like a file, and says so when it cannot be fetched', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useTemplateChoice(services, server.source));
    server.request('templates/index.json').resolve(ok([entry(1), entry(2)]));
    await settle();
    server.request('templates/mau-2027-v2.json').resolve(ok({ id: 'thanh-hoa-cntt-2027' }));
    await settle();
    expect(result.current.effective).toBeNull();
    expect(result.current.publishedProblems.length).toBeGreaterThan(0);

    act(() => result.current.choosePublished(entry(1)));
    expect(result.current.publishedProblems).toEqual([]);
    server.request('templates/mau-2027-v1.json').resolve(status(503));
    await settle();
    expect(messages.shown).toEqual([
      expect.objectContaining({
        title: 'Không tải được mẫu phiếu năm 2027',
        text: 'Không tải được mẫu phiếu “mau-2027-v1.json” (máy chủ trả lời 503).',
      }),
    ]);
    expect(result.current.effective).toBeNull();
  });

  it('a published template arriving after another was chosen is not used', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useTemplateChoice(services, server.source));
    server.request('templates/index.json').resolve(ok([entry(1), entry(2)]));
    await settle();
    // The newest is being fetched; the user picks version 1, which arrives first.
    act(() => result.current.choosePublished(entry(1)));
    server.request('templates/mau-2027-v1.json').resolve(ok(issued(1)));
    await settle();
    expect(result.current.effective?.version).toBe(1);
    server.request('templates/mau-2027-v2.json').resolve(ok(issued(2)));
    await settle();
    expect(result.current).toMatchObject({ publishedEntry: entry(1), effective: { version: 1 } });
  });

  it('does not apply a list arriving after the section closed', async () => {
    const server = fakeServer();
    const { result, unmount } = renderHook(() => useTemplateChoice(services, server.source));
    unmount();
    server.request('templates/index.json').resolve(ok([entry(1)]));
    await settle();
    expect(server.requests).toHaveLength(1);
    expect(result.current.catalog).toBeNull();
  });
});
