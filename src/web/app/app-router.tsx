import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RequireAdministrator, RequireSession } from '../features/session/require-session';
import { AppCrashPage } from './app-crash-page';
import { AppLayout } from './app-layout';
import { PageNotFound } from './page-not-found';

// Pages load on demand so the first screen needs less JavaScript.
const HomePage = lazy(() => import('../features/regions/home-page').then((m) => ({ default: m.HomePage })));
const RegionPage = lazy(() =>
  import('../features/regions/region-page').then((m) => ({ default: m.RegionPage })),
);
const SignInPage = lazy(() =>
  import('../features/session/sign-in-page').then((m) => ({ default: m.SignInPage })),
);
const AccountPage = lazy(() =>
  import('../features/account/account-page').then((m) => ({ default: m.AccountPage })),
);
const IndexImportPage = lazy(() =>
  import('../features/index-import/index-import-page').then((m) => ({ default: m.IndexImportPage })),
);
const UsersPage = lazy(() => import('../features/users/users-page').then((m) => ({ default: m.UsersPage })));
const CreateUserPage = lazy(() =>
  import('../features/users/create-user-page').then((m) => ({ default: m.CreateUserPage })),
);
const UserDetailPage = lazy(() =>
  import('../features/users/user-detail-page').then((m) => ({ default: m.UserDetailPage })),
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
        { path: 'masuk', element: <SignInPage /> },
        {
          element: <RequireSession />,
          children: [
            { path: 'akun', element: <AccountPage /> },
            { path: 'indeks/impor', element: <IndexImportPage /> },
            {
              path: 'admin',
              element: <RequireAdministrator />,
              children: [
                { index: true, element: <Navigate to="/admin/pengguna" replace /> },
                { path: 'pengguna', element: <UsersPage /> },
                { path: 'pengguna/baru', element: <CreateUserPage /> },
                { path: 'pengguna/:id', element: <UserDetailPage /> },
              ],
            },
          ],
        },
        { path: '*', element: <PageNotFound /> },
      ],
    },
  ]);
}
