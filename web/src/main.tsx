import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router';
import './i18n/index.js';
import './styles.css';
import { Layout } from './components/Layout.js';
import { HomePage } from './pages/HomePage.js';
import { MppPage } from './pages/MppPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { SearchPage } from './pages/SearchPage.js';
import { ServicePage } from './pages/ServicePage.js';
import { TenantPage } from './pages/TenantPage.js';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<HomePage />} />
          <Route path="cari" element={<SearchPage />} />
          <Route path="mpp/:slug" element={<MppPage />} />
          <Route path="layanan/:slug" element={<ServicePage />} />
          <Route path="instansi/:slug" element={<TenantPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);
