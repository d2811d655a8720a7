import { Stack, Title } from '@mantine/core';
import { type CSSProperties, type ReactNode, useId } from 'react';

interface IdmSubsectionProps {
  heading: string;
  testId?: string;
  style?: CSSProperties;
  children: ReactNode;
}

/** A part of a region's IDM card (a ranking, the status movement): a section named by its heading. */
export function IdmSubsection({ heading, testId, style, children }: IdmSubsectionProps) {
  const id = useId();
  return (
    <Stack gap="xs" component="section" aria-labelledby={id} data-testid={testId} style={style}>
      <Title order={3} size="h5" id={id}>
        {heading}
      </Title>
      {children}
    </Stack>
  );
}
