/**
 * Decoding of a part's bytes, and callback-style parsing over the scanner with element names
 * reduced to their local part (writers differ in prefixes: `x:sheet`, `r:id`); any XML error
 * becomes a refusal naming the part.
 */
import { XML_END, XML_OPEN, XML_TEXT, XmlScanner } from './xml-scanner';

/** The attributes of the element just opened, read on demand (most elements' are never read). */
export interface Attributes {
  /** By local name whatever its prefix (`r:id`), the unprefixed one first; references resolved. */
  attrLocal(name: string): string | undefined;
}

export interface XmlHandlers {
  open(name: string, attributes: Attributes): void;
  text?(text: string): void;
  close?(name: string): void;
}

const utf8 = new TextDecoder('utf-8');

const latin1 = new TextDecoder('latin1');

function declaredEncoding(bytes: Uint8Array): string | null {
  // A declaration ends at the part's first `>` (none may stand inside it), however much space it holds.
  const head = latin1.decode(bytes.subarray(0, bytes.indexOf(0x3e) + 1));
  const m = /^\s*<\?xml\s[^?]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head);
  return m?.[1]?.toLowerCase() ?? null;
}

/**
 * Decodes a part, in the encoding its XML declaration names: UTF-8 by
 * default, UTF-16 by byte-order mark, or a declared legacy encoding.
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
  // The declaration stays: the scanner skips it, and slicing it off would leave a sliced string, slower to scan.
  return text;
}

/** An attribute by local name, whatever prefix the writer gave it. */
export function attr(attributes: Attributes, name: string): string | undefined {
  return attributes.attrLocal(name);
}

/** Callback-style parsing for the small parts (workbook, relationships, content types, properties). */
export function parseXml(text: string, partName: string, handlers: XmlHandlers): void {
  const xml = new XmlScanner(text, partName);
  for (let token = xml.next(); token !== XML_END; token = xml.next()) {
    if (token === XML_OPEN) handlers.open(xml.name, xml);
    else if (token === XML_TEXT) handlers.text?.(xml.text());
    else handlers.close?.(xml.name);
  }
}
