import { createContext, useContext } from 'react';
import type { Capabilities } from '../../office/capabilities';
import type { Services } from '../services';

/** What every section needs once the lazy services have loaded. */
export interface PaneContextValue {
  services: Services;
  capabilities: Capabilities;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('Ngăn tác vụ chưa sẵn sàng.');
  return value;
}
