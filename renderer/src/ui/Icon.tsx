// One small set of line icons drawn for Afterview on a 20 px grid: 1.5 px strokes, round
// caps and joins, currentColor. Decorative by default (aria-hidden): every icon sits next
// to a visible label or inside a control that has an accessible name and a tooltip.
import type { ReactElement } from 'react';

const PATHS = {
  search: (
    <>
      <circle cx="8.5" cy="8.5" r="5" />
      <path d="M12.2 12.2 16.5 16.5" />
    </>
  ),
  plus: <path d="M10 4v12M4 10h12" />,
  sliders: (
    <>
      <path d="M4 6h7M15 6h1M4 14h1M9 14h7" />
      <circle cx="13" cy="6" r="2" />
      <circle cx="7" cy="14" r="2" />
    </>
  ),
  today: (
    <>
      <rect x="3.5" y="4.5" width="13" height="12" rx="2" />
      <path d="M3.5 8.5h13M7 3v3M13 3v3" />
      <circle cx="10" cy="12.5" r="1.2" />
    </>
  ),
  insights: <path d="M3.5 16.5h13M6 13.5V10M10 13.5V5.5M14 13.5V8" />,
  board: (
    <>
      <rect x="3" y="4" width="4" height="12" rx="1" />
      <rect x="8" y="4" width="4" height="8" rx="1" />
      <rect x="13" y="4" width="4" height="10" rx="1" />
    </>
  ),
  close: <path d="M5 5l10 10M15 5 5 15" />,
  chevronDown: <path d="M6 8l4 4 4-4" />,
  chevronRight: <path d="M8 6l4 4-4 4" />,
  chevronLeft: <path d="M12 6l-4 4 4 4" />,
  widen: <path d="M8 5 3 10l5 5M3 10h9M16 4v12" />,
  narrow: <path d="M12 5l5 5-5 5M17 10H8M4 4v12" />,
  copy: (
    <>
      <rect x="7" y="7" width="9.5" height="9.5" rx="1.5" />
      <path d="M13 4.5V4a1 1 0 0 0-1-1H4.5a1 1 0 0 0-1 1v7.5a1 1 0 0 0 1 1H5" />
    </>
  ),
  mail: (
    <>
      <rect x="3" y="5" width="14" height="10.5" rx="1.5" />
      <path d="m3.5 6 6.5 5 6.5-5" />
    </>
  ),
  check: <path d="m4.5 10.5 3.5 3.5 7.5-8" />,
  undo: <path d="M7 5 3.5 8.5 7 12M3.5 8.5H12a4.5 4.5 0 0 1 0 9H9" />,
  upload: <path d="M10 13V3.5M6 7l4-4 4 4M4 13v2.5a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V13" />,
  download: <path d="M10 3.5V13M6 9.5l4 4 4-4M4 13v2.5a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V13" />,
  keyboard: (
    <>
      <rect x="2.5" y="5" width="15" height="10" rx="1.5" />
      <path d="M5.5 8h1M9.5 8h1M13.5 8h1M6 12h8" />
    </>
  ),
  alert: (
    <>
      <path d="M10 3 17.5 16h-15z" />
      <path d="M10 8v3.5M10 13.8v.2" />
    </>
  ),
  clock: (
    <>
      <circle cx="10" cy="10" r="6.5" />
      <path d="M10 6.5V10l2.5 1.5" />
    </>
  ),
  trash: <path d="M4 6h12M8 6V4h4v2M5.5 6l.8 10h7.4l.8-10" />,
  history: (
    <>
      <path d="M3.5 10a6.5 6.5 0 1 0 2-4.7M3.5 3.5v3h3" />
      <path d="M10 7v3.3l2.2 1.4" />
    </>
  ),
  bell: <path d="M5.5 13.5V9a4.5 4.5 0 0 1 9 0v4.5l1.5 1.5H4zM8.5 17h3" />,
  link: <path d="M8.5 11.5l3-3M7 9.5 5.5 11a2.5 2.5 0 0 0 3.5 3.5l1.5-1.5M13 10.5l1.5-1.5A2.5 2.5 0 0 0 11 5.5L9.5 7" />,
  sparkle: <path d="M10 3v4M10 13v4M3 10h4M13 10h4M5.5 5.5l2 2M12.5 12.5l2 2M14.5 5.5l-2 2M7.5 12.5l-2 2" />,
  note: (
    <>
      <path d="M5 3.5h7l3 3v10H5z" />
      <path d="M8 10h4M8 13h4" />
    </>
  ),
  folder: <path d="M3 6a1 1 0 0 1 1-1h4l1.5 1.5H16a1 1 0 0 1 1 1V15a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z" />,
  help: (
    <>
      <circle cx="10" cy="10" r="6.5" />
      <path d="M8.2 8a1.9 1.9 0 1 1 2.6 1.8c-.5.2-.8.6-.8 1.2v.4M10 13.6v.2" />
    </>
  ),
} satisfies Record<string, ReactElement>;

export type IconName = keyof typeof PATHS;

export function Icon({ name, size = 16, className }: { name: IconName; size?: number; className?: string }) {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.5}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {PATHS[name]}
    </svg>
  );
}
