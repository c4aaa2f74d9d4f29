// The picture of one chart: an image named by its title and described by a sentence with its
// numbers, so a screen reader hears the point and the table beside gives the detail.
import { useId, type ReactNode } from 'react';

export function ChartSvg({
  className,
  width,
  height,
  title,
  description,
  children,
}: {
  className: string;
  width: number;
  height: number;
  title: string;
  description: string;
  children: ReactNode;
}) {
  const titleId = useId();
  const descId = useId();
  return (
    <svg className={className} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`}>
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}
