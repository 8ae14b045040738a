import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../../api/client.js';
import { queueWrites } from '../../api/queue.js';
import type { Ticket } from '../../api/queue-types.js';
import { useSession } from '../../auth/session-context.js';
import { signInHref } from '../../links.js';
import { formatOpeningIn } from '../../queue/format-time.js';
import { ticketHref } from '../../queue/ticket-links.js';
import { problemMessage } from '../form/problems.js';

type Failure =
  | { kind: 'existing'; ticket: Pick<Ticket, 'id' | 'displayNumber'> }
  | { kind: 'closed'; nextOpeningAt: string | null }
  | { kind: 'other'; error: unknown };

/**
 * "Ambil antrean online" for a service at one MPP: a signed-in citizen gets a number and lands
 * on its ticket page. One active ticket per service (409 shows the one they have), and no
 * number outside the service's hours (422 says when it opens).
 */
export function TakeTicket({ mppId, serviceId, timeZone }: { mppId: string; serviceId: string; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const { state, send } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [isBusy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);

  if (state.status === 'loading') return null;
  if (state.status === 'signed_out') {
    return (
      <p>
        <Link className="button button--wrap" to={signInHref(`${location.pathname}${location.search}`)}>
          {t('takeTicket.signIn')}
        </Link>
      </p>
    );
  }
  if (state.session.account.kind !== 'citizen') return <p className="muted">{t('takeTicket.staff')}</p>;

  async function take() {
    setBusy(true);
    setFailure(null);
    try {
      const ticket = await queueWrites(send).takeOnline({ mppId, serviceId });
      void navigate(ticketHref(ticket.id, ticket.accessKey));
    } catch (error) {
      setFailure(readFailure(error));
      setBusy(false);
    }
  }

  return (
    <>
      <button
        type="button"
        className="button button--primary button--wrap"
        disabled={isBusy}
        onClick={() => void take()}
      >
        {isBusy ? t('takeTicket.taking') : t('takeTicket.button')}
      </button>
      {failure ? (
        <div className="notice notice--error" role="alert">
          {failure.kind === 'existing' ? (
            <p>
              {t('takeTicket.existing', { number: failure.ticket.displayNumber })}{' '}
              <Link to={ticketHref(failure.ticket.id)}>{t('takeTicket.viewExisting')}</Link>
            </p>
          ) : failure.kind === 'closed' ? (
            <p>
              {t('takeTicket.closed')}{' '}
              {failure.nextOpeningAt
                ? t('takeTicket.nextOpening', { when: formatOpeningIn(failure.nextOpeningAt, timeZone, i18n.language) })
                : null}
            </p>
          ) : (
            <p>{problemMessage(failure.error, t)}</p>
          )}
        </div>
      ) : null}
    </>
  );
}

function readFailure(error: unknown): Failure {
  if (!(error instanceof ApiError)) return { kind: 'other', error };
  const problem = error.problem as ApiError['problem'] & {
    ticket?: Pick<Ticket, 'id' | 'displayNumber'>;
    nextOpeningAt?: string | null;
  };
  if (problem.code === 'queue.active_ticket_exists' && problem.ticket)
    return { kind: 'existing', ticket: problem.ticket };
  if (problem.code === 'queue.outside_hours' || problem.code === 'queue.after_last_ticket') {
    return { kind: 'closed', nextOpeningAt: problem.nextOpeningAt ?? null };
  }
  return { kind: 'other', error };
}
