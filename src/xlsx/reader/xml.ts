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

const DECLARATION = /^\s*<\?xml\s[^?]*\?>/;

function declaredEncoding(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 100)));
  const m = /^\s*<\?xml\s[^?]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a part and drops its XML declaration (saxes is slow on it, and the encoding it names is
 * applied here): UTF-8 by default, UTF-16 by byte-order mark, or a declared legacy encoding.
 */
export function decodeXml(bytes: Uint8Array): string {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes);
  else {
    const encoding = declaredEncoding(bytes);
    let decoder = utf8;
    if (encoding !== null && encoding !== 'utf-8' && encoding !== 'utf8') {
      try {
        decoder = new TextDecoder(encoding);
      } catch {
        // An encoding the platform does not know: read as UTF-8, which ASCII markup survives.
      }
    }
    text = decoder.decode(bytes);
  }
  const declaration = DECLARATION.exec(text);
  return declaration ? text.slice(declaration[0].length) : text;
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
