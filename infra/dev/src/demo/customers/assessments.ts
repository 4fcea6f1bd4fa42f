import { type CreditGrade, gradeCredit, IndicatorLevel, type CreditLevels } from '@fieldloop/customers';
import { type SeededRandom } from '../random';
import { type DemoCreditAssessment, type DemoRetailer } from './customers-demo';
import { beijingTime, daysBetween, workingMinute } from './dates';
import { DEMO_REFERENCE_DATE } from '../reference';

// Credit assessments, graded by the customers service's own rules (contribution ones are drawn from the orders: demo/contribution).

type LevelOdds = readonly [good: number, medium: number, poor: number];
type Standing = 'solid' | 'average' | 'shaky';

/** Chances of each level by the owner's general standing; most retailers pay and behave. */
const INDICATOR_ODDS: Record<
  'salesGrowth' | 'arrears' | 'supplierConcentration' | 'badHabits' | 'crossRegionSelling',
  Record<Standing, LevelOdds>
> = {
  salesGrowth: { solid: [0.5, 0.4, 0.1], average: [0.3, 0.5, 0.2], shaky: [0.15, 0.45, 0.4] },
  arrears: { solid: [0.9, 0.1, 0], average: [0.7, 0.27, 0.03], shaky: [0.4, 0.4, 0.2] },
  supplierConcentration: { solid: [0.65, 0.3, 0.05], average: [0.45, 0.4, 0.15], shaky: [0.3, 0.4, 0.3] },
  badHabits: { solid: [0.92, 0.08, 0], average: [0.8, 0.18, 0.02], shaky: [0.55, 0.3, 0.15] },
  crossRegionSelling: { solid: [0.9, 0.1, 0], average: [0.75, 0.22, 0.03], shaky: [0.5, 0.35, 0.15] },
};
type VaryingIndicator = keyof typeof INDICATOR_ODDS;
type VaryingLevels = Record<VaryingIndicator, IndicatorLevel>;
const VARYING_INDICATORS = Object.keys(INDICATOR_ODDS) as VaryingIndicator[];

const varyingLevels = (levelOf: (name: VaryingIndicator) => IndicatorLevel) =>
  Object.fromEntries(VARYING_INDICATORS.map((name) => [name, levelOf(name)])) as VaryingLevels;

function level(random: SeededRandom, [good, medium, poor]: LevelOdds): IndicatorLevel {
  return random.weighted([
    [IndicatorLevel.GOOD, good],
    [IndicatorLevel.MEDIUM, medium],
    [IndicatorLevel.POOR, poor],
  ]);
}

function yearsInBusinessLevel(openedOn: string, atMs: number): IndicatorLevel {
  const years = daysBetween(openedOn, atMs) / 365.25;
  return years >= 3 ? IndicatorLevel.GOOD : years >= 1 ? IndicatorLevel.MEDIUM : IndicatorLevel.POOR;
}

const GRADE_RANK: Record<CreditGrade, number> = { A: 0, B: 1, C: 2, D: 3 };

function creditNote(random: SeededRandom, previous: CreditGrade | null, grade: CreditGrade): string | null {
  if (!random.chance(0.6)) return null;
  if (previous === null) return '首次信用评定';
  if (GRADE_RANK[grade] < GRADE_RANK[previous]) return random.pick(['按时结清货款,信用状况好转', '经营稳定,上调等级']);
  if (GRADE_RANK[grade] > GRADE_RANK[previous]) return random.pick(['出现拖欠,下调等级,需重点关注', '发现窜货苗头,已提醒']);
  return '年度复评,等级不变';
}

/** One to four assessments over the past three years; a grade drifts as the shop's situation changes. */
export function assessCredit(random: SeededRandom, retailers: DemoRetailer[], managerOf: Map<string, string>): DemoCreditAssessment[] {
  const referenceMs = DEMO_REFERENCE_DATE.getTime();
  const assessments: DemoCreditAssessment[] = [];
  for (const retailer of retailers) {
    if (!random.chance(0.85)) continue;
    const assessedById = managerOf.get(retailer.territoryId);
    // Nobody assesses a shop in its first month.
    const windowDays = Math.min(3 * 365, daysBetween(retailer.openedOn, referenceMs) - 30);
    if (!assessedById || windowDays < 1) continue;

    const standing = random.weighted<Standing>([
      ['solid', 60],
      ['average', 30],
      ['shaky', 10],
    ]);
    // Household registration belongs to the owner and rarely changes.
    const localResidence = random.weighted([
      [IndicatorLevel.GOOD, 65],
      [IndicatorLevel.MEDIUM, 15],
      [IndicatorLevel.POOR, 20],
    ] as const);
    const count = Math.min(
      windowDays,
      random.weighted([
        [1, 30],
        [2, 30],
        [3, 25],
        [4, 15],
      ] as const),
    );
    // One assessment in each equal slot of the window, sorted so the last one is the latest.
    const slot = windowDays / count;
    const times = Array.from({ length: count }, (_, i) =>
      beijingTime(Math.floor(windowDays - slot * (i + random.next())) + 1, workingMinute(random)),
    );
    times.sort((a, b) => a.getTime() - b.getTime());

    let levels: VaryingLevels | null = null;
    let previousGrade: CreditGrade | null = null;
    for (const assessedAt of times) {
      const drawn = varyingLevels((name) => level(random, INDICATOR_ODDS[name][standing]));
      // Later assessments keep most of the previous picture and re-judge a few indicators.
      const previous: VaryingLevels | null = levels;
      levels = previous === null ? drawn : varyingLevels((name) => (random.chance(0.2) ? drawn[name] : previous[name]));
      const allLevels: CreditLevels = {
        ...levels,
        localResidence,
        yearsInBusiness: yearsInBusinessLevel(retailer.openedOn, assessedAt.getTime()),
      };
      const { score, grade } = gradeCredit(allLevels);
      assessments.push({
        id: random.uuid(),
        retailerId: retailer.id,
        assessedById,
        assessedAt,
        ...allLevels,
        score,
        grade,
        note: creditNote(random, previousGrade, grade),
      });
      previousGrade = grade;
      retailer.creditGrade = grade;
      retailer.creditAssessedAt = assessedAt;
    }
  }
  return assessments;
}
