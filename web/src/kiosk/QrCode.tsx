import { useMemo } from 'react';
import { ticketQrSvg } from '../queue/qr.js';

/**
 * The QR code of the ticket's status page, drawn here as inline SVG so it prints sharp on a
 * thermal printer and needs no second request.
 */
export function QrCode({ url, label, className = 'qr' }: { url: string; label: string; className?: string }) {
  const svg = useMemo(() => ticketQrSvg(url), [url]);
  return (
    <div
      className={className}
      role="img"
      aria-label={label}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: markup drawn by the qrcode library from our own link, not user input.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
