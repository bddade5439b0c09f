/** Entry of the appraisers' page (tong-hop.html): no Office.js, runs in any current browser. */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { installGlobalErrorHandlers } from '../taskpane/messages/global-handlers';
import { AppraisalPage } from './AppraisalPage';
import * as services from './page-services';

installGlobalErrorHandlers(window);
const container = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
createRoot(container).render(
  <FluentProvider theme={webLightTheme} lang="vi">
    <AppraisalPage services={services} />
  </FluentProvider>,
);
