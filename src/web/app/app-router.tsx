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
const KawasanListPage = lazy(() =>
  import('../features/kawasan/kawasan-list-page').then((m) => ({ default: m.KawasanListPage })),
);
const KawasanCreatePage = lazy(() =>
  import('../features/kawasan/kawasan-create-page').then((m) => ({ default: m.KawasanCreatePage })),
);
const KawasanPage = lazy(() =>
  import('../features/kawasan/kawasan-page').then((m) => ({ default: m.KawasanPage })),
);
const KawasanRecommenderPage = lazy(() =>
  import('../features/kawasan-recommender/recommender-page').then((m) => ({
    default: m.KawasanRecommenderPage,
  })),
);
const PublicKawasanPage = lazy(() =>
  import('../features/kawasan-public/public-kawasan-page').then((m) => ({ default: m.PublicKawasanPage })),
);
const PublicKawasanListPage = lazy(() =>
  import('../features/kawasan-public/public-kawasan-list-page').then((m) => ({
    default: m.PublicKawasanListPage,
  })),
);
const RpkpListPage = lazy(() =>
  import('../features/rpkp/rpkp-list-page').then((m) => ({ default: m.RpkpListPage })),
);
const RpkpVersionPage = lazy(() =>
  import('../features/rpkp/rpkp-version-page').then((m) => ({ default: m.RpkpVersionPage })),
);
const MusyawarahListPage = lazy(() =>
  import('../features/musyawarah/musyawarah-list-page').then((m) => ({ default: m.MusyawarahListPage })),
);
const MusyawarahPage = lazy(() =>
  import('../features/musyawarah/musyawarah-page').then((m) => ({ default: m.MusyawarahPage })),
);
const PendampinganHomePage = lazy(() =>
  import('../features/pendampingan/pendampingan-home-page').then((m) => ({
    default: m.PendampinganHomePage,
  })),
);
const EntryPage = lazy(() =>
  import('../features/pendampingan/entry-page').then((m) => ({ default: m.EntryPage })),
);
const ReviewQueuePage = lazy(() =>
  import('../features/pendampingan/review-queue-page').then((m) => ({ default: m.ReviewQueuePage })),
);
const FacilitatorListPage = lazy(() =>
  import('../features/pendampingan/facilitator-list-page').then((m) => ({ default: m.FacilitatorListPage })),
);
const FacilitatorPage = lazy(() =>
  import('../features/pendampingan/facilitator-page').then((m) => ({ default: m.FacilitatorPage })),
);
const CoveragePage = lazy(() =>
  import('../features/pendampingan/coverage-page').then((m) => ({ default: m.CoveragePage })),
);
const LogFormPage = lazy(() =>
  import('../features/pendampingan/log-form-page').then((m) => ({ default: m.LogFormPage })),
);
const VerifyPage = lazy(() =>
  import('../features/pelatihan-public/verify-page').then((m) => ({ default: m.VerifyPage })),
);
const PelatihanHomePage = lazy(() =>
  import('../features/pelatihan/pelatihan-home-page').then((m) => ({ default: m.PelatihanHomePage })),
);
const ProviderListPage = lazy(() =>
  import('../features/pelatihan/provider-list-page').then((m) => ({ default: m.ProviderListPage })),
);
const ProviderPage = lazy(() =>
  import('../features/pelatihan/provider-page').then((m) => ({ default: m.ProviderPage })),
);
const ProgrammeNewPage = lazy(() =>
  import('../features/pelatihan/programme-new-page').then((m) => ({ default: m.ProgrammeNewPage })),
);
const ProgrammePage = lazy(() =>
  import('../features/pelatihan/programme-page').then((m) => ({ default: m.ProgrammePage })),
);
const TrainingSessionPage = lazy(() =>
  import('../features/pelatihan/session-page').then((m) => ({ default: m.SessionPage })),
);
const TrainingDashboardPage = lazy(() =>
  import('../features/pelatihan/dashboard-page').then((m) => ({ default: m.TrainingDashboardPage })),
);
const TrainingNeedsPage = lazy(() =>
  import('../features/pelatihan/needs-page').then((m) => ({ default: m.TrainingNeedsPage })),
);
const UsahaHomePage = lazy(() =>
  import('../features/usaha/home-page').then((m) => ({ default: m.UsahaHomePage })),
);
const EnterpriseNewPage = lazy(() =>
  import('../features/usaha/enterprise-form-page').then((m) => ({ default: m.EnterpriseNewPage })),
);
const EnterprisePage = lazy(() =>
  import('../features/usaha/enterprise-page').then((m) => ({ default: m.EnterprisePage })),
);
const PartnersPage = lazy(() =>
  import('../features/usaha/partners-page').then((m) => ({ default: m.PartnersPage })),
);
const ValueChainPage = lazy(() =>
  import('../features/usaha/value-chain-page').then((m) => ({ default: m.ValueChainPage })),
);
const BusinessDashboardPage = lazy(() =>
  import('../features/usaha/dashboard-page').then((m) => ({ default: m.BusinessDashboardPage })),
);
const ConvergencePage = lazy(() =>
  import('../features/dana-desa/convergence-page').then((m) => ({ default: m.ConvergencePage })),
);
const DanaDesaHomePage = lazy(() =>
  import('../features/dana-desa/home-page').then((m) => ({ default: m.DanaDesaHomePage })),
);
const DanaDesaPlanNewPage = lazy(() =>
  import('../features/dana-desa/plan-page').then((m) => ({ default: m.PlanNewPage })),
);
const DanaDesaPlanPage = lazy(() =>
  import('../features/dana-desa/plan-page').then((m) => ({ default: m.PlanPage })),
);
const DanaDesaSummaryPage = lazy(() =>
  import('../features/dana-desa/summary-page').then((m) => ({ default: m.DanaDesaSummaryPage })),
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
        { path: 'kawasan-publik', element: <PublicKawasanListPage /> },
        { path: 'kawasan/:id/publik', element: <PublicKawasanPage /> },
        // Public: anyone checks a training certificate by the code printed on it.
        { path: 'verifikasi', element: <VerifyPage /> },
        { path: 'verifikasi/:code', element: <VerifyPage /> },
        // Checks the session itself: it must also open without signal, from the phone's outbox.
        { path: 'pendampingan/catat', element: <LogFormPage /> },
        {
          element: <RequireSession />,
          children: [
            { path: 'akun', element: <AccountPage /> },
            { path: 'indeks/impor', element: <IndexImportPage /> },
            { path: 'kawasan', element: <KawasanListPage /> },
            { path: 'kawasan/baru', element: <KawasanCreatePage /> },
            // Static segments rank above `:id`, so these never open as a kawasan page.
            { path: 'kawasan/rekomendasi', element: <KawasanRecommenderPage /> },
            { path: 'kawasan/rekomendasi/:id', element: <KawasanRecommenderPage /> },
            { path: 'kawasan/:id', element: <KawasanPage /> },
            { path: 'kawasan/:id/musyawarah', element: <MusyawarahListPage /> },
            { path: 'musyawarah/:mid', element: <MusyawarahPage /> },
            { path: 'kawasan/:id/rpkp', element: <RpkpListPage /> },
            { path: 'kawasan/:id/rpkp/:version', element: <RpkpVersionPage /> },
            { path: 'pendampingan', element: <PendampinganHomePage /> },
            { path: 'pendampingan/kegiatan/:eid', element: <EntryPage /> },
            { path: 'pendampingan/tinjauan', element: <ReviewQueuePage /> },
            { path: 'pendampingan/pendamping', element: <FacilitatorListPage /> },
            { path: 'pendampingan/pendamping/:fid', element: <FacilitatorPage /> },
            { path: 'pendampingan/cakupan', element: <CoveragePage /> },
            { path: 'pelatihan', element: <PelatihanHomePage /> },
            { path: 'pelatihan/penyelenggara', element: <ProviderListPage /> },
            { path: 'pelatihan/penyelenggara/:pid', element: <ProviderPage /> },
            // Static `baru` ranks above `:prid`, so it never opens as a programme page.
            { path: 'pelatihan/program/baru', element: <ProgrammeNewPage /> },
            { path: 'pelatihan/program/:prid', element: <ProgrammePage /> },
            { path: 'pelatihan/angkatan/:sid', element: <TrainingSessionPage /> },
            { path: 'pelatihan/dasbor', element: <TrainingDashboardPage /> },
            { path: 'pelatihan/kebutuhan', element: <TrainingNeedsPage /> },
            { path: 'usaha', element: <UsahaHomePage /> },
            // Static segments (`baru`, `mitra`) rank above `:eid`, so they never open as an enterprise.
            { path: 'usaha/baru', element: <EnterpriseNewPage /> },
            { path: 'usaha/mitra', element: <PartnersPage /> },
            { path: 'usaha/rantai-nilai', element: <ValueChainPage /> },
            { path: 'usaha/dasbor', element: <BusinessDashboardPage /> },
            { path: 'usaha/:eid', element: <EnterprisePage /> },
            { path: 'dana-desa', element: <DanaDesaHomePage /> },
            // Static `baru` ranks above `:pid`, so it never opens as a plan page.
            { path: 'dana-desa/rencana/baru', element: <DanaDesaPlanNewPage /> },
            { path: 'dana-desa/rencana/:pid', element: <DanaDesaPlanPage /> },
            { path: 'dana-desa/ringkasan', element: <DanaDesaSummaryPage /> },
            { path: 'dana-desa/konvergensi', element: <ConvergencePage /> },
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
