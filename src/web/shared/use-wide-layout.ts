import { useMediaQuery } from '@mantine/hooks';

/**
 * Whether the screen is wide enough for tables (48em, Mantine's `sm`); below it they become lists.
 * Read during the first render, so a phone never paints the table first.
 */
export function useWideLayout(): boolean {
  return useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
}
