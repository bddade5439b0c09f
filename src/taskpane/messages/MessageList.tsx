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

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/** Shows every published message as a Fluent MessageBar until the user closes it. */
export function MessageList(): JSX.Element | null {
  const styles = useStyles();
  const [messages, setMessages] = useState<PaneMessage[]>([]);
  useEffect(() => subscribe((m) => setMessages((list) => [...list, m])), []);
  if (messages.length === 0) return null;
  const dismiss = (id: number): void => setMessages((list) => list.filter((m) => m.id !== id));
  return (
    <div className={styles.list} role="log" aria-label="Thông báo">
      {messages.map((m) => (
        <MessageBar key={m.id} intent={m.intent} layout="multiline" data-testid="pane-message">
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
