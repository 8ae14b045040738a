import { useTranslation } from 'react-i18next';
import type { WaitlistEntry } from '../api/booking-types.js';
import { splitWaitlist, waitlistPhase } from './waitlist.js';
import { WaitlistCard } from './WaitlistCard.js';
import { WaitlistOfferCard } from './WaitlistOfferCard.js';

/** My places on waitlists: seats held for me first, then places waiting, then the ended ones. */
export function WaitlistSection({
  entries,
  now,
  onGone,
  onDeclined,
  onLeft,
}: {
  entries: WaitlistEntry[];
  now: Date;
  onGone: (isRefused: boolean) => void;
  onDeclined: () => void;
  onLeft: (entry: WaitlistEntry) => void;
}) {
  const { t } = useTranslation();
  const { offered, waiting, ended } = splitWaitlist(entries, now);
  return (
    <section className="section" aria-labelledby="bookings-waitlist">
      <h2 id="bookings-waitlist">{t('booking.waitlist.title')}</h2>
      <ul className="cards cards--single">
        {offered.map((entry) =>
          entry.offer ? (
            <WaitlistOfferCard
              key={entry.id}
              entry={entry}
              offer={entry.offer}
              onGone={onGone}
              onDeclined={onDeclined}
            />
          ) : null,
        )}
        {[...waiting, ...ended].map((entry) => {
          const phase = waitlistPhase(entry, now);
          return phase === 'offered' ? null : (
            <WaitlistCard key={entry.id} entry={entry} phase={phase} onLeft={onLeft} />
          );
        })}
      </ul>
    </section>
  );
}
