/** Reads a .docx back as a person sees it: paragraphs' text and every table's cells, in order. */
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';

export interface DocxContent {
  xml: string;
  styles: string;
  tables: string[][][];
  text: string;
  /** Native charts, in document order: title and the values of their first series. */
  charts: { title: string; values: number[]; labels: string[] }[];
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
  const charts = [...xml.matchAll(/<c:chart [^>]*r:id="([^"]+)"/g)].map((m) => {
    const target =
      new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
      new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels)?.[1] ??
      '';
    const chart = strFromU8(
      zip[`word/${target.replace(/^\//, '').replace(/^word\//, '')}`] ?? new Uint8Array(),
    );
    const title = [
      ...(/<c:title>([\s\S]*?)<\/c:title>/.exec(chart)?.[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g),
    ]
      .map((t) => decode(t[1] ?? ''))
      .join('');
    const val = /<c:val>([\s\S]*?)<\/c:val>/.exec(chart)?.[1] ?? '';
    const values = [...val.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((v) => Number(v[1]));
    const labels = [
      ...(/<c:dLbls>([\s\S]*?)<\/c:dLbls>/.exec(chart)?.[1] ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g),
    ].map((t) => decode(t[1] ?? ''));
    return { title, values, labels };
  });
  return { xml, styles, tables, text: textOf(xml), charts };
}
