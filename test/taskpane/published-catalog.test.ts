/** The list of templates published beside the add-in: newest first, and every failure a fallback with a reason. */
import {
  catalogNote,
  entryLabel,
  loadPublishedCatalog,
  parseIndex,
  type PublishedEntry,
} from '../../src/taskpane/survey/published-catalog';

const entry = (year: number, version: number, file = `mau-${year}-v${version}.json`): PublishedEntry => ({
  id: `thanh-hoa-cntt-${year}`,
  year,
  version,
  groups: ['so', 'huyen'],
  file,
});
const answer = (status: number, body: unknown) => () =>
  Promise.resolve({ ok: status < 400, status, json: () => Promise.resolve(body) });
const BASE = 'https://cntt.thanhhoa.gov.vn/xep-hang/taskpane.html';

describe('the published list', () => {
  it('is read relative to the pane page and sorted newest year, then highest version first', async () => {
    const asked: string[] = [];
    const index = [entry(2026, 2), entry(2027, 1), entry(2026, 3)];
    const c = await loadPublishedCatalog((url) => {
      asked.push(url);
      return answer(200, index)();
    }, BASE);
    expect(asked).toEqual(['https://cntt.thanhhoa.gov.vn/xep-hang/templates/index.json']);
    expect(c.kind === 'list' && c.entries.map((e) => [e.year, e.version])).toEqual([
      [2027, 1],
      [2026, 3],
      [2026, 2],
    ]);
    if (c.kind === 'list')
      expect(c.entries.map((e) => entryLabel(e, c.entries))).toEqual([
        'Năm 2027 – phiên bản 1 (mới nhất)',
        'Năm 2026 – phiên bản 3 (mới nhất)',
        'Năm 2026 – phiên bản 2',
      ]);
  });

  it.each([
    ['nothing published (an empty index)', answer(200, []), 'none', /chưa công bố/],
    ['no index on the server', answer(404, null), 'none', /chưa công bố/],
    ['a server error', answer(500, null), 'failed', /máy chủ trả lời 500.*mẫu có sẵn/],
    ['an index of the wrong shape', answer(200, [{ id: 'x' }]), 'failed', /không đúng định dạng/],
    [
      'a file name leaving the folder',
      answer(200, [entry(2027, 1, '../x.json')]),
      'failed',
      /không đúng định dạng/,
    ],
    ['no network', () => Promise.reject(new TypeError('Failed to fetch')), 'failed', /không kết nối được/],
  ])('falls back to the built-in templates on %s, saying why', async (_, fetchFn, kind, note) => {
    const c = await loadPublishedCatalog(fetchFn, BASE);
    expect(c.kind).toBe(kind);
    expect(catalogNote(c)).toMatch(note);
  });

  it('refuses anything but a list of entries', () => {
    expect(parseIndex({ templates: [] })).toBeNull();
    expect(parseIndex([{ ...entry(2027, 1), version: 1.5 }])).toBeNull();
    expect(parseIndex([])).toEqual([]);
  });
});
