import { Button, Group, Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface DeadEndPanelProps {
  title: string;
  children: ReactNode;
  /** Announce it to screen readers as an alert (a problem with what was asked). */
  alert?: boolean;
}

/** A page that cannot show what was asked for: a title, an explanation, and the way back home. */
export function DeadEndPanel({ title, children, alert = false }: DeadEndPanelProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p={{ base: 'md', sm: 'xl' }} role={alert ? 'alert' : undefined}>
      <Stack gap="sm">
        <Title order={1} size="h2">
          {title}
        </Title>
        {children}
        <Group>
          <Button component={Link} to="/" variant="light">
            {t('region.backHome')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
