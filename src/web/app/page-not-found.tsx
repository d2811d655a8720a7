import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any address the app does not know. */
export function PageNotFound() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('error.pageNotFoundTitle')} · Kawasan`);
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }}>
      <Stack gap="sm">
        <Title order={1} size="h2">
          {t('error.pageNotFoundTitle')}
        </Title>
        <Text>{t('error.pageNotFoundText')}</Text>
        <Group>
          <Button component={Link} to="/" variant="light">
            {t('region.backHome')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
