import { Anchor, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './app-layout.module.css';

export function AppFooter() {
  const { t } = useTranslation();
  return (
    <footer className={classes.footer}>
      <Container size="lg" px={{ base: 'sm', sm: 'md' }} py="md">
        <Stack gap={4}>
          <Anchor
            component={Link}
            to="/kawasan-publik"
            size="sm"
            fw={600}
            data-testid="footer-public-kawasan"
          >
            {t('kawasanPublic.footerLink')}
          </Anchor>
          <Text size="sm" data-testid="attribution">
            {t('footer.dataPrefix')}{' '}
            <Anchor href="https://github.com/fityannugroho/idn-area-data" target="_blank" rel="noreferrer">
              idn-area-data
            </Anchor>{' '}
            (
            <Anchor href="https://opendatacommons.org/licenses/odbl/" target="_blank" rel="noreferrer">
              ODbL
            </Anchor>
            )
          </Text>
          <Text size="xs" c="dimmed">
            {t('footer.license')}
          </Text>
        </Stack>
      </Container>
    </footer>
  );
}
