import { useInViewport } from '@mantine/hooks';
import { useEffect, useState } from 'react';

/**
 * Whether the element has come onto the screen yet; once true it stays true, so a section can
 * wait to download until it is scrolled to and keep what it loaded when scrolled away.
 */
export function useSeenOnce<T extends HTMLElement = HTMLDivElement>() {
  const { ref, inViewport } = useInViewport<T>();
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    if (inViewport) setSeen(true);
  }, [inViewport]);
  return { ref, seen };
}
