import { useMemo } from 'react';
import { ticketQrSvg } from '../queue/qr.js';

/**
 * The booking code as a QR code, drawn on the phone (no request, works offline once shown):
 * the kiosk's hand-held scanner reads it and types the code.
 */
export function CodeQr({ code, label }: { code: string; label: string }) {
  const svg = useMemo(() => ticketQrSvg(code), [code]);
  return (
    <div
      className="booking-qr"
      role="img"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: markup drawn by the qrcode library from a booking code of letters and digits.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
