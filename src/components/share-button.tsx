import { useState, type ComponentType } from 'react';
import type { ShareDialogProps } from './share-dialog.tsx';

type Props = Omit<ShareDialogProps, 'onClose'>;

/**
 * Share: opens a dialog with a link to the view and the code to embed it in an article. The dialog's code loads at
 * the first press, not with the page.
 */
export function ShareButton(props: Props) {
  const [Dialog, setDialog] = useState<ComponentType<ShareDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const openDialog = async () => {
    // A second press while the dialog's code is on its way does not ask for it again.
    if (loading) return;
    setFailure(null);
    setLoading(true);
    try {
      const { ShareDialog } = await import('./share-dialog.tsx');
      setDialog(() => ShareDialog);
      setOpen(true);
    } catch (error) {
      setFailure(`The share dialog could not be loaded (${error instanceof Error ? error.message : String(error)}); press Share to try again.`);
    } finally {
      setLoading(false);
    }
  };
  return (
    <>
      <button type="button" className="share-button" aria-haspopup="dialog" aria-busy={loading} onClick={() => void openDialog()}>
        Share
      </button>
      {failure && (
        <p className="status status--error" role="alert">
          {failure}
        </p>
      )}
      {open && Dialog && <Dialog {...props} onClose={() => setOpen(false)} />}
    </>
  );
}
