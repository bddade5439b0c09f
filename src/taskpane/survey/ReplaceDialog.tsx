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
import type { MigrationOffer } from './migration-offer';

export interface ReplaceDialogProps {
  open: boolean;
  description: string;
  busy: boolean;
  /** A filled form of an older version of the same template: what moving its entries keeps and leaves. */
  migration?: MigrationOffer | null;
  onKeep: () => void;
  onReplace: () => void;
  onMigrate?: () => void;
}

const useStyles = makeStyles({
  surface: { maxWidth: 'calc(100vw - 24px)', boxSizing: 'border-box', padding: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalS },
  wrapButton: { whiteSpace: 'normal', height: 'auto', paddingTop: '6px', paddingBottom: '6px' },
  list: { marginTop: tokens.spacingVerticalXS, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL },
});

function MigrationNote({ offer }: { offer: MigrationOffer }): JSX.Element {
  const styles = useStyles();
  const { plan } = offer;
  const moved = plan.kept.length + plan.keptFigures.length;
  return (
    <div role="note">
      <p>
        Phiếu này theo mẫu phiên bản {offer.fromVersion}; Sở đã ban hành lại mẫu phiên bản {offer.toVersion}.
        Có thể chuyển {moved} mục đã nhập (tiêu chí và số liệu giữ nguyên mã và nội dung) sang phiếu mới.
      </p>
      {plan.dropped.length > 0 && (
        <>
          <p>Các mục sau không chuyển được, cần nhập lại theo phiếu mới (vẫn xem được ở phiếu cũ):</p>
          <ul className={styles.list} aria-label="Các mục không chuyển được">
            {plan.dropped.map((d) => (
              <li key={d.what}>
                {d.what}: {d.reason}.
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

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
            {props.migration && <MigrationNote offer={props.migration} />}
          </DialogContent>
          <DialogActions className={styles.actions} fluid>
            {props.migration && props.onMigrate && (
              <Button
                appearance="primary"
                className={styles.wrapButton}
                disabled={props.busy}
                onClick={props.onMigrate}
              >
                Chuyển số liệu đã nhập sang phiếu phiên bản {props.migration.toVersion}
              </Button>
            )}
            <Button
              appearance={props.migration ? 'secondary' : 'primary'}
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
