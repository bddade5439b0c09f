import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { MessageIntent } from './message-bus';

export interface Outcome {
  intent: MessageIntent;
  title: string;
  text: string;
}

const useStyles = makeStyles({
  body: { whiteSpace: 'normal', overflowWrap: 'anywhere' },
});

/**
 * What an action just did, shown right under its button rather than at the top of the pane, and
 * read out politely by screen readers: the live region is always there, so a new outcome is announced.
 */
export function ActionOutcome({ outcome, testId }: { outcome: Outcome | null; testId: string }): JSX.Element {
  const styles = useStyles();
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid={testId}>
      {outcome && (
        <MessageBar intent={outcome.intent} layout="multiline" data-intent={outcome.intent}>
          <MessageBarBody className={styles.body}>
            <MessageBarTitle>{outcome.title}</MessageBarTitle> {outcome.text}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
