import { lazy } from 'react';
import { createBrowserRouter } from 'react-router';
import { AppCrashPage } from './app-crash-page';
import { AppLayout } from './app-layout';
import { PageNotFound } from './page-not-found';

// Pages load on demand so the first screen needs less JavaScript.
const HomePage = lazy(() => import('../features/regions/home-page').then((m) => ({ default: m.HomePage })));
const RegionPage = lazy(() =>
  import('../features/regions/region-page').then((m) => ({ default: m.RegionPage })),
);

export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <AppCrashPage />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'wilayah/:code', element: <RegionPage /> },
        { path: '*', element: <PageNotFound /> },
      ],
    },
  ]);
}
