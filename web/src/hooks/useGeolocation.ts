import { useCallback, useState } from 'react';

export type GeoState =
  | { status: 'idle' }
  | { status: 'locating' }
  | { status: 'unsupported' }
  | { status: 'denied' }
  | { status: 'located'; latitude: number; longitude: number };

/** Asks for the device's position only when the visitor presses the button, never on load. */
type Position = { latitude: number; longitude: number };

export function useGeolocation(): {
  state: GeoState;
  locate: (onLocated?: (position: Position) => void) => void;
  isSupported: boolean;
} {
  const isSupported = typeof navigator !== 'undefined' && 'geolocation' in navigator;
  const [state, setState] = useState<GeoState>({ status: 'idle' });
  const locate = useCallback(
    (onLocated?: (position: Position) => void) => {
      if (!isSupported) {
        setState({ status: 'unsupported' });
        return;
      }
      setState({ status: 'locating' });
      navigator.geolocation.getCurrentPosition(
        (position) => {
          const { latitude, longitude } = position.coords;
          setState({ status: 'located', latitude, longitude });
          onLocated?.({ latitude, longitude });
        },
        () => setState({ status: 'denied' }),
        { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
      );
    },
    [isSupported],
  );
  return { state, locate, isSupported };
}

/** The `near` parameter of the search API: "lat,lng" rounded to about 100 m. */
export function formatNear(latitude: number, longitude: number): string {
  return `${latitude.toFixed(3)},${longitude.toFixed(3)}`;
}
