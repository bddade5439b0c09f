/** Bounds that keep one hostile or broken file from exhausting the memory of the pane or the CLI. */
export interface ReadLimits {
  /** Files larger than this are refused before anything is unzipped. */
  maxFileBytes: number;
  /** No single zip entry may inflate beyond this (declared or actual). */
  maxEntryBytes: number;
  /** Sum over the entries' declared sizes, and over what the reader actually inflates. */
  maxTotalBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 20 * MB,
  maxEntryBytes: 50 * MB,
  maxTotalBytes: 200 * MB,
};

export function resolveLimits(limits?: Partial<ReadLimits>): ReadLimits {
  return { ...DEFAULT_READ_LIMITS, ...(limits ?? {}) };
}
