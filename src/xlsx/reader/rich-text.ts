/**
 * Collects the visible text of a string item (`<si>` or `<is>`): plain `<t>` or rich-text runs
 * `<r><t>`, leaving out phonetic runs (`<rPh>`), which hold a reading guide, not the text.
 */
import { unescapeOoxml } from './escaped-text';

export class RichTextCollector {
  private inText = false;
  private phoneticDepth = 0;
  private parts: string[] = [];

  open(name: string): void {
    if (name === 'rPh') this.phoneticDepth++;
    else if (name === 't' && this.phoneticDepth === 0) this.inText = true;
  }

  /** Whether text now would be kept (inside a `<t>` outside phonetic runs), so callers can skip decoding it. */
  get wantsText(): boolean {
    return this.inText;
  }

  text(t: string): void {
    if (this.inText) this.parts.push(t);
  }

  close(name: string): void {
    if (name === 'rPh') this.phoneticDepth--;
    else if (name === 't') this.inText = false;
  }

  /** The collected text exactly as stored (no Unicode normalisation); resets for the next item. */
  take(): string {
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.inText = false;
    this.phoneticDepth = 0;
    return unescapeOoxml(text);
  }
}
