import type { GroupId } from '../regime/types';

/** One agency that is ranked. The code is the identity; the name is a label with known aliases. */
export interface Agency {
  /** Stable ASCII code, e.g. `SO-TU-PHAP`. */
  code: string;
  name: string;
  group: GroupId;
  aliases?: string[];
}
