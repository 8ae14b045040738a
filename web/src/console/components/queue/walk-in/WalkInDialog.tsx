import { useEffect, useId, useRef, useState } from 'react';
import type { CounterView, IssuedTicket } from '../../../../api/queue-types.js';
import { IssuedTicketPanel } from './IssuedTicketPanel.js';
import { WalkInForm } from './WalkInForm.js';

/**
 * A number for a citizen without a phone, issued at the counter: choose the service (and a
 * priority group), then show the number with its QR code and print it. Escape closes.
 */
export function WalkInDialog({ view, onClose }: { view: CounterView; onClose: () => void }) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [issued, setIssued] = useState<IssuedTicket | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      {issued ? (
        <IssuedTicketPanel titleId={titleId} ticket={issued} onAnother={() => setIssued(null)} onDone={onClose} />
      ) : (
        <WalkInForm titleId={titleId} view={view} onIssued={setIssued} onCancel={onClose} />
      )}
    </dialog>
  );
}
