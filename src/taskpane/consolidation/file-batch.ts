/**
 * The files waiting to be merged. Choosing or dropping files adds to the batch, so mail
 * attachments can be collected in several goes; the very same file chosen twice is kept once.
 */
export interface BatchFile {
  name: string;
  size: number;
  lastModified: number;
  webkitRelativePath?: string;
}

function identity(f: BatchFile): string {
  return `${f.webkitRelativePath || f.name}\u0000${f.size}\u0000${f.lastModified}`;
}

/** `batch` followed by the files of `added` not already in it (nor repeated within `added`). */
export function addToBatch<T extends BatchFile>(batch: readonly T[], added: Iterable<T>): T[] {
  const seen = new Set(batch.map(identity));
  const result = [...batch];
  for (const f of added) {
    const id = identity(f);
    if (seen.has(id)) continue;
    seen.add(id);
    result.push(f);
  }
  return result;
}
