import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, PortalMountNodeProvider, webLightTheme } from '@fluentui/react-components';
import { App } from './app/App';
import { ErrorBoundary } from './app/ErrorBoundary';
import { installGlobalErrorHandlers } from './messages/global-handlers';

export interface MountOptions {
  /** Where dialogs and pop-ups attach; the preview keeps them inside its pane column. Default: document.body. */
  portalNode?: HTMLElement;
}

/** Renders the pane into `container`; used by the add-in page and by the browser preview. */
export function mountTaskPane(container: HTMLElement, options: MountOptions = {}): Root {
  installGlobalErrorHandlers(window);
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme} lang="vi">
      <PortalMountNodeProvider value={options.portalNode}>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </PortalMountNodeProvider>
    </FluentProvider>,
  );
  return root;
}
