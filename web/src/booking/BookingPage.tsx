import './translations.js';
import './booking.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { bookingReads } from '../api/booking.js';
import type { Booking, Slot, SlotListing } from '../api/booking-types.js';
import { ApiError } from '../api/client.js';
import { useApi } from '../api/useApi.js';
import { Loaded } from '../components/StatusViews.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { mppHref, serviceHref } from '../links.js';
import { bookingFlowHref, type FlowParams } from './booking-links.js';
import { ConfirmStep } from './ConfirmStep.js';
import { findSlot, firstChoiceDate } from './day-summary.js';
import { PickStep } from './PickStep.js';

/**
 * /janji/:mpp/:service: booking a service at an MPP in two steps, a date and time, then a
 * confirmation. With `?ubah=<booking id>` the same steps move an existing booking instead.
 */
export function BookingPage() {
  const { t } = useTranslation();
  usePageTitle(t('booking.title'));
  const { mpp = '', service = '' } = useParams();
  // A new read after a refusal or on going back, so seats left are current.
  const [version, setVersion] = useState(0);
  const listing = useApi(`booking-slots:${mpp}:${service}:${version}`, (signal) =>
    bookingReads.listSlots(mpp, service, signal),
  );
  if (listing.status === 'error' && isNotBookable(listing.error)) {
    return <NotBookable error={listing.error} mppSlug={mpp} serviceSlug={service} />;
  }
  return (
    <Loaded state={listing}>
      {(data) => <BookingFlow listing={data} onReload={() => setVersion((v) => v + 1)} />}
    </Loaded>
  );
}

function isNotBookable(error: unknown): error is ApiError {
  return error instanceof ApiError && error.problem.code === 'booking.not_bookable';
}

function BookingFlow({ listing, onReload }: { listing: SlotListing; onReload: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const move = params.get('ubah');
  const slotKey = params.get('slot');
  const slot = slotKey ? findSlot(listing.days, slotKey) : undefined;
  const date = params.get('tanggal') ?? slot?.date ?? firstChoiceDate(listing.days);
  const { mpp, service } = listing;
  // Who is moving: their booking as it is now (only read when moving one).
  const moving = useApi(move ? `booking:${move}` : null, (signal) => bookingReads.getMyBooking(move ?? '', signal));
  const old: Booking | undefined = move && moving.status === 'ready' ? moving.data : undefined;

  function go(next: FlowParams, options: { replace?: boolean } = {}) {
    void navigate(bookingFlowHref(mpp.slug, service.slug, { ...next, move }), options);
  }

  function chooseAgain(chosen: Slot) {
    onReload();
    go({ date: chosen.date, slot: chosen.key });
  }

  return (
    <article className="booking">
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <Link to={mppHref(mpp.slug)}>{mpp.name}</Link>
          </li>
          <li>
            <Link to={serviceHref(service.slug, mpp.slug)}>{service.name}</Link>
          </li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>{move ? t('booking.moveTitle') : t('booking.title')}</h1>
        <p className="lead booking__what">
          {service.name}
          <br />
          <span className="muted">{mpp.name}</span>
        </p>
        <StepIndicator current={slot ? 2 : 1} />
      </header>
      {slot ? (
        <ConfirmStep
          listing={listing}
          slot={slot}
          move={move ? { id: move, old } : undefined}
          onBack={() => {
            onReload();
            go({ date: slot.date });
          }}
          onChooseSlot={chooseAgain}
        />
      ) : (
        <PickStep
          key={params.get('tanggal') ?? ''}
          listing={listing}
          initialDate={date}
          isSlotGone={slotKey !== null}
          isMoving={move !== null}
          onRefreshDay={(d) => {
            onReload();
            go({ date: d }, { replace: true });
          }}
          onSlot={(s) => {
            // Back from the confirmation lands on this slot's date.
            go({ date: s.date }, { replace: true });
            go({ date: s.date, slot: s.key });
          }}
        />
      )}
    </article>
  );
}

function StepIndicator({ current }: { current: 1 | 2 }) {
  const { t } = useTranslation();
  return (
    <ol className="booking-steps" aria-label={t('booking.steps.label')}>
      {([1, 2] as const).map((n) => (
        <li key={n} aria-current={n === current ? 'step' : undefined}>
          <span className="booking-steps__n" aria-hidden="true">
            {n}
          </span>
          {t(`booking.steps.${n}`)}
        </li>
      ))}
    </ol>
  );
}

/** The service takes no appointments here: say so in the server's words, and how to come instead. */
function NotBookable({ error, mppSlug, serviceSlug }: { error: ApiError; mppSlug: string; serviceSlug: string }) {
  const { t } = useTranslation();
  return (
    <div className="notice" role="status">
      <h1>{error.problem.title}</h1>
      <p>{error.problem.detail}</p>
      <p>
        <Link to={serviceHref(serviceSlug, mppSlug)}>{t('booking.backToService')}</Link>
      </p>
    </div>
  );
}
