import { Link } from 'react-router';

export interface GeoPoint {
  id: string;
  latitude: number;
  longitude: number;
  /** Shown on hover and read by screen readers. */
  label: string;
  /** A CSS class for colour (e.g. `grade-a`, `visit-completed`). */
  tone?: string;
  href?: string;
  /** Drawn as a ring rather than a dot (e.g. where the account manager checked in). */
  ring?: boolean;
}

export interface GeoPlotProps {
  /** What the picture shows, for screen readers. */
  title: string;
  points: GeoPoint[];
  /** Ids of `points` joined in this order by a line (a route). */
  route?: string[];
  /** Lines from a point to another (e.g. shop → check-in position), as [fromId, toId]. */
  links?: [string, string][];
  width?: number;
  height?: number;
}

/**
 * Shops on a plane drawn from their coordinates: no map tiles, so it works offline and
 * behind any firewall. An equirectangular projection with longitude scaled by cos(latitude)
 * keeps distances true to within a fraction of a percent at city scale.
 */
export function GeoPlot({ title, points, route = [], links = [], width = 640, height = 420 }: GeoPlotProps) {
  if (points.length === 0) return null;
  const pad = 16;
  const latitudes = points.map((point) => point.latitude);
  const longitudes = points.map((point) => point.longitude);
  const [minLat, maxLat] = [Math.min(...latitudes), Math.max(...latitudes)];
  const [minLng, maxLng] = [Math.min(...longitudes), Math.max(...longitudes)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  // The same scale on both axes; a single shop still gets a small neighbourhood around it.
  const spanX = Math.max((maxLng - minLng) * xScale, 0.002);
  const spanY = Math.max(maxLat - minLat, 0.002);
  const scale = Math.min((width - 2 * pad) / spanX, (height - 2 * pad) / spanY);
  const offsetX = (width - spanX * scale) / 2;
  const offsetY = (height - spanY * scale) / 2;
  const x = (longitude: number) => offsetX + (longitude - minLng) * xScale * scale;
  const y = (latitude: number) => height - offsetY - (latitude - minLat) * scale;
  const byId = new Map(points.map((point) => [point.id, point]));
  const routePoints = route.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const radius = points.length > 500 ? 2.5 : points.length > 100 ? 3.5 : 6;

  return (
    // With links inside, a group (an img has presentational children: axe nested-interactive).
    <svg
      className="geo-plot"
      viewBox={`0 0 ${width} ${height}`}
      role={points.some((point) => point.href) ? 'group' : 'img'}
      aria-label={title}
    >
      <title>{title}</title>
      <rect x={0} y={0} width={width} height={height} className="geo-plot-ground" />
      {routePoints.length > 1 && (
        <polyline className="geo-plot-route" points={routePoints.map((point) => `${x(point.longitude)},${y(point.latitude)}`).join(' ')} />
      )}
      {links.map(([from, to]) => {
        const [a, b] = [byId.get(from), byId.get(to)];
        return a && b ? (
          <line
            key={`${from}-${to}`}
            className="geo-plot-link"
            x1={x(a.longitude)}
            y1={y(a.latitude)}
            x2={x(b.longitude)}
            y2={y(b.latitude)}
          />
        ) : null;
      })}
      {points.map((point) => {
        const mark = (
          <circle
            cx={x(point.longitude)}
            cy={y(point.latitude)}
            r={point.ring ? radius + 2 : radius}
            className={`geo-plot-point ${point.ring ? 'geo-plot-ring' : ''} ${point.tone ?? ''}`}
          >
            <title>{point.label}</title>
          </circle>
        );
        // The list beside the plot links the same shops; the plot's links stay out of the tab order.
        return point.href ? (
          <Link key={point.id} to={point.href} tabIndex={-1} aria-hidden="true">
            {mark}
          </Link>
        ) : (
          <g key={point.id}>{mark}</g>
        );
      })}
    </svg>
  );
}
