import { Component, type ErrorInfo, type ReactNode } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { describeError } from '../messages/describe-error';

interface Props {
  children: ReactNode;
}
interface State {
  error: unknown;
}

/** A rendering failure replaces the pane with a message instead of leaving it blank. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Lỗi hiển thị ngăn tác vụ', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Ngăn tác vụ gặp lỗi và phải dừng</MessageBarTitle>{' '}
          {describeError(this.state.error)}. Hãy đóng và mở lại ngăn tác vụ; các số liệu đã nhập trong trang
          tính không bị ảnh hưởng.
        </MessageBarBody>
      </MessageBar>
    );
  }
}
