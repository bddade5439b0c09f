/**
 * The report's charts as images: an SVG drawn by ECharts whose text is the figures a reader sees
 * (Vietnamese labels, decimal comma), and its PNG fallback drawn by resvg at print size, with text.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { svgToPng } from '../../src/cli/chart-png';
import { buildDocumentModel } from '../../src/core/documents/model';
import { defaultSettings } from '../../src/core/documents/settings';
import { sampleRoster } from '../../src/core/roster/roster';
import { defaultTemplate } from '../../src/core/template/load';
import { chartImages } from '../../src/docx/charts';
import { ATTAINMENT_TITLE, BANDS_TITLE, CHART_SIZE } from '../../src/docx/chart-svg';
import { buildState, regime } from '../support/documents/consolidations';
import { decodePng } from '../support/documents/png';

const artifacts = path.resolve(__dirname, '../../test-artifacts/documents');
const svgText = (svg: string) =>
  [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));

describe('report charts', () => {
  const built = buildState(2026, 3);
  const model = buildDocumentModel({
    state: built.state,
    template: defaultTemplate(2026, regime),
    regime,
    roster: sampleRoster,
    previous: null,
    commendation: defaultSettings(regime).commendation,
  });
  let images: Awaited<ReturnType<typeof chartImages>>;
  beforeAll(async () => {
    images = await chartImages(model, svgToPng);
  });

  test('two charts per ranked group whose SVG text shows the band counts and attainment with the decimal comma', () => {
    expect([...images.keys()]).toEqual(built.tables.map((t) => t.groupId));
    for (const t of built.tables) {
      const [bands, attainment] = images.get(t.groupId) ?? [];
      expect(svgText(bands?.svg ?? '')).toEqual(
        expect.arrayContaining([
          BANDS_TITLE,
          'Tốt',
          'Khá',
          'Trung bình',
          'Yếu',
          ...['Tốt', 'Khá', 'Trung bình', 'Yếu'].map((b) =>
            String(t.rows.filter((r) => r.rating === b).length),
          ),
        ]),
      );
      const shown = t.criteria.map((c, k) => {
        const sum = t.rows.reduce((a, r) => a + (r.criteriaHundredths[k] ?? 0), 0);
        const h = Math.round((sum * 10000) / (t.rows.length * c.capHundredths));
        return `${(h / 100).toFixed(2).replace('.', ',')} %`;
      });
      expect(svgText(attainment?.svg ?? '')).toEqual(
        expect.arrayContaining([ATTAINMENT_TITLE, ...t.criteria.map((c) => `TC ${c.number}`), ...shown]),
      );
    }
  });

  test('the PNG fallback is the chart at three times its size, with dark text on white', () => {
    mkdirSync(artifacts, { recursive: true });
    for (const [groupId, charts] of images)
      charts.forEach((c, i) => {
        writeFileSync(path.join(artifacts, `bieu-do-${groupId}-${i + 1}.png`), c.png);
        const png = decodePng(c.png);
        expect([png.width, png.height]).toEqual([CHART_SIZE.width * 3, CHART_SIZE.height * 3]);
        // The title band (top 30 px of the chart): white background, some dark glyph pixels.
        let dark = 0;
        for (let y = 0; y < 90; y++)
          for (let x = 0; x < png.width; x++) {
            const [r, g, b] = png.pixel(x, y);
            if (r + g + b < 200) dark++;
          }
        expect(png.pixel(2, 2).slice(0, 3)).toEqual([255, 255, 255]);
        expect(dark).toBeGreaterThan(500);
      });
  });
});
