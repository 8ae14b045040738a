import QRCode from 'qrcode';

/**
 * The QR code of a ticket's status page as SVG markup, drawn here rather than by the server: a
 * kiosk at opening time issues a ticket every few seconds, and each one's picture costs the
 * server a millisecond it needs for calls. With a callback, the qrcode library draws at once,
 * so the ticket is printed with its code on the first frame.
 */
export function ticketQrSvg(statusUrl: string): string {
  let svg: string | undefined;
  QRCode.toString(statusUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }, (error, drawn) => {
    if (error) throw error;
    svg = drawn;
  });
  if (svg === undefined) throw new Error('qrcode drew the ticket code asynchronously');
  return svg;
}
