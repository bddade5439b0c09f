/**
 * The pane's rasteriser of the report's charts: the browser draws the SVG on a canvas with its own
 * fonts (Times New Roman where Office runs), so no font or WebAssembly is downloaded.
 */
import type { SvgToPng } from '../../docx/charts';

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('Không vẽ được biểu đồ.'));
    img.src = url;
  });
}

export const canvasPng: SvgToPng = async (svg, scale) => {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(img.naturalWidth * scale);
    canvas.height = Math.round(img.naturalHeight * scale);
    const g = canvas.getContext('2d');
    if (!g) throw new Error('Trình duyệt không cho vẽ biểu đồ.');
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, canvas.width, canvas.height);
    g.drawImage(img, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('Trình duyệt không cho vẽ biểu đồ.');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
};
