/**
 * The CLI's rasteriser of the report's charts: resvg (WebAssembly from npm, no native binary to
 * fetch) with the first Times-compatible font of this computer, so Vietnamese labels are drawn.
 */
import { existsSync, readFileSync } from 'node:fs';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import type { SvgToPng } from '../docx/charts';

// Times New Roman (Windows, macOS) or its metric twin Liberation Serif (Linux), then fallbacks
// that still carry Vietnamese letters.
const FONT_FILES = [
  'C:\\Windows\\Fonts\\times.ttf',
  'C:\\Windows\\Fonts\\timesbd.ttf',
  '/Library/Fonts/Times New Roman.ttf',
  '/System/Library/Fonts/Supplemental/Times New Roman.ttf',
  '/System/Library/Fonts/Supplemental/Times New Roman Bold.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf',
  '/usr/share/fonts/liberation-serif/LiberationSerif-Regular.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
];

let ready: Promise<Uint8Array[]> | null = null;

function prepare(): Promise<Uint8Array[]> {
  ready ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm'))).then(() =>
    FONT_FILES.filter((f) => existsSync(f)).map((f) => new Uint8Array(readFileSync(f))),
  );
  return ready;
}

/** Whether a font was found: without one the PNG fallback has no text (Word shows the SVG). */
export async function chartFontsFound(): Promise<boolean> {
  return (await prepare()).length > 0;
}

export const svgToPng: SvgToPng = async (svg, scale) => {
  const fontBuffers = await prepare();
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    background: '#ffffff',
    font: { fontBuffers, defaultFontFamily: 'Liberation Serif', serifFamily: 'Liberation Serif' },
  });
  const image = resvg.render();
  const png = image.asPng();
  image.free();
  resvg.free();
  return png;
};
