import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Capabilities } from '../../office/capabilities';

/** Says, in plain words, which features this Excel cannot offer (from the requirement sets it supports). */
export function CapabilityNotice({ capabilities }: { capabilities: Capabilities }): JSX.Element | null {
  if (capabilities.missing.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="capability-notice">
      <MessageBarBody>
        <MessageBarTitle>Một số tính năng không dùng được trên phiên bản Excel này</MessageBarTitle>
        <ul style={{ margin: '4px 0 0', paddingLeft: 18 }}>
          {capabilities.missing.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
