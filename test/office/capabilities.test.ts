/** What an older Excel is told: each notice names who meets it and what they can do instead. */
import { detectCapabilities } from '../../src/office/capabilities';

function withExcelApi(highest: number): string[] {
  const g = globalThis as { Office?: unknown };
  const saved = g.Office;
  g.Office = {
    context: {
      requirements: {
        isSetSupported: (name: string, v = '1.1') =>
          name === 'ExcelApi' && Number(v.split('.')[1]) <= highest,
      },
    },
  };
  try {
    return detectCapabilities().missing;
  } finally {
    g.Office = saved;
  }
}

describe('notices for an older Excel', () => {
  it('on ExcelApi 1.7 tells agency staff to fill and send the standalone form, and appraisers where to consolidate', () => {
    const missing = withExcelApi(7);
    const agency = missing.find((t) => t.startsWith('Cơ quan, đơn vị điền phiếu:'));
    expect(agency).toContain('cần ExcelApi 1.8: Microsoft 365, Excel trên web hoặc Excel 2021 trở lên');
    expect(agency).toContain('tệp phiếu độc lập (.xlsx) do Sở gửi');
    expect(agency).toContain('gửi tệp đó cho Sở');
    const appraisers = missing.find((t) => t.startsWith('Sở tổng hợp, thẩm định:'));
    expect(appraisers).toContain('cần ExcelApi 1.8');
    expect(appraisers).toContain('“tong-hop.html”');
    expect(appraisers).toContain('“xep-hang-cntt consolidate”');
    expect(missing.join(' ')).not.toContain('Kiểm tra lại');
  });

  it('on ExcelApi 1.4 to 1.6 still points to “Kiểm tra lại”, which is there', () => {
    expect(withExcelApi(6).some((t) => t.includes('Bấm “Kiểm tra lại”'))).toBe(true);
  });

  it('without reading never tells the user to press “Kiểm tra lại”, and offers the standalone form', () => {
    const missing = withExcelApi(3);
    expect(missing.join(' ')).not.toContain('Kiểm tra lại');
    const read = missing.find((t) => t.includes('không đọc được phiếu'));
    expect(read).toContain('cần ExcelApi 1.4');
    expect(read).toContain('tệp phiếu độc lập tự tính tổng điểm và xếp loại');
  });

  it('says nothing on a current Excel', () => {
    expect(withExcelApi(17)).toEqual([]);
  });
});

describe('downloads from the pane', () => {
  function onPlatform(platform: string | undefined): boolean {
    const g = globalThis as { Office?: unknown };
    const saved = g.Office;
    g.Office = { context: { platform, requirements: { isSetSupported: () => true } } };
    try {
      return detectCapabilities().canDownload;
    } finally {
      g.Office = saved;
    }
  }

  it('are offered in Excel on the web and on Windows, not on Mac and iPad whose webview drops them', () => {
    expect(['OfficeOnline', 'PC', undefined].map(onPlatform)).toEqual([true, true, true]);
    expect(['Mac', 'iOS'].map(onPlatform)).toEqual([false, false]);
  });
});
