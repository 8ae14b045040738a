import { useTranslation } from 'react-i18next';
import type { GeoState } from '../hooks/useGeolocation.js';

/** Tells the visitor what the location request is doing or why it failed. */
export function GeoStatus({ state }: { state: GeoState }) {
  const { t } = useTranslation();
  const message =
    state.status === 'locating'
      ? t('geo.locating')
      : state.status === 'denied'
        ? t('geo.denied')
        : state.status === 'unsupported'
          ? t('geo.unsupported')
          : '';
  return (
    <p className="muted" role="status" aria-live="polite">
      {message}
    </p>
  );
}
