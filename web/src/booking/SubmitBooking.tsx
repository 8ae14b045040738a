import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { bookingWrites, bookSlot } from '../api/booking.js';
import type { Booking, Slot, SlotListing } from '../api/booking-types.js';
import { useSession } from '../auth/session-context.js';
import { bookingHref } from './booking-links.js';
import { BookingFailureNote } from './BookingFailureNote.js';
import { NikNeededNotice } from './NikNeededNotice.js';
import type { Move } from './ConfirmStep.js';
import { useBookAttempt } from './useBookAttempt.js';

/** What the booking page hands the booking's own page, so it shows at once without a read. */
export type BookedState = { booking: Booking; outcome: 'new' | 'moved' };

/** The confirm button, and what happened to the last press (busy and retrying, refused, why). */
export function SubmitBooking({
  listing,
  slot,
  move,
  csrfToken,
  isNikVerified,
  onChooseSlot,
}: {
  listing: SlotListing;
  slot: Slot;
  move: Move | undefined;
  csrfToken: string;
  /** From the profile as this page read it; the server checks again. */
  isNikVerified: boolean;
  onChooseSlot: (slot: Slot) => void;
}) {
  const { t } = useTranslation();
  const { send } = useSession();
  const navigate = useNavigate();
  const { state, start } = useBookAttempt(
    (idempotencyKey) =>
      move
        ? bookingWrites(send).reschedule(move.id, slot.key)
        : bookSlot(
            { mppId: listing.mpp.id, serviceId: listing.service.id, slot: slot.key },
            { csrfToken, idempotencyKey },
          ),
    (booking) => {
      const done: BookedState = { booking, outcome: move ? 'moved' : 'new' };
      void navigate(bookingHref(booking.id), { state: done });
    },
  );
  const isBusy = state.phase === 'sending' || state.phase === 'waiting';
  const failure = state.phase === 'failed' ? state.failure : undefined;
  return (
    <>
      {/* Said before the press; after a refusal for it, the refusal says it. */}
      {isNikVerified || failure?.kind === 'nik_required' ? null : <NikNeededNotice />}
      {/* A full slot cannot be booked again: the free ones below can. */}
      {failure?.kind === 'full' ? null : (
        <button
          type="button"
          className="button button--primary button--block button--wrap"
          disabled={isBusy}
          onClick={start}
        >
          {isBusy ? t('booking.confirm.sending') : move ? t('booking.confirm.submitMove') : t('booking.confirm.submit')}
        </button>
      )}
      <p className="booking-progress" role="status" aria-live="polite">
        {state.phase === 'waiting' ? t('booking.failure.busy', { count: Math.max(0, state.secondsLeft) }) : ''}
      </p>
      {failure ? (
        <BookingFailureNote failure={failure} mpp={listing.mpp} onChooseSlot={onChooseSlot} onRetry={start} />
      ) : null}
    </>
  );
}
