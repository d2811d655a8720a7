import { Container, Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router';
import type { RegionDetail, RegionRef } from '../../contracts/regions.contract';
import { DanaDesaNavLink } from '../features/dana-desa/dana-desa-nav-link';
import { KawasanNavLink } from '../features/kawasan/kawasan-nav-link';
import { PelatihanNavLink } from '../features/pelatihan/pelatihan-nav-link';
import { PendampinganNavLink } from '../features/pendampingan/pendampingan-nav-link';
import { RegionSearchBox } from '../features/regions/region-search-box';
import { useRegionDetail } from '../features/regions/use-region-queries';
import { UserMenu } from '../features/session/user-menu';
import { UsahaNavLink } from '../features/usaha/usaha-nav-link';
import classes from './app-layout.module.css';
import { KawasanLogo } from './kawasan-logo';
import { LanguageSwitch } from './language-switch';

/** The region a search can be limited to: the page's region, or a village's kecamatan. */
function searchScope(region: RegionDetail | undefined): RegionRef | null {
  if (!region) return null;
  if (region.level !== 'village') return region;
  return region.ancestors.at(-1) ?? null;
}

export function AppHeader() {
  const { t } = useTranslation();
  const match = useMatch('/wilayah/:code');
  const region = useRegionDetail(match?.params.code).data;
  return (
    <header className={classes.header}>
      <Container size="lg" px={{ base: 'sm', sm: 'md' }}>
        <div className={classes.bar}>
          <UnstyledButton component={Link} to="/" className={classes.brand} aria-label={t('app.homeLink')}>
            <Group gap={8} wrap="nowrap">
              <KawasanLogo size={28} />
              <Text fw={700} size="lg" c="white">
                {t('app.name')}
              </Text>
            </Group>
          </UnstyledButton>
          <div className={classes.search}>
            <RegionSearchBox scope={searchScope(region)} />
          </div>
          <div className={classes.actions}>
            <KawasanNavLink />
            <PendampinganNavLink />
            <PelatihanNavLink />
            <UsahaNavLink />
            <DanaDesaNavLink />
            <UserMenu />
            <LanguageSwitch />
          </div>
        </div>
      </Container>
    </header>
  );
}
