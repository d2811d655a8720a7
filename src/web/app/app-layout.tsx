import { Container } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration } from 'react-router';
import { LoadingState } from '../shared/loading-state';
import { AppFooter } from './app-footer';
import { AppHeader } from './app-header';
import classes from './app-layout.module.css';

/** Header with search and language switch, the page, and the attribution footer. */
export function AppLayout() {
  const { t } = useTranslation();
  return (
    <div className={classes.shell}>
      <a href="#main" className={classes.skip}>
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <Container
        component="main"
        id="main"
        tabIndex={-1}
        size="lg"
        px={{ base: 'sm', sm: 'md' }}
        py="lg"
        className={classes.main}
      >
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </Container>
      <AppFooter />
      <ScrollRestoration />
    </div>
  );
}
