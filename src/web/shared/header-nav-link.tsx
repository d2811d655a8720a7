import { Button } from '@mantine/core';
import { Link, useMatch } from 'react-router';

/**
 * A section link in the header on wider screens (phones reach the sections from the user menu),
 * marked as the current page anywhere under its path.
 */
export function HeaderNavLink({ to, label, testId }: { to: string; label: string; testId: string }) {
  const active = useMatch({ path: to, end: false }) !== null;
  return (
    <Button
      component={Link}
      to={to}
      variant={active ? 'white' : 'subtle'}
      color={active ? undefined : 'white'}
      size="compact-md"
      visibleFrom="sm"
      aria-current={active ? 'page' : undefined}
      data-testid={testId}
    >
      {label}
    </Button>
  );
}
