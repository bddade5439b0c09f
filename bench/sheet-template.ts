/**
 * A worksheet's XML cut at chosen cells, so thousands of filled variants are produced by string
 * concatenation instead of re-rendering the workbook with ExcelJS each time.
 */

export interface TemplateCell {
  /** Style attribute value of the original cell, kept on the filled one. */
  style: string | undefined;
  /** The original `<f>…</f>` element when the cell holds a formula. */
  formulaXml: string | undefined;
}

export class SheetTemplate {
  private readonly pieces: string[] = [];
  private readonly slots: string[] = [];
  readonly cells = new Map<string, TemplateCell>();

  constructor(xml: string, addresses: readonly string[]) {
    const found: { address: string; start: number; end: number }[] = [];
    for (const address of addresses) {
      const m = new RegExp(`<c r="${address}"(?=[ />])[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
      if (!m) throw new Error(`cell ${address} not found in the base sheet`);
      const element = m[0];
      this.cells.set(address, {
        style: /\ss="(\d+)"/.exec(element)?.[1],
        formulaXml: /<f[\s>][\s\S]*?<\/f>|<f\/>/.exec(element)?.[0],
      });
      found.push({ address, start: m.index, end: m.index + element.length });
    }
    found.sort((a, b) => a.start - b.start);
    let at = 0;
    for (const f of found) {
      this.pieces.push(xml.slice(at, f.start));
      this.slots.push(f.address);
      at = f.end;
    }
    this.pieces.push(xml.slice(at));
  }

  /** The sheet with each cut cell replaced by the given XML (the original when absent). */
  render(replacements: ReadonlyMap<string, string>): string {
    let out = this.pieces[0] ?? '';
    this.slots.forEach((address, i) => {
      out += (replacements.get(address) ?? '') + (this.pieces[i + 1] ?? '');
    });
    return out;
  }
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
