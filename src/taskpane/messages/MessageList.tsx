import { useEffect, useState } from 'react';
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { subscribe, type PaneMessage } from './message-bus';

/** Good news fades after a while; errors and warnings stay until the user closes them. */
const SUCCESS_VISIBLE_MS = 8000;

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** Shows every published message as a Fluent MessageBar until the user closes it. */
export function MessageList(): JSX.Element | null {
  const styles = useStyles();
  const [messages, setMessages] = useState<PaneMessage[]>([]);
  useEffect(() => {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const unsubscribe = subscribe((m) => {
      setMessages((list) => [...list, m]);
      if (m.intent === 'success') {
        const timer = setTimeout(() => {
          timers.delete(timer);
          setMessages((list) => list.filter((x) => x.id !== m.id));
        }, SUCCESS_VISIBLE_MS);
        timers.add(timer);
      }
    });
    return () => {
      unsubscribe();
      for (const t of timers) clearTimeout(t);
    };
  }, []);
  if (messages.length === 0) return null;
  const dismiss = (id: number): void => setMessages((list) => list.filter((m) => m.id !== id));
  return (
    <div className={styles.list} role="log" aria-label="Thông báo">
      {messages.map((m) => (
        <MessageBar
          key={m.id}
          intent={m.intent}
          layout="multiline"
          data-testid="pane-message"
          data-intent={m.intent}
        >
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{m.title}</MessageBarTitle> {m.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={() => dismiss(m.id)}>
                Đóng
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
