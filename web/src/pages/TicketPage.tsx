import { useParams, useSearchParams } from 'react-router';
import { Loaded } from '../components/StatusViews.js';
import { TicketView } from '../components/queue/TicketView.js';
import '../queue/translations.js';
import { useLiveTicket } from '../queue/useLiveTicket.js';

/**
 * A citizen's queue ticket, followed live: /antrean/:id, opened from the QR code on the paper
 * ticket (with the access key `k`) or after taking a ticket online. Small on purpose: it is
 * kept open on a cheap phone while waiting in the hall.
 */
export function TicketPage() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const accessKey = searchParams.get('k') ?? undefined;
  const { ticket, stream, replace } = useLiveTicket(id);
  return (
    <Loaded state={ticket}>
      {(data) => <TicketView ticket={data} stream={stream} accessKey={accessKey} onChanged={replace} />}
    </Loaded>
  );
}
