import type { CSSProperties, ReactNode } from 'react';

interface LineIconProps {
  /** The paths, on a 24 × 24 grid. */
  children: ReactNode;
  size: number;
  strokeWidth?: number;
  className?: string;
  style?: CSSProperties;
}

/**
 * A line icon in the colour of the text around it, drawn inline so no icon library is needed.
 * Decoration only: the control or link it sits in carries the words.
 */
export function LineIcon({ children, size, strokeWidth = 2, className, style }: LineIconProps) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      className={className}
      style={style}
    >
      {children}
    </svg>
  );
}
