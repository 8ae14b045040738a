import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import i18n from './i18n.js';
import '../styles.css';
import './display.css';
import { DisplayApp } from './DisplayApp.js';

/**
 * The queue display board (layar antrean) on a TV in the hall: /layar/<mpp>. Its own entry point
 * and small bundle; no mouse, no keyboard, no sign-in. Bahasa Indonesia unless ?lang=en.
 */
const lang = new URLSearchParams(window.location.search).get('lang');
void i18n.changeLanguage(lang === 'en' ? 'en' : 'id');

const root = document.getElementById('root');
if (!root) throw new Error('display.html has no #root');

createRoot(root).render(
  <StrictMode>
    <DisplayApp />
  </StrictMode>,
);
