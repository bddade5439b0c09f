/**
 * A pull scanner over a part's decoded text. saxes checks and hands over every character one by
 * one and was most of the reader's time; this finds markup with `indexOf` and decodes only the
 * text and attributes the caller asks for, while still refusing any text that is not well-formed
 * XML: unbalanced or mismatched tags, broken attributes, unknown or invalid references, disallowed
 * characters, `]]>` in text, text outside the root. No namespace processing: callers see local names.
 */
import { refuse } from './read-error';

export const XML_END = 0;
export const XML_OPEN = 1;
export const XML_CLOSE = 2;
export const XML_TEXT = 3;
export type XmlToken = typeof XML_END | typeof XML_OPEN | typeof XML_CLOSE | typeof XML_TEXT;

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const COLON = 58;
const BANG = 33;
const QUESTION = 63;
const SEMICOLON = 59;

/** Characters XML 1.0 does not allow anywhere (TextDecoder never yields lone surrogates). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const DISALLOWED_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** XML names, a little more lenient than the standard outside Latin-1 (any character from U+00C0 on). */
const NAME = '[A-Za-z_:\\u00C0-\\uFFFF][-.0-9A-Za-z_:\\u00B7\\u00C0-\\uFFFF]*';
const SPACE = '[ \\t\\r\\n]';
/**
 * A whole start tag, checked in one native regex step (much faster than character by character in
 * JavaScript). Values hold no `<` and stop at their quote, so a match never runs past the next `<`
 * and backtracks at most linearly. Attribute values are decoded only when asked for.
 */
const START_TAG = new RegExp(
  `<${NAME}(?:${SPACE}+${NAME}${SPACE}*=${SPACE}*(?:"[^"<]*"|'[^'<]*'))*${SPACE}*/?>`,
  'y',
);

/** The XML declaration, read as loosely as the reader always has (its encoding was applied when decoding). */
const XML_DECLARATION = /<\?xml\s[^?]*\?>/y;
const PROCESSING_INSTRUCTION = new RegExp(`<\\?(${NAME})(?:${SPACE}[^]*?)?\\?>`, 'y');

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13;
}

function isXmlChar(cp: number): boolean {
  return (
    cp === 9 ||
    cp === 10 ||
    cp === 13 ||
    (cp >= 0x20 && cp <= 0xd7ff) ||
    (cp >= 0xe000 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

/** The next occurrence of a string at or after a position, remembered so a run is not searched twice. */
class NextOccurrence {
  private from = 0;
  private at = -1;

  constructor(
    private readonly src: string,
    private readonly needle: string,
  ) {}

  /** Index of the first occurrence at or after `pos`, or the text's length when there is none. */
  after(pos: number): number {
    if (pos < this.from || pos > this.at) {
      const i = this.src.indexOf(this.needle, pos);
      this.at = i < 0 ? this.src.length : i;
      this.from = pos;
    }
    return this.at;
  }
}

export class XmlScanner {
  /** Local name (prefix dropped) of the element just opened or closed. */
  name = '';
  /** Whether the element just opened was written `<x/>`; its XML_CLOSE still follows. */
  selfClosing = false;

  private pos = 0;
  private readonly stack: string[] = [];
  private readonly localStack: string[] = [];
  private rootSeen = false;
  private pendingSelfClose = false;
  // The current text token, [textStart, textEnd) of the source; checked when read or skipped.
  private textStart = 0;
  private textEnd = 0;
  private textIsCdata = false;
  private textPending = false;
  // The current element's attributes as source offsets, reused from tag to tag.
  private attrCount = 0;
  private readonly attrNameStart: number[] = [];
  private readonly attrNameEnd: number[] = [];
  private readonly attrValueStart: number[] = [];
  private readonly attrValueEnd: number[] = [];
  private readonly nextLt: NextOccurrence;
  private readonly nextAmp: NextOccurrence;
  private readonly nextCr: NextOccurrence;
  private readonly nextCdataEnd: NextOccurrence;
  /** The character of the reference {@link referenceEnd} last read. */
  private referenced = '';

  constructor(
    private readonly src: string,
    private readonly partName: string,
  ) {
    if (DISALLOWED_CHAR.test(src)) this.fail();
    this.nextLt = new NextOccurrence(src, '<');
    this.nextAmp = new NextOccurrence(src, '&');
    this.nextCr = new NextOccurrence(src, '\r');
    this.nextCdataEnd = new NextOccurrence(src, ']]>');
  }

  fail(): never {
    return refuse('corrupt', { why: 'xml-invalid', part: this.partName });
  }

  next(): XmlToken {
    this.checkPendingText();
    if (this.pendingSelfClose) {
      this.pendingSelfClose = false;
      this.selfClosing = false;
      this.pop();
      return XML_CLOSE;
    }
    const src = this.src;
    for (;;) {
      const start = this.pos;
      if (start >= src.length) return this.finish();
      if (src.charCodeAt(start) !== LT) {
        const lt = this.ltFrom(start);
        this.pos = lt;
        if (this.stack.length === 0) {
          this.onlySpace(start, lt);
          continue;
        }
        return this.textToken(start, lt, false);
      }
      const c = src.charCodeAt(start + 1);
      if (c === SLASH) return this.closeTag(start + 2);
      if (c === BANG) {
        if (src.startsWith('<!--', start)) {
          this.skipComment(start);
          continue;
        }
        if (src.startsWith('<![CDATA[', start)) {
          const end = src.indexOf(']]>', start + 9);
          if (end < 0 || this.stack.length === 0) this.fail();
          this.pos = end + 3;
          return this.textToken(start + 9, end, true);
        }
        if (src.startsWith('<!DOCTYPE', start) && !this.rootSeen) {
          this.skipDoctype(start);
          continue;
        }
        this.fail();
      }
      if (c === QUESTION) {
        this.skipProcessingInstruction(start);
        continue;
      }
      return this.openTag(start);
    }
  }

  /**
   * The match of a sticky `pattern` at the position of the next token, when that is markup inside
   * the root; nothing consumed. Text just passed is checked first, as {@link next} would.
   */
  peek(pattern: RegExp): RegExpExecArray | null {
    this.checkPendingText();
    if (this.pendingSelfClose || this.stack.length === 0) return null;
    pattern.lastIndex = this.pos;
    return pattern.exec(this.src);
  }

  /**
   * Skips to `end` past one whole element named `name` that a {@link peek} pattern matched, which
   * must accept only balanced, well-formed markup with nothing left to check: as if read to its close.
   */
  consumeElement(end: number, name: string): void {
    this.pos = end;
    this.name = name;
    this.selfClosing = false;
    this.attrCount = 0;
  }

  /** The text of the current XML_TEXT token, line ends normalised and references resolved. */
  text(): string {
    this.textPending = false;
    const start = this.textStart;
    const end = this.textEnd;
    if (this.textIsCdata) return this.normaliseLineEnds(this.src.slice(start, end), start, end);
    this.checkNoCdataEnd(start, end);
    return this.decodeRange(start, end);
  }

  /** An attribute of the element just opened, by its name exactly as written (`r`, `t`), references resolved. */
  attr(name: string): string | undefined {
    const i = this.findAttr(name, false);
    return i < 0 ? undefined : this.attrValue(i);
  }

  /** An attribute by local name whatever its prefix (`r:id`), the unprefixed one first. */
  attrLocal(local: string): string | undefined {
    let i = this.findAttr(local, false);
    if (i < 0) i = this.findAttr(local, true);
    return i < 0 ? undefined : this.attrValue(i);
  }

  private findAttr(local: string, prefixed: boolean): number {
    const src = this.src;
    const n = local.length;
    for (let i = 0; i < this.attrCount; i++) {
      const s = this.attrNameStart[i] as number;
      const e = this.attrNameEnd[i] as number;
      const len = e - s;
      if (
        prefixed
          ? len > n && src.charCodeAt(e - n - 1) === COLON && src.startsWith(local, e - n)
          : len === n && src.startsWith(local, s)
      )
        return i;
    }
    return -1;
  }

  private attrValue(i: number): string {
    const start = this.attrValueStart[i] as number;
    const end = this.attrValueEnd[i] as number;
    for (let k = start; k < end; k++) {
      const c = this.src.charCodeAt(k);
      // Attribute-value normalisation: each raw line end, tab or newline becomes one space.
      if (c === 9 || c === 10 || c === 13)
        return this.resolve(this.src.slice(start, end).replace(/\r\n|[\t\n\r]/g, ' '));
    }
    return this.decodeRange(start, end);
  }

  /** Text passed over unread is still checked, once, before moving on. */
  private checkPendingText(): void {
    if (this.textPending) {
      this.textPending = false;
      if (!this.textIsCdata) this.checkCharData(this.textStart, this.textEnd);
    }
  }

  private textToken(start: number, end: number, cdata: boolean): XmlToken {
    this.textStart = start;
    this.textEnd = end;
    this.textIsCdata = cdata;
    this.textPending = true;
    return XML_TEXT;
  }

  private finish(): XmlToken {
    if (this.stack.length > 0 || !this.rootSeen) this.fail();
    return XML_END;
  }

  private ltFrom(at: number): number {
    return this.nextLt.after(at);
  }

  private ampFrom(at: number): number {
    return this.nextAmp.after(at);
  }

  private onlySpace(start: number, end: number): void {
    for (let i = start; i < end; i++) if (!isSpace(this.src.charCodeAt(i))) this.fail();
  }

  private checkNoCdataEnd(start: number, end: number): void {
    if (this.nextCdataEnd.after(start) + 3 <= end) this.fail();
  }

  /** Character data nobody read still may hold neither `]]>` nor a broken reference. */
  private checkCharData(start: number, end: number): void {
    this.checkNoCdataEnd(start, end);
    for (let amp = this.ampFrom(start); amp < end; amp = this.ampFrom(start)) {
      start = this.referenceEnd(amp, end);
    }
  }

  /** Source text [start, end) with its references resolved and line ends normalised; refuses a broken reference. */
  private decodeRange(start: number, end: number): string {
    const src = this.src;
    let amp = this.ampFrom(start);
    if (amp >= end) return this.normaliseLineEnds(src.slice(start, end), start, end);
    let out = '';
    let from = start;
    while (amp < end) {
      out += this.normaliseLineEnds(src.slice(from, amp), from, amp);
      from = this.referenceEnd(amp, end);
      out += this.referenced;
      amp = this.ampFrom(from);
    }
    return out + this.normaliseLineEnds(src.slice(from, end), from, end);
  }

  /** XML end-of-line handling: `\r\n` and a lone `\r` in the source read as `\n`. */
  private normaliseLineEnds(piece: string, start: number, end: number): string {
    return this.nextCr.after(start) < end ? piece.replace(/\r\n?/g, '\n') : piece;
  }

  /** Resolves the references of an attribute value already checked when its tag was scanned. */
  private resolve(raw: string): string {
    if (!raw.includes('&')) return raw;
    return raw.replace(/&(lt|gt|amp|quot|apos|#x?[0-9A-Fa-f]+);/g, (_, body: string) => this.character(body));
  }

  private character(body: string): string {
    switch (body) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const m = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(body);
    if (!m) return this.fail();
    const cp = m[1] !== undefined ? parseInt(m[1], 16) : Number(m[2]);
    if (!isXmlChar(cp)) this.fail();
    return String.fromCodePoint(cp);
  }

  /**
   * Checks the reference at `amp` (`&quot;`, `&#10;`, `&#x1F600;`, ending before `limit`), leaves
   * its character in {@link referenced} and returns the index after its `;`.
   */
  private referenceEnd(amp: number, limit: number): number {
    const src = this.src;
    const c = src.charCodeAt(amp + 1);
    let after: number;
    if (c === 113 && src.startsWith('quot;', amp + 1)) {
      this.referenced = '"';
      after = amp + 6;
    } else if (c === 97 && src.startsWith('amp;', amp + 1)) {
      this.referenced = '&';
      after = amp + 5;
    } else if (c === 108 && src.startsWith('lt;', amp + 1)) {
      this.referenced = '<';
      after = amp + 4;
    } else if (c === 103 && src.startsWith('gt;', amp + 1)) {
      this.referenced = '>';
      after = amp + 4;
    } else if (c === 97 && src.startsWith('apos;', amp + 1)) {
      this.referenced = "'";
      after = amp + 6;
    } else {
      let semi = amp + 2;
      while (semi < limit && semi - amp <= 10 && src.charCodeAt(semi) !== SEMICOLON) semi++;
      if (c !== 35 || src.charCodeAt(semi) !== SEMICOLON) this.fail();
      this.referenced = this.character(src.slice(amp + 1, semi));
      after = semi + 1;
    }
    if (after > limit) this.fail();
    return after;
  }

  private skipSpace(p: number): number {
    const src = this.src;
    while (isSpace(src.charCodeAt(p))) p++;
    return p;
  }

  private openTag(tagStart: number): XmlToken {
    const src = this.src;
    if (this.stack.length === 0 && this.rootSeen) this.fail();
    START_TAG.lastIndex = tagStart;
    if (!START_TAG.test(src)) this.fail();
    const tagEnd = START_TAG.lastIndex;
    const selfClosing = src.charCodeAt(tagEnd - 2) === SLASH;
    const nameStart = tagStart + 1;
    let nameEnd = nameStart + 1;
    let colon = -1;
    for (
      let c = src.charCodeAt(nameEnd);
      c !== GT && c !== SLASH && !isSpace(c);
      c = src.charCodeAt(++nameEnd)
    ) {
      if (c === COLON && colon < 0) colon = nameEnd;
    }
    // Only attribute values can hold `&`: check their references now, read or not.
    for (let amp = this.ampFrom(nameEnd); amp < tagEnd; amp = this.ampFrom(amp + 1))
      this.referenceEnd(amp, tagEnd);
    const qname = src.slice(nameStart, nameEnd);
    const local = colon < 0 ? qname : src.slice(colon + 1, nameEnd);
    this.parseAttributes(nameEnd, tagEnd - (selfClosing ? 2 : 1));
    this.pos = tagEnd;
    this.name = local;
    this.selfClosing = selfClosing;
    this.rootSeen = true;
    this.stack.push(qname);
    this.localStack.push(local);
    this.pendingSelfClose = selfClosing;
    return XML_OPEN;
  }

  /** Splits the attributes of a start tag, already checked by {@link START_TAG}, and refuses duplicates. */
  private parseAttributes(start: number, end: number): void {
    const src = this.src;
    let p = this.skipSpace(start);
    let count = 0;
    while (p < end) {
      const aStart = p;
      for (let c = src.charCodeAt(p); c !== EQ && !isSpace(c); c = src.charCodeAt(++p));
      const aEnd = p;
      p = this.skipSpace(this.skipSpace(p) + 1);
      // START_TAG matched the closing quote already; a native search is faster on long values (prompts, formulas).
      const vEnd = src.indexOf(src.charCodeAt(p) === QUOT ? '"' : "'", p + 1);
      for (let k = 0; k < count; k++)
        if (this.sameName(this.attrNameStart[k] as number, this.attrNameEnd[k] as number, aStart, aEnd))
          this.fail();
      this.attrNameStart[count] = aStart;
      this.attrNameEnd[count] = aEnd;
      this.attrValueStart[count] = p + 1;
      this.attrValueEnd[count] = vEnd;
      count++;
      p = this.skipSpace(vEnd + 1);
    }
    this.attrCount = count;
  }

  private sameName(s1: number, e1: number, s2: number, e2: number): boolean {
    if (e1 - s1 !== e2 - s2) return false;
    const src = this.src;
    for (let i = 0; i < e1 - s1; i++) if (src.charCodeAt(s1 + i) !== src.charCodeAt(s2 + i)) return false;
    return true;
  }

  private closeTag(nameStart: number): XmlToken {
    const src = this.src;
    const qname = this.stack[this.stack.length - 1];
    // The open element's name, then only spaces before `>`: so `</ab>` does not close `<a>`.
    if (qname === undefined || !src.startsWith(qname, nameStart)) return this.fail();
    const p = this.skipSpace(nameStart + qname.length);
    if (src.charCodeAt(p) !== GT) this.fail();
    this.pos = p + 1;
    this.pop();
    this.attrCount = 0;
    return XML_CLOSE;
  }

  private pop(): void {
    this.stack.pop();
    this.name = this.localStack.pop() as string;
  }

  /** `<?target data?>`; the XML declaration (`<?xml ...?>`) only as the very first thing. */
  private skipProcessingInstruction(start: number): void {
    PROCESSING_INSTRUCTION.lastIndex = start;
    const m = PROCESSING_INSTRUCTION.exec(this.src);
    if (!m) this.fail();
    if ((m[1] as string).toLowerCase() === 'xml') {
      XML_DECLARATION.lastIndex = start;
      if (this.src.slice(0, start).trim() !== '' || !XML_DECLARATION.test(this.src)) this.fail();
    }
    this.pos = PROCESSING_INSTRUCTION.lastIndex;
  }

  private skipComment(start: number): void {
    const end = this.src.indexOf('--', start + 4);
    if (end < 0 || this.src.charCodeAt(end + 2) !== GT) this.fail();
    this.pos = end + 3;
  }

  /** A document type declaration, internal subset included (no writer of .xlsx emits one). */
  private skipDoctype(start: number): void {
    const src = this.src;
    let depth = 0;
    for (let p = start + 9; p < src.length; p++) {
      const c = src.charCodeAt(p);
      if (c === 91) depth++;
      else if (c === 93) depth--;
      else if (c === QUOT || c === APOS) {
        p = src.indexOf(c === QUOT ? '"' : "'", p + 1);
        if (p < 0) break;
      } else if (c === GT && depth === 0) {
        this.pos = p + 1;
        return;
      }
    }
    this.fail();
  }
}
