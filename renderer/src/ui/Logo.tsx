/** Afterview's mark: three columns of a board, shortening left to right. */
export function Logo({ size = 20, className }: { size?: number; className?: string }) {
  return (
    <svg className={className} width={size} height={size} viewBox="0 0 20 20" aria-hidden="true">
      <rect x="2" y="3" width="4.5" height="14" rx="1.5" fill="currentColor" opacity="0.45" />
      <rect x="7.75" y="3" width="4.5" height="10" rx="1.5" fill="currentColor" opacity="0.7" />
      <rect x="13.5" y="3" width="4.5" height="7" rx="1.5" fill="currentColor" />
    </svg>
  );
}
