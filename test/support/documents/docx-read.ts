/** Reads a .docx back as a person sees it: paragraphs' text and every table's cells, in order. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export interface DocxContent {
  xml: string;
  styles: string;
  tables: string[][][];
  text: string;
  /** Pictures in document order: alt-text title, the text of their SVG, their PNG fallback's bytes. */
  images: { title: string; svgText: string[]; png: Uint8Array; widthEmu: number }[];
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Text of an XML fragment: w:t runs joined, paragraphs separated by a newline. */
function textOf(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1] ?? '')).join(''))
    .filter((p, i, all) => p !== '' || i < all.length - 1)
    .join('\n')
    .trim();
}

export function readDocx(file: string): DocxContent {
  const zip = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
  const styles = strFromU8(zip['word/styles.xml'] ?? new Uint8Array());
  // Tables of the documents are not nested (the header and closing blocks are tables of their own).
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) => textOf(c[1] ?? '')),
    ),
  );
  const rels = strFromU8(zip['word/_rels/document.xml.rels'] ?? new Uint8Array());
  const part = (id: string) => {
    const target =
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] ??
      '';
    return zip[`word/${target.replace(/^\//, '').replace(/^word\//, '')}`] ?? new Uint8Array();
  };
  // Pictures: an SVG (asvg:svgBlip) with its PNG fallback (a:blip), titled by their alt text.
  const images = [...xml.matchAll(/<w:drawing>([\s\S]*?)<\/w:drawing>/g)].map((m) => {
    const d = m[1] ?? '';
    const svg = strFromU8(part(/<asvg:svgBlip [^>]*r:embed="([^"]+)"/.exec(d)?.[1] ?? ''));
    return {
      title: decode(/<wp:docPr [^>]*title="([^"]*)"/.exec(d)?.[1] ?? ''),
      svgText: [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((t) => decode(t[1] ?? '')),
      png: part(/<a:blip [^>]*r:embed="([^"]+)"/.exec(d)?.[1] ?? ''),
      widthEmu: Number(/<wp:extent cx="(\d+)"/.exec(d)?.[1]),
    };
  });
  return { xml, styles, tables, text: textOf(xml), images };
}
