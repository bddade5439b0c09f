import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';

export interface ReplaceDialogProps {
  open: boolean;
  description: string;
  busy: boolean;
  onKeep: () => void;
  onReplace: () => void;
}

const useStyles = makeStyles({
  surface: { maxWidth: 'calc(100vw - 24px)', boxSizing: 'border-box', padding: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  wrapButton: { whiteSpace: 'normal', height: 'auto', paddingTop: '6px', paddingBottom: '6px' },
});

/** Asked when the workbook already holds a survey: nothing is overwritten without the user's choice. */
export function ReplaceDialog(props: ReplaceDialogProps): JSX.Element {
  const styles = useStyles();
  return (
    <Dialog open={props.open} modalType="alert">
      <DialogSurface className={styles.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>Sổ làm việc đã có phiếu khảo sát</DialogTitle>
          <DialogContent>
            Sổ làm việc này đã có một phiếu ({props.description}). Anh/chị muốn giữ phiếu đó hay thay bằng
            phiếu mới? Khi thay, phiếu cũ và mọi số liệu đã nhập vẫn được giữ lại ở trang tính đổi tên, ví dụ
            “Phiếu (cũ 1)”. Lưu ý: phiếu mới được bảo vệ trang tính, nên Excel xóa lịch sử Hoàn tác: sau khi
            thay không hoàn tác (Ctrl+Z) được các sửa đổi trước.
          </DialogContent>
          <DialogActions className={styles.actions} fluid>
            <Button
              appearance="primary"
              className={styles.wrapButton}
              disabled={props.busy}
              onClick={props.onKeep}
            >
              Giữ phiếu hiện có
            </Button>
            <Button className={styles.wrapButton} disabled={props.busy} onClick={props.onReplace}>
              Thay bằng phiếu mới (phiếu cũ được giữ lại với tên khác)
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
