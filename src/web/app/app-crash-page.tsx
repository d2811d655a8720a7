import { Alert, Button, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';

/** Last resort when rendering throws: say so and offer a reload instead of a blank page. */
export function AppCrashPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  return (
    <Container size="sm" py="xl">
      <Alert color="red" title={t('error.crashTitle')} role="alert">
        <Stack gap="sm">
          {error instanceof Error && (
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {error.message}
            </Text>
          )}
          <Button color="red" onClick={() => window.location.reload()} w="fit-content">
            {t('error.reload')}
          </Button>
        </Stack>
      </Alert>
    </Container>
  );
}
