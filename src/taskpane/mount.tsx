import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { installGlobalErrorHandlers } from './messages/global-handlers';

/** Renders the pane into `container`; used by the add-in page and by the browser preview. */
export function mountTaskPane(container: HTMLElement): Root {
  installGlobalErrorHandlers(window);
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme} lang="vi">
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </FluentProvider>,
  );
  return root;
}
