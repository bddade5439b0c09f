/** Access to the parts of an OPC package (the zip inside an .xlsx), inflating each on demand within the budget. */
import { refuse } from './read-error';
import type { ReadLimits } from './limits';
import { decodeXml } from './xml';
import { readZipDirectory, type ZipEntry } from './zip-directory';
import { fflateInflate, inflateEntry, type InflateBudget, type RawInflate } from './zip-inflate';

export class PackageParts {
  private readonly entries: Map<string, ZipEntry>;
  private readonly budget: InflateBudget;

  constructor(
    private readonly bytes: Uint8Array,
    limits: ReadLimits,
    private readonly inflate: RawInflate = fflateInflate,
  ) {
    this.entries = readZipDirectory(bytes).entries;
    this.budget = {
      maxEntryBytes: limits.maxEntryBytes,
      maxTotalBytes: limits.maxTotalBytes,
      remainingTotal: limits.maxTotalBytes,
    };
    this.checkDeclaredSizes(limits);
  }

  /** Refuses on the central directory's word alone, before inflating a single byte. */
  private checkDeclaredSizes(limits: ReadLimits): void {
    let total = 0;
    for (const entry of this.entries.values()) {
      if (entry.uncompressedSize > limits.maxEntryBytes) {
        refuse('zip-bomb', {
          why: 'entry-declared-over-limit',
          entry: entry.name,
          bytes: entry.uncompressedSize,
          maxBytes: limits.maxEntryBytes,
        });
      }
      total += entry.uncompressedSize;
    }
    if (total > limits.maxTotalBytes) {
      refuse('zip-bomb', { why: 'total-declared-over-limit', bytes: total, maxBytes: limits.maxTotalBytes });
    }
  }

  get size(): number {
    return this.entries.size;
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  bytesOf(name: string): Uint8Array | null {
    const entry = this.entries.get(name.toLowerCase());
    return entry ? inflateEntry(this.bytes, entry, this.budget, this.inflate) : null;
  }

  textOf(name: string): string | null {
    const bytes = this.bytesOf(name);
    return bytes ? decodeXml(bytes) : null;
  }
}
