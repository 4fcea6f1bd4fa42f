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
  /** Written inside a larger dot (e.g. the stop's place in the route). */
  number?: number;
}

/** A group of points outlined by their convex hull and labelled (e.g. a territory's shops). */
export interface GeoArea {
  id: string;
  label: string;
  pointIds: string[];
}

export interface GeoPlotProps {
  /** What the picture shows, for screen readers. */
  title: string;
  points: GeoPoint[];
  /** Ids of `points` joined in this order by a line (a route). */
  route?: string[];
  /** Lines from a point to another (e.g. shop → check-in position), as [fromId, toId]. */
  links?: [string, string][];
  areas?: GeoArea[];
  /** Draws a scale bar with this text for its length (e.g. `500 m`, localised by the caller). */
  scaleLabel?: (metres: number) => string;
  width?: number;
  height?: number;
}

/**
 * Shops on a plane drawn from their coordinates: no map tiles, so it works offline and
 * behind any firewall. An equirectangular projection with longitude scaled by cos(latitude)
 * keeps distances true to within a fraction of a percent at city scale.
 */
export function GeoPlot({ title, points, route = [], links = [], areas = [], scaleLabel, width = 640, height = 420 }: GeoPlotProps) {
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
  // A degree of latitude is 111.32 km everywhere; the bar takes at most a quarter of the width.
  const scaleMetres = niceLength(((width / 4) * 111_320) / scale);
  const scalePixels = (scaleMetres * scale) / 111_320;

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
      {areas.map((area) => {
        const corners = hull(
          area.pointIds.flatMap((id) => (byId.has(id) ? [[x(byId.get(id)!.longitude), y(byId.get(id)!.latitude)]] : [])),
        );
        if (corners.length === 0) return null;
        const [cx, cy] = [average(corners.map((corner) => corner[0])), average(corners.map((corner) => corner[1]))];
        return (
          <g key={area.id} className="geo-plot-area" data-area={area.id}>
            {corners.length > 2 ? (
              <polygon points={corners.map((corner) => corner.join(',')).join(' ')} />
            ) : (
              // One or two shops have no hull: a ring around them says where the area is.
              <circle
                cx={cx}
                cy={cy}
                r={radius * 3 + Math.hypot(...(corners[1] ?? corners[0]).map((value, i) => value - corners[0][i])) / 2}
              />
            )}
            <text x={cx} y={cy} textAnchor="middle" className="geo-plot-label">
              {area.label}
            </text>
          </g>
        );
      })}
      {points.map((point) => {
        const r = point.number !== undefined ? Math.max(radius, 9) : point.ring ? radius + 2 : radius;
        const mark = (
          <>
            <circle
              cx={x(point.longitude)}
              cy={y(point.latitude)}
              r={point.number !== undefined && point.ring ? r + 3 : r}
              className={`geo-plot-point ${point.ring ? 'geo-plot-ring' : ''} ${point.tone ?? ''}`}
            >
              <title>{point.label}</title>
            </circle>
            {point.number !== undefined && (
              // The number is in the dot's title too; this copy is what the eye reads.
              <text x={x(point.longitude)} y={y(point.latitude)} className="geo-plot-number" aria-hidden="true">
                {point.number}
              </text>
            )}
          </>
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
      {scaleLabel && (
        <g className="geo-plot-scale" transform={`translate(${pad}, ${height - pad})`}>
          <path d={`M0,-6 V0 H${scalePixels} V-6`} />
          <text x={scalePixels / 2} y={-6} textAnchor="middle">
            {scaleLabel(scaleMetres)}
          </text>
        </g>
      )}
    </svg>
  );
}

/** The longest 1, 2 or 5 × 10ⁿ metres not above `metres`, the lengths a scale bar reads easily. */
export function niceLength(metres: number): number {
  const power = 10 ** Math.floor(Math.log10(metres));
  return [5, 2, 1].map((step) => step * power).find((length) => length <= metres) ?? power;
}

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The convex hull's corners, anticlockwise (Andrew's monotone chain); fewer than 3 points come back as they are. */
function hull(points: number[][]): number[][] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const cross = (o: number[], a: number[], b: number[]) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const half = (list: number[][]) => {
    const chain: number[][] = [];
    for (const point of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2], chain[chain.length - 1], point) <= 0) chain.pop();
      chain.push(point);
    }
    return chain.slice(0, -1);
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}
