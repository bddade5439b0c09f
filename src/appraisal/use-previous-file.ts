import { useCallback, useRef, useState } from 'react';
import { refusedPrevious, worded } from '../core/problems/messages';
import type { PreviousRead } from '../xlsx/consolidation-file';
import type * as PageServices from './page-services';

/** Larger than any consolidation of a province (a few hundred agencies); refused before reading. */
export const MAX_CONSOLIDATION_BYTES = 50 * 1024 * 1024;

export interface PreviousFile {
  fileName: string;
  read: PreviousRead;
}

export interface PreviousChoice {
  current: PreviousFile | null;
  reading: string | null;
  choose: (file: File) => void;
  clear: () => void;
  /** Continues from a file just written (read back from its bytes, as the next run would read it). */
  adopt: (file: PreviousFile) => void;
}

/** The earlier consolidation chosen from disk, read completely as the CLI reads its --out file. */
export function usePreviousFile(
  services: Pick<typeof PageServices, 'readConsolidationFile' | 'builtInRegime'>,
): PreviousChoice {
  const [current, setCurrent] = useState<PreviousFile | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const latest = useRef(0);

  const choose = useCallback(
    (file: File) => {
      const ticket = ++latest.current;
      const fileName = file.name.normalize('NFC');
      setReading(fileName);
      const where = { file: fileName, fileKind: 'consolidation' as const };
      void (async (): Promise<PreviousRead> => {
        if (file.size > MAX_CONSOLIDATION_BYTES) {
          const tooLarge = worded('too-large', 'error', where, {
            bytes: file.size,
            maxBytes: MAX_CONSOLIDATION_BYTES,
          });
          return { ok: false, message: refusedPrevious(tooLarge, 'merge-into-file').message };
        }
        const bytes = new Uint8Array(await file.arrayBuffer());
        return services.readConsolidationFile(bytes, fileName, services.builtInRegime);
      })()
        .catch((e: unknown): PreviousRead => {
          // The browser's own reason (e.g. the file was moved), kept raw as the pane does.
          const reason = e instanceof Error ? e.message : String(e);
          return { ok: false, message: worded('file-unreachable', 'error', where, { reason }).message };
        })
        .then((read) => {
          if (ticket !== latest.current) return;
          setCurrent({ fileName, read });
          setReading(null);
        });
    },
    [services],
  );

  const clear = useCallback(() => {
    latest.current++;
    setReading(null);
    setCurrent(null);
  }, []);

  const adopt = useCallback((file: PreviousFile) => {
    latest.current++;
    setReading(null);
    setCurrent(file);
  }, []);

  return { current, reading, choose, clear, adopt };
}
