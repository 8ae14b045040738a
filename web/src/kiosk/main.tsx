import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n.js';
import '../styles.css';
import './kiosk.css';
import { absorbUrlSettings } from './device.js';
import { KioskApp } from './KioskApp.js';

/**
 * The queue kiosk (anjungan): its own entry point and small bundle, served at /kiosk. A touch
 * screen with a thermal printer; no keyboard, no mouse, no sign-in: the device token from
 * pairing identifies it to the server.
 */
if (window.location.pathname === '/kiosk.html') {
  window.history.replaceState(null, '', `/kiosk${window.location.search}`);
}
absorbUrlSettings();

const root = document.getElementById('root');
if (!root) throw new Error('kiosk.html has no #root');

createRoot(root).render(
  <StrictMode>
    <KioskApp />
  </StrictMode>,
);
