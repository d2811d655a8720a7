import { Group, Paper, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

interface SectionCardProps {
  title: string;
  /** Beside the title, e.g. an "Ubah" button. */
  actions?: ReactNode;
  children: ReactNode;
  testId?: string;
}

/** A titled, bordered section of a page; the title names the section for screen readers. */
export function SectionCard({ title, actions, children, testId }: SectionCardProps) {
  const id = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      withBorder
      radius="md"
      p={{ base: 'sm', sm: 'lg' }}
      data-testid={testId}
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
          {actions}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}
