import { Badge, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { AssignmentView } from '../../contracts/access.contract';
import { scopeText, useRoleLabel } from './access-labels';
import classes from './assignment-list.module.css';

interface AssignmentListProps {
  assignments: readonly AssignmentView[];
  /** Accessible name of the list. */
  label: string;
  /** Shown instead of an empty list. */
  empty: string;
  /** Something to put at the end of each row, e.g. a "Cabut" button. */
  action?: (assignment: AssignmentView) => ReactNode;
  size?: 'sm' | 'md';
}

/** Roles with their scopes: a badge for the role, then the place, e.g. Kabupaten/Kota · Kota Semarang (33.74). */
export function AssignmentList({ assignments, label, empty, action, size = 'md' }: AssignmentListProps) {
  const roleLabel = useRoleLabel();
  if (assignments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <ul className={classes.list} aria-label={label} data-size={size}>
      {assignments.map((a) => (
        <li key={a.id} className={classes.item} data-testid="assignment">
          <Group gap={6} wrap="wrap" className={classes.text}>
            <Badge
              variant="light"
              radius="sm"
              size={size === 'sm' ? 'sm' : 'md'}
              data-testid="assignment-role"
            >
              {roleLabel(a.role)}
            </Badge>
            <Text size="sm" span data-testid="assignment-scope" className={classes.scope}>
              {scopeText(a.scope)}
            </Text>
          </Group>
          {action?.(a)}
        </li>
      ))}
    </ul>
  );
}
