import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isBadRequest, isNotFound } from '../../api-client/api-error';
import { ErrorState } from '../../shared/error-state';

interface RegionErrorStateProps {
  code: string;
  error: unknown;
  onRetry: () => void;
}

/** Unknown code → "Wilayah tidak ditemukan"; malformed code → the server's explanation; else retry. */
export function RegionErrorState({ code, error, onRetry }: RegionErrorStateProps) {
  const { t } = useTranslation();
  const notFound = isNotFound(error);
  if (!notFound && !isBadRequest(error)) return <ErrorState error={error} onRetry={onRetry} />;
  const message = notFound
    ? t('region.notFoundText', { code })
    : error instanceof Error
      ? error.message
      : t('error.genericText');
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} role={notFound ? undefined : 'alert'}>
      <Stack gap="sm">
        <Title order={1} size="h2">
          {notFound ? t('region.notFoundTitle') : t('region.invalidCodeTitle')}
        </Title>
        <Text data-testid="region-error-message" style={{ overflowWrap: 'anywhere' }}>
          {message}
        </Text>
        <Group>
          <Button component={Link} to="/" variant="light">
            {t('region.backHome')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
