import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { accountApi } from '../api/account.js';
import { useSession } from '../auth/session-context.js';
import { Choice } from '../components/form/Field.js';
import { FormAlert } from '../components/form/FormAlert.js';
import { useSubmit } from '../components/form/useSubmit.js';

/**
 * The right to erasure. A modal dialog says what goes and what the law keeps, and asks for an
 * explicit tick before the request is sent; the answer lists what was kept, with the reason.
 */
export function DeletionSection() {
  const { t } = useTranslation();
  const { send } = useSession();
  const navigate = useNavigate();
  const dialog = useRef<HTMLDialogElement>(null);
  const submit = useSubmit();
  const [isConfirmed, setConfirmed] = useState(false);

  function open() {
    setConfirmed(false);
    submit.reset();
    dialog.current?.showModal();
  }

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isConfirmed) return;
    const outcome = await submit.run(() => accountApi(send).requestDeletion());
    if (!outcome.ok) return;
    dialog.current?.close();
    // The page after erasure marks the session as gone once it shows (see DeletedPage).
    void navigate('/akun/dihapus', { replace: true, state: outcome.value });
  }

  return (
    <>
      <p>{t('account.deletionIntro')}</p>
      <button type="button" className="button button--danger" onClick={open}>
        {t('account.deletionButton')}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby="deletion-title">
        <form onSubmit={(event) => void onSubmit(event)}>
          <h2 id="deletion-title">{t('account.deletionDialogTitle')}</h2>
          <FormAlert error={submit.error} fieldErrors={{}} />
          <p>{t('account.deletionWhatGoes')}</p>
          <p>{t('account.deletionWhatStays')}</p>
          <Choice
            type="checkbox"
            name="confirm"
            value="yes"
            checked={isConfirmed}
            onChange={setConfirmed}
            label={t('account.deletionConfirm')}
          />
          <div className="actions">
            <button type="submit" className="button button--danger" disabled={!isConfirmed || submit.isPending}>
              {submit.isPending ? t('form.sending') : t('account.deletionSubmit')}
            </button>
            <button type="button" className="button" onClick={() => dialog.current?.close()}>
              {t('form.cancel')}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
