import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../session/use-session';
import { convergencePath, mayReadConvergence } from './convergence-model';

/** On the kawasan page: the way to every source of money of the kawasan. */
export function ConvergenceLink({
  kawasanId,
  memberCodes,
}: {
  kawasanId: string;
  memberCodes: readonly string[];
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  if (!mayReadConvergence(user, kawasanId, memberCodes)) return null;
  return (
    <Group gap="sm" wrap="nowrap" align="center">
      <Button
        component={Link}
        to={convergencePath(kawasanId, new Date().getFullYear())}
        variant="light"
        data-testid="kawasan-konvergensi-link"
      >
        {t('konvergensi.kawasanPageLink')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('konvergensi.kawasanPageHint')}
      </Text>
    </Group>
  );
}
