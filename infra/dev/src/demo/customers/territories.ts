import { type SeededRandom } from '../random';
import { type DemoTerritory } from './customers-demo';
import { DISTRICTS, type District, KM_PER_DEGREE_LATITUDE, type RegionKey, kmPerDegreeLongitude } from './geography';
import { chineseNumeral } from './names';

// Territories (routes) laid over the districts in proportion to their weight.

/** One account manager's route covers roughly this many shops. */
const RETAILERS_PER_TERRITORY = 160;
const MIN_TERRITORIES = 12;

/** Splits `total` in proportion to `weights` (largest remainder), giving each at least `minimum`. */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const spare = total - minimum * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (spare * weight) / sum);
  const counts = exact.map((value) => minimum + Math.floor(value));
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; i < missing; i++) counts[byRemainder[i].index] += 1;
  return counts;
}

export interface TerritoryPlan {
  territory: DemoTerritory;
  district: District;
  latitude: number;
  longitude: number;
  /** Spread of the shops around the centre. */
  spreadKm: number;
  streets: string[];
}

export function planTerritories(random: SeededRandom, retailerCount: number, regionIds: Record<RegionKey, string>): TerritoryPlan[] {
  const total = Math.max(MIN_TERRITORIES, Math.ceil(retailerCount / RETAILERS_PER_TERRITORY));
  const perDistrict = apportion(
    total,
    DISTRICTS.map((d) => d.weight),
    1,
  );
  return DISTRICTS.flatMap((district, d) => {
    const count = perDistrict[d];
    const rotation = random.float(0, 2 * Math.PI);
    return Array.from({ length: count }, (_, k) => {
      // Sunflower layout: territory centres cover the district evenly without overlapping much.
      const distanceKm = district.radiusKm * Math.sqrt((k + 0.5) / count) * (count === 1 ? 0 : 1);
      const angle = rotation + k * 2.39996;
      const latitude = district.latitude + (distanceKm * Math.sin(angle)) / KM_PER_DEGREE_LATITUDE;
      const longitude = district.longitude + (distanceKm * Math.cos(angle)) / kmPerDegreeLongitude(district.latitude);
      const number = k + 1;
      return {
        territory: {
          id: random.uuid(),
          code: `KM-${district.code}-${String(number).padStart(2, '0')}`,
          name: `${district.name}${chineseNumeral(number)}线`,
          regionId: regionIds[district.region],
          accountManagerId: null,
          visitFrequencyPerWeek: random.chance(district.twiceWeeklyShare) ? 2 : 1,
        },
        district,
        latitude,
        longitude,
        spreadKm: Math.max(0.35, (district.radiusKm / Math.sqrt(count)) * 0.55),
        streets: random.sample(district.streets, random.int(3, 5)),
      };
    });
  });
}
