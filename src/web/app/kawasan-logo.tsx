/** Hills over a field: the Kawasan mark (same drawing as the favicon). */
export function KawasanLogo({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#ffffff" fillOpacity="0.18" />
      <path d="M6 24 L13 12 L18 19 L21 15 L26 24 Z" fill="#ffffff" />
    </svg>
  );
}
