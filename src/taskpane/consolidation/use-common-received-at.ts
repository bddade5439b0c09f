import { useState } from 'react';
import { readReceivedAt } from './received-at';

export interface CommonReceivedAt {
  enabled: boolean;
  setEnabled: (on: boolean) => void;
  text: string;
  setText: (text: string) => void;
  /** The instant every file is taken as received at, or null when not used or not readable. */
  instant: string | null;
  /** Why the typed time cannot be read, or null. */
  error: string | null;
}

/** One receipt time for a whole batch (files copied off e-mail lose theirs), as typed. */
export function useCommonReceivedAt(): CommonReceivedAt {
  const [enabled, setEnabled] = useState(false);
  const [text, setText] = useState('');
  const reading = readReceivedAt(text);
  return {
    enabled,
    setEnabled,
    text,
    setText,
    instant: enabled && reading.ok ? reading.instant : null,
    error: reading.ok ? null : reading.message,
  };
}
