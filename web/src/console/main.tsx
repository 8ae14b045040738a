import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import './i18n.js';
import '../styles.css';
import './console.css';
import './components/queue/queue.css';
import './components/booking/booking.css';
import { SessionProvider } from '../auth/SessionProvider.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { ConsoleLayout } from './components/ConsoleLayout.js';
import { ApiKeysPage } from './pages/ApiKeysPage.js';
import { AuditPage } from './pages/AuditPage.js';
import { BookingDayPage } from './pages/BookingDayPage.js';
import { BookingSchedulePage } from './pages/BookingSchedulePage.js';
import { CounterPage } from './pages/CounterPage.js';
import { CountersPage } from './pages/CountersPage.js';
import { HomePage } from './pages/HomePage.js';
import { InvitationPage } from './pages/InvitationPage.js';
import { MppCreatePage } from './pages/MppCreatePage.js';
import { MppEditPage } from './pages/MppEditPage.js';
import { MppsPage } from './pages/MppsPage.js';
import { QueueLivePage } from './pages/QueueLivePage.js';
import { ServiceEditorPage } from './pages/ServiceEditorPage.js';
import { ServicesPage } from './pages/ServicesPage.js';
import { SignInPage } from './pages/SignInPage.js';
import { StaffPage } from './pages/StaffPage.js';
import { TenantCreatePage } from './pages/TenantCreatePage.js';
import { TenantEditPage } from './pages/TenantEditPage.js';
import { TenantsPage } from './pages/TenantsPage.js';

/**
 * The staff console: its own entry point and bundle (ARCHITECTURE.md, Front end), served at
 * /console/. Until a server sends console.html for every /console/* page, it may be opened as
 * /console.html, which is turned into /console/ here.
 */
if (window.location.pathname === '/console.html' || window.location.pathname === '/console') {
  window.history.replaceState(null, '', `/console/${window.location.search}${window.location.hash}`);
}

const root = document.getElementById('root');
if (!root) throw new Error('console.html has no #root');

createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <BrowserRouter basename="/console">
        <Routes>
          <Route path="sign-in" element={<SignInPage />} />
          <Route path="invitation" element={<InvitationPage />} />
          <Route element={<ConsoleLayout />}>
            <Route index element={<HomePage />} />
            <Route path="loket" element={<CounterPage />} />
            <Route path="loket/:counterId" element={<CounterPage />} />
            <Route path="antrean" element={<QueueLivePage />} />
            <Route path="janji" element={<BookingDayPage />} />
            <Route path="janji/:mpp/jadwal/:service" element={<BookingSchedulePage />} />
            <Route path="mpps" element={<MppsPage />} />
            <Route path="mpps/new" element={<MppCreatePage />} />
            <Route path="mpps/:ref" element={<MppEditPage />} />
            <Route path="tenants" element={<TenantsPage />} />
            <Route path="tenants/new" element={<TenantCreatePage />} />
            <Route path="tenants/:ref" element={<TenantEditPage />} />
            <Route path="counters" element={<CountersPage />} />
            <Route path="services" element={<ServicesPage />} />
            <Route path="services/new" element={<ServiceEditorPage />} />
            <Route path="services/:ref" element={<ServiceEditorPage />} />
            <Route path="staff" element={<StaffPage />} />
            <Route path="api-keys" element={<ApiKeysPage />} />
            <Route path="audit" element={<AuditPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  </StrictMode>,
);
