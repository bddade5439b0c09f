/**
 * The report's two charts per group drawn as SVG by Apache ECharts' server-side renderer (no
 * canvas, no DOM: the same code runs in the CLI and in the pane). Labels come from the core's
 * formatter, so they carry the Vietnamese decimal comma whatever the reader's locale.
 */
import * as echarts from 'echarts';
import type { GroupSummary } from '../core/documents/model';
import { percent2 } from '../core/documents/format';
import { FONT } from './official';

export interface ChartSvg {
  title: string;
  svg: string;
  /** Size in CSS pixels (96 to the inch), as the document shows it. */
  width: number;
  height: number;
}

export const CHART_SIZE = { width: 300, height: 240 };
// Liberation Serif is Times New Roman's metric twin: the PNG fallback and LibreOffice use it.
const FONT_FAMILY = `${FONT}, Liberation Serif, serif`;

/**
 * Text widths estimated from Times New Roman's proportions instead of measured: a browser measures
 * with its canvas and Node cannot, so without this the pane's SVG and the CLI's would differ. Only
 * the layout (label spacing) depends on it; the text itself is drawn by the reader's font.
 */
function measureText(text: string, font?: string): { width: number } {
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font ?? '')?.[1] ?? 12);
  let em = 0;
  for (const ch of text.normalize('NFD').replace(/\p{M}/gu, '')) {
    if (/[\s.,:;'|!ijlft()[\]-]/.test(ch)) em += 0.3;
    else if (ch === '%') em += 0.83;
    else if (/[A-ZĐmw]/.test(ch)) em += 0.7;
    else em += 0.5;
  }
  return { width: em * size };
}
echarts.setPlatformAPI({ measureText });

/** ZRender names classes and ids after a per-process counter: renumbered so the same figures give the same file. */
function stableIds(svg: string): string {
  const ids = new Map<string, string>();
  return svg.replace(/zr\d+-([A-Za-z]+)-?(\d*)/g, (m: string, kind: string) => {
    let id = ids.get(m);
    if (id === undefined) {
      id = `c-${kind}-${ids.size}`;
      ids.set(m, id);
    }
    return id;
  });
}

function draw(title: string, option: echarts.EChartsOption): ChartSvg {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...CHART_SIZE });
  chart.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: '#000000' },
    title: { text: title, left: 'center', top: 4, textStyle: { fontFamily: FONT_FAMILY, fontSize: 13 } },
    ...option,
  });
  const svg = stableIds(chart.renderToSVGString());
  chart.dispose();
  return { title, svg, ...CHART_SIZE };
}

export const BANDS_TITLE = 'Số đơn vị theo xếp loại';
export const ATTAINMENT_TITLE = 'Tỷ lệ đạt từng tiêu chí (%)';

/** Agencies per rating band (columns) and each criterion's average attainment (bars, 0–100 %). */
export function groupChartSvgs(g: GroupSummary): ChartSvg[] {
  const bands = draw(BANDS_TITLE, {
    grid: { left: 36, right: 12, top: 52, bottom: 28 },
    xAxis: { type: 'category', data: g.bandCounts.map((b) => b.label), axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        type: 'bar',
        data: g.bandCounts.map((b) => b.count),
        itemStyle: { color: '#4472C4' },
        label: { show: true, position: 'top', fontSize: 12 },
      },
    ],
  });
  const labels = g.criteria.map((c) => percent2(c.attainmentHundredths ?? 0));
  const attainment = draw(ATTAINMENT_TITLE, {
    grid: { left: 44, right: 58, top: 40, bottom: 24 },
    yAxis: { type: 'category', inverse: true, data: g.criteria.map((c) => `TC ${c.number}`) },
    xAxis: { type: 'value', min: 0, max: 100, interval: 25 },
    series: [
      {
        type: 'bar',
        data: g.criteria.map((c) => (c.attainmentHundredths ?? 0) / 100),
        itemStyle: { color: '#ED7D31' },
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: (p: { dataIndex: number }) => labels[p.dataIndex] ?? '',
        },
      },
    ],
  });
  return [bands, attainment];
}
