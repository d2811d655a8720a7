import type { ReactNode } from 'react';
import { LineIcon } from '../../shared/line-icon';

/** Map control icons: a little bolder than the others, as they sit alone on buttons over the map. */
const Icon = ({ children }: { children: ReactNode }) => (
  <LineIcon size={18} strokeWidth={2.25}>
    {children}
  </LineIcon>
);

export const PlusIcon = () => (
  <Icon>
    <path d="M12 5v14M5 12h14" />
  </Icon>
);

export const MinusIcon = () => (
  <Icon>
    <path d="M5 12h14" />
  </Icon>
);

/** Four corners: show the whole region. */
export const FitIcon = () => (
  <Icon>
    <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
  </Icon>
);
