/**
 * Every message the pane shows goes through this bus, so failures raised outside React
 * (window handlers, Office callbacks) reach the user as well. Messages sent before the
 * list subscribes are kept and delivered on subscription.
 */
export type MessageIntent = 'error' | 'warning' | 'info' | 'success';

export interface PaneMessage {
  id: number;
  intent: MessageIntent;
  title: string;
  text: string;
}

type Listener = (message: PaneMessage) => void;

let nextId = 1;
let listener: Listener | null = null;
const pending: PaneMessage[] = [];

export function publish(intent: MessageIntent, title: string, text: string): PaneMessage {
  const message = { id: nextId++, intent, title, text };
  if (listener) listener(message);
  else pending.push(message);
  return message;
}

/** One listener at a time (the message list); returns the unsubscribe function. */
export function subscribe(fn: Listener): () => void {
  listener = fn;
  for (const m of pending.splice(0)) fn(m);
  return () => {
    if (listener === fn) listener = null;
  };
}
