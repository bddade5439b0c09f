/** Entry of the add-in page: waits for Office.js, then renders the pane. */
import { publish } from './messages/message-bus';
import { mountTaskPane } from './mount';

function container(): HTMLElement {
  const el = document.getElementById('root');
  if (el) return el;
  const made = document.createElement('div');
  document.body.appendChild(made);
  return made;
}

if (typeof Office === 'undefined') {
  mountTaskPane(container());
  publish(
    'error',
    'Không tải được Office.js',
    'Trang này cần thư viện Office.js từ Microsoft; hãy kiểm tra kết nối mạng rồi mở lại ngăn tác vụ.',
  );
} else {
  // A failure after mounting reaches the pane's unhandled-rejection handler (messages/global-handlers).
  void Office.onReady((info) => {
    mountTaskPane(container());
    if (info.host !== Office.HostType.Excel) {
      publish(
        'warning',
        'Chưa mở trong Excel',
        'Phần bổ trợ này chỉ làm việc trong Excel; hãy mở nó từ thẻ Trang đầu của Excel.',
      );
    }
  });
}
