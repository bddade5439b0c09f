import { useCallback, useEffect, useRef, useState } from 'react';
import type { RosterOrigin, StoredRoster } from '../../core/consolidation/roster-origin';
import { worded } from '../../core/problems/messages';
import type { Agency } from '../../core/roster/types';
import { reportError } from '../messages/report-error';
import type { Services } from '../services';

/** A roster file larger than this is surely not one (a province has at most a few hundred agencies). */
export const MAX_ROSTER_BYTES = 5 * 1024 * 1024;

/**
 * The roster the checks and the merge use: the built-in sample, a file the appraiser chose, or the
 * roster stored with the consolidation of the open workbook (`origin` says where that one came from).
 */
export type RosterInEffect =
  | { source: 'builtin'; roster: Agency[] }
  | { source: 'file'; fileName: string; roster: Agency[] }
  | { source: 'stored'; origin: RosterOrigin; roster: Agency[] };

/** Where the roster in effect came from, as the merge stores it in the workbook. */
export function rosterOrigin(current: RosterInEffect): RosterOrigin {
  if (current.source === 'stored') return current.origin;
  return current.source === 'file' ? { kind: 'file', fileName: current.fileName } : { kind: 'builtin' };
}

export interface RosterChoice {
  current: RosterInEffect;
  /** The file being read, while it is. */
  reading: string | null;
  /** The last file refused, with every problem; cleared by the next file or by going back to the sample. */
  rejected: { fileName: string; problems: string[] } | null;
  loadFile: (file: File) => void;
  chooseBuiltIn: () => void;
  /** Back to the roster stored with the workbook's consolidation. */
  chooseStored: (stored: StoredRoster) => void;
}

/**
 * Choice of roster. A file replaces the roster in effect only when every row is valid; a refused
 * file leaves the previous roster in effect. The pane starts on the built-in sample, and switches to
 * the roster stored with the open workbook's consolidation (`stored`, found when the pane opened)
 * unless the appraiser has already chosen one; every merge or re-sort stores the roster in effect.
 */
export function useRosterChoice(
  services: Pick<Services, 'sampleRoster' | 'loadRosterFile' | 'builtInRegime'>,
  stored: StoredRoster | null = null,
): RosterChoice {
  const [builtin] = useState<RosterInEffect>(() => ({ source: 'builtin', roster: services.sampleRoster }));
  const [current, setCurrent] = useState<RosterInEffect>(builtin);
  const [reading, setReading] = useState<string | null>(null);
  const [rejected, setRejected] = useState<RosterChoice['rejected']>(null);
  // Only the last file chosen counts when two are read at once; non-zero once the appraiser chose.
  const latest = useRef(0);

  useEffect(() => {
    if (stored === null || latest.current !== 0) return;
    setCurrent({ source: 'stored', origin: stored.origin, roster: stored.agencies });
  }, [stored]);

  const loadFile = useCallback(
    (file: File): void => {
      const ticket = ++latest.current;
      const fileName = file.name.normalize('NFC');
      const refuse = (problems: string[]): void => setRejected({ fileName, problems });
      setReading(fileName);
      setRejected(null);
      (async () => {
        if (file.size > MAX_ROSTER_BYTES) {
          const where = { file: fileName, fileKind: 'roster' } as const;
          return refuse([worded('roster-file-too-large', 'error', where, { bytes: file.size }).message]);
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        const result = await services.loadRosterFile(bytes, fileName, services.builtInRegime);
        if (ticket !== latest.current) return;
        if (result.ok) setCurrent({ source: 'file', fileName, roster: result.roster });
        else refuse(result.problems);
      })()
        .catch((e: unknown) => {
          if (ticket === latest.current) reportError(`Không đọc được tệp danh sách đơn vị “${fileName}”`, e);
        })
        .finally(() => {
          if (ticket === latest.current) setReading(null);
        });
    },
    [services],
  );

  const chooseBuiltIn = useCallback(() => {
    latest.current++;
    setReading(null);
    setRejected(null);
    setCurrent(builtin);
  }, [builtin]);

  const chooseStored = useCallback((stored: StoredRoster) => {
    latest.current++;
    setReading(null);
    setRejected(null);
    setCurrent({ source: 'stored', origin: stored.origin, roster: stored.agencies });
  }, []);

  return { current, reading, rejected, loadFile, chooseBuiltIn, chooseStored };
}
