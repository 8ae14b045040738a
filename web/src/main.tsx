import { lazy, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import './i18n/index.js';
import './styles.css';
import { SessionProvider } from './auth/SessionProvider.js';
import { Layout } from './components/Layout.js';
import { HomePage } from './pages/HomePage.js';
import { MppPage } from './pages/MppPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { ServicePage } from './pages/ServicePage.js';
import { TenantPage } from './pages/TenantPage.js';

// The account pages load on demand, so finding a service stays a small download on a slow phone.
const SignInPage = lazy(() => import('./account/SignInPage.js').then((m) => ({ default: m.SignInPage })));
const AccountLayout = lazy(() => import('./account/AccountLayout.js').then((m) => ({ default: m.AccountLayout })));
const ProfilePage = lazy(() => import('./account/ProfilePage.js').then((m) => ({ default: m.ProfilePage })));
const MyDataPage = lazy(() => import('./account/MyDataPage.js').then((m) => ({ default: m.MyDataPage })));
const SessionsPage = lazy(() => import('./account/SessionsPage.js').then((m) => ({ default: m.SessionsPage })));
const TicketPage = lazy(() => import('./pages/TicketPage.js').then((m) => ({ default: m.TicketPage })));
const DeletedPage = lazy(() => import('./account/DeletedPage.js').then((m) => ({ default: m.DeletedPage })));
const BookingPage = lazy(() => import('./booking/BookingPage.js').then((m) => ({ default: m.BookingPage })));
const MyBookingsPage = lazy(() => import('./booking/MyBookingsPage.js').then((m) => ({ default: m.MyBookingsPage })));
const BookingDetailPage = lazy(() =>
  import('./booking/BookingDetailPage.js').then((m) => ({ default: m.BookingDetailPage })),
);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <SessionProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<HomePage />} />
            <Route path="cari" element={<SearchPage />} />
            <Route path="mpp/:slug" element={<MppPage />} />
            <Route path="layanan/:slug" element={<ServicePage />} />
            <Route path="instansi/:slug" element={<TenantPage />} />
            <Route path="antrean/:id" element={<TicketPage />} />
            <Route path="janji/:mpp/:service" element={<BookingPage />} />
            <Route path="masuk" element={<SignInPage />} />
            <Route path="akun/dihapus" element={<DeletedPage />} />
            <Route path="akun" element={<AccountLayout />}>
              <Route index element={<ProfilePage />} />
              <Route path="data" element={<MyDataPage />} />
              <Route path="sesi" element={<SessionsPage />} />
              <Route path="janji" element={<MyBookingsPage />} />
              <Route path="janji/:id" element={<BookingDetailPage />} />
            </Route>
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </SessionProvider>
  </StrictMode>,
);
