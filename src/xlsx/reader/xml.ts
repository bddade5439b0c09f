/**
 * Thin layer over saxes: decodes a part's bytes, parses it with element and attribute names
 * reduced to their local part (writers differ in prefixes: `x:sheet`, `r:id`), and turns any
 * XML error into a refusal naming the part.
 */
import { SaxesParser } from 'saxes';
import { FileReadError, refuse } from './read-error';

export type Attributes = Record<string, string>;

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

const utf8 = new TextDecoder('utf-8');

/** UTF-8 by default (BOM dropped); UTF-16 when the part starts with its byte-order mark. */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by local name, whatever prefix the writer gave it. */
export function attr(attributes: Attributes, name: string): string | undefined {
  const direct = attributes[name];
  if (direct !== undefined) return direct;
  const suffix = `:${name}`;
  for (const key in attributes) if (key.endsWith(suffix)) return attributes[key];
  return undefined;
}

export function parseXml(text: string, partName: string, handlers: XmlHandlers): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => handlers.open(localName(tag.name), tag.attributes as Attributes));
  const onText = handlers.text;
  if (onText) {
    parser.on('text', onText);
    parser.on('cdata', onText);
  }
  const onClose = handlers.close;
  if (onClose) parser.on('closetag', (tag) => onClose(localName(tag.name)));
  try {
    parser.write(text).close();
  } catch (e) {
    if (e instanceof FileReadError) throw e;
    refuse('corrupt', `phần "${partName}" của tệp không phải XML hợp lệ.`);
  }
}
