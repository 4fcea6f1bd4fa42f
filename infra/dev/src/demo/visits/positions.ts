import { type Position } from '@fieldloop/visits';
import { type SeededRandom } from '../random';

// Where a phone says it is: points near a shop, with GPS scatter.

const METRES_PER_DEGREE_LATITUDE = 111_200;

/** A point `metres` from `from` in a random direction. */
export function offset(random: SeededRandom, from: Position, metres: number): Position {
  const angle = random.float(0, 2 * Math.PI);
  const latitude = from.latitude + (metres * Math.sin(angle)) / METRES_PER_DEGREE_LATITUDE;
  const longitude = from.longitude + (metres * Math.cos(angle)) / (METRES_PER_DEGREE_LATITUDE * Math.cos((from.latitude * Math.PI) / 180));
  // Phones report about six decimals (0.1 m).
  return { latitude: Math.round(latitude * 1e6) / 1e6, longitude: Math.round(longitude * 1e6) / 1e6 };
}

/** GPS scatter around a point: mostly within 25 m, never past `maxMetres`. */
export const jitter = (random: SeededRandom, from: Position, maxMetres: number) =>
  offset(random, from, Math.min(maxMetres, Math.abs(random.gaussian(0, 18))));
