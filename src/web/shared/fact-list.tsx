import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './fact-list.module.css';

interface FactListProps {
  children: ReactNode;
  /** Short facts: narrower columns. */
  narrow?: boolean;
  'aria-label'?: string;
  testId?: string;
}

/** Facts as a description list: label above value, in as many columns as fit. */
export function FactList({ children, narrow = false, 'aria-label': label, testId }: FactListProps) {
  return (
    <dl className={classes.facts} data-narrow={narrow || undefined} aria-label={label} data-testid={testId}>
      {children}
    </dl>
  );
}

interface FactProps {
  label: string;
  children: ReactNode;
  testId: string;
  /** A long fact takes a row of its own. */
  wide?: boolean;
}

export function Fact({ label, children, testId, wide = false }: FactProps) {
  return (
    <div className={classes.fact} data-wide={wide || undefined} data-testid={testId}>
      <Text component="dt" size="xs" c="dimmed">
        {label}
      </Text>
      <dd className={classes.factValue}>{children}</dd>
    </div>
  );
}
