import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { ticketQrSvg } from './qr.js';

describe('ticketQrSvg', () => {
  it('draws the status page address as SVG at once, the same picture the library draws', async () => {
    const url = 'https://satupintu.example/antrean/01a220fc-a5e4-77df-8c22-21c54879d8d5?k=abcDEF123_-xyz0123456';
    const svg = ticketQrSvg(url);
    expect(svg).toMatch(/^<svg[^>]*viewBox/);
    expect(svg).toBe(await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }));
    expect(ticketQrSvg(`${url}x`)).not.toBe(svg);
  });
});
