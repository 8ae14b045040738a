/** The portal's URLs in one place; the paths are Indonesian because citizens read and share them. */

const at = encodeURIComponent;

export function mppHref(slug: string): string {
  return `/mpp/${at(slug)}`;
}

export function tenantHref(slug: string): string {
  return `/instansi/${at(slug)}`;
}

/** A service page; with `mppSlug`, the page opens with that MPP as its context. */
export function serviceHref(serviceSlug: string, mppSlug?: string): string {
  const base = `/layanan/${at(serviceSlug)}`;
  return mppSlug ? `${base}?mpp=${at(mppSlug)}` : base;
}

export type SearchLinkParams = {
  q?: string;
  mpp?: string;
  provinceCode?: string;
  category?: string;
  mode?: string;
  near?: string;
};

export function searchHref(params: SearchLinkParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  const qs = query.toString();
  return qs ? `/cari?${qs}` : '/cari';
}

/** Sign in or sign up; `returnTo` is where the citizen goes afterwards (a path of this site). */
export function signInHref(returnTo?: string): string {
  return returnTo && returnTo !== '/' ? `/masuk?kembali=${at(returnTo)}` : '/masuk';
}

export function accountHref(section?: 'data' | 'sesi'): string {
  return section ? `/akun/${section}` : '/akun';
}

/** Only a path on this site is followed after sign-in, never another origin. */
export function safeReturnPath(value: string | null, fallback: string): string {
  return value?.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : fallback;
}
