import {
  bigramSimilarity,
  bigrams,
  CaseCategory,
  CaseKind,
  checkInFlags,
  checkOutFlags,
  COPY_THRESHOLD,
  distanceMeters,
  isEmptyNote,
  noteFlags,
  PlanStatus,
  VisitStatus,
  type Flag,
  type Position,
} from '@fieldloop/visits';
import { type DemoRetailer } from '../customers';
import { type SeededRandom } from '../random';
import { addDays, atMinute } from './dates';
import { jitter, offset } from './positions';
import { type DemoVisit, type DemoVisitPlan, type VisitsDemo } from './visits-demo';
import {
  BRANDS,
  CANCEL_REASONS,
  COMPLAINTS,
  EMPTY_NOTES,
  MARKET_NOTES,
  NEW_PRODUCTS,
  PROMISES,
  RETAILER_REQUESTS,
  SIGHTING_NOTES,
  THEMES,
  copyNote,
  writeNote,
} from './writing';

// One account manager's working day: the plan, each stop's check-in, findings, check-out and flags.

interface WrittenNote {
  id: string;
  notes: string;
  plannedFor: string;
  retailerId: string;
  /** The note's character bigrams, kept so each note is split once rather than at every later visit. */
  grams: Set<string>;
  empty: boolean;
}

export interface ManagerContext {
  random: SeededRandom;
  /** Nothing is kept (a promise) after the demo's "today". */
  today: Date;
  managerId: string;
  supervisorId: string | null;
  problem: boolean;
  /** Active shops on the manager's routes, route by route in route order. */
  route: DemoRetailer[];
  favourites: DemoRetailer[];
  next: number;
  /** The notes within the service's look-back, oldest first. */
  notes: WrittenNote[];
  /** Each note under the grams of its prefix (prefixGrams), for the copy check's candidates. */
  notesByPrefixGram: Map<string, WrittenNote[]>;
}

function chooseStops(context: ManagerContext, count: number): DemoRetailer[] {
  const { random, route } = context;
  const chosen = new Map<string, DemoRetailer>();
  if (context.problem) {
    // Mostly the same few friendly shops, the odd one from the route to keep up appearances.
    const fromRoute = random.chance(0.5) ? 1 : 0;
    for (const shop of random.sample(context.favourites, count - fromRoute)) chosen.set(shop.id, shop);
  }
  while (chosen.size < Math.min(count, route.length)) {
    const shop = route[context.next % route.length];
    context.next += 1;
    chosen.set(shop.id, shop);
  }
  const order = new Map(route.map((shop, index) => [shop.id, index]));
  return [...chosen.values()].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
}

/** A visit before anyone has been to the shop. */
export const NOT_CHECKED_IN = {
  checkInAt: null,
  checkInLatitude: null,
  checkInLongitude: null,
  checkInDistanceMeters: null,
  checkOutAt: null,
  checkOutLatitude: null,
  checkOutLongitude: null,
};
/** Nothing recorded at the shop yet (fresh lists for each visit: rows must not share them). */
export const emptyFindings = () => ({
  displayInOrder: null,
  priceTagsShown: null,
  stock: [],
  marketNotes: null,
  nonChannelSightings: [],
  retailerRequests: null,
  orderIntent: [],
  cases: [],
  satisfaction: null,
  notes: null,
});

export function planDay(context: ManagerContext, day: string, demo: VisitsDemo): void {
  const { random, managerId } = context;
  const submittedAt = atMinute(day, -6 * 60 + random.int(-40, 50), random.int(0, 59));
  const plan: DemoVisitPlan = {
    id: random.uuid(),
    accountManagerId: managerId,
    planDate: day,
    status: PlanStatus.APPROVED,
    submittedAt,
    reviewedById: context.supervisorId,
    reviewedAt: atMinute(day, -5 * 60 + random.int(-20, 90), random.int(0, 59)),
    reviewComment: null,
    version: 1,
    createdAt: new Date(submittedAt.getTime() - random.int(10, 40) * 60_000),
    updatedAt: new Date(0), // set below
  };
  if (plan.reviewedAt! <= submittedAt) plan.reviewedAt = new Date(submittedAt.getTime() + random.int(15, 45) * 60_000);
  plan.updatedAt = plan.reviewedAt!;
  demo.plans.push(plan);

  let minute = random.int(8 * 60 + 45, 9 * 60 + 15);
  let previous: { at: Date; position: Position } | undefined;
  chooseStops(context, random.int(6, 9)).forEach((shop, index) => {
    const theme = random.pick(THEMES);
    const outcome = random.weighted([
      [VisitStatus.COMPLETED, 92],
      [VisitStatus.MISSED, 4],
      [VisitStatus.CANCELLED, 4],
    ] as const);
    const visit: DemoVisit = {
      id: random.uuid(),
      planId: plan.id,
      accountManagerId: managerId,
      retailerId: shop.id,
      territoryId: shop.territoryId,
      sequence: index + 1,
      plannedFor: day,
      theme: theme.theme,
      purpose: random.pick(theme.purposes),
      actionPlan: random.pick(theme.actionPlans),
      expectedResult: random.pick(theme.expectedResults),
      status: outcome,
      cancelReason: null,
      ...NOT_CHECKED_IN,
      ...emptyFindings(),
      version: 1,
      createdAt: plan.createdAt,
      updatedAt: plan.updatedAt,
    };
    demo.visits.push(visit);
    const shopPosition = { latitude: shop.latitude, longitude: shop.longitude };

    if (outcome === VisitStatus.CANCELLED) {
      visit.cancelReason = random.pick(CANCEL_REASONS);
      visit.updatedAt = atMinute(day, minute - random.int(10, 60), random.int(0, 59));
      return;
    }
    if (outcome === VisitStatus.MISSED) {
      // The service's job marks it at the first tick after midnight.
      visit.updatedAt = atMinute(day, 24 * 60, random.int(5, 65));
      return;
    }

    // Travel from the last stop at town speed (about 20 km/h with parking), then the visit.
    if (previous) {
      const travelKm = distanceMeters(previous.position, shopPosition) / 1000;
      minute = Math.max(
        minute,
        Math.round((previous.at.getTime() - atMinute(day, 0).getTime()) / 60_000) + random.int(12, 22) + Math.round(travelKm * 3),
      );
    }
    if (minute >= 11 * 60 + 50 && minute < 13 * 60) minute = 13 * 60 + random.int(0, 30); // lunch
    const checkInAt = atMinute(day, minute, random.int(0, 59));
    const far = random.chance(0.03);
    const position = far ? offset(random, shopPosition, random.int(300, 1500)) : jitter(random, shopPosition, 60);
    const duration = random.int(8, 30);
    const checkOutAt = new Date(checkInAt.getTime() + duration * 60_000 + random.int(0, 59) * 1000);
    const checkOutPosition = jitter(random, far ? position : shopPosition, 60);
    Object.assign(visit, {
      checkInAt,
      checkInLatitude: position.latitude,
      checkInLongitude: position.longitude,
      checkInDistanceMeters: Math.round(distanceMeters(shopPosition, position)),
      checkOutAt,
      checkOutLatitude: checkOutPosition.latitude,
      checkOutLongitude: checkOutPosition.longitude,
      updatedAt: checkOutAt,
    });
    const raise = (flags: Flag[], at: Date) => {
      for (const flag of flags)
        demo.flags.push({ id: random.uuid(), visitId: visit.id, accountManagerId: managerId, ...flag, createdAt: at });
    };
    raise(checkInFlags({ at: checkInAt, position, shop: shopPosition, previous }), checkInAt);
    recordFindings(context, visit, shop, demo);
    raise([...checkOutFlags(checkInAt, checkOutAt), ...checkOutNoteFlags(context, visit)], checkOutAt);
    const written = {
      id: visit.id,
      notes: visit.notes ?? '',
      plannedFor: day,
      retailerId: shop.id,
      grams: bigrams(visit.notes ?? ''),
      empty: isEmptyNote(visit.notes),
    };
    context.notes.push(written);
    for (const gram of prefixGrams(written.grams)) {
      const indexed = context.notesByPrefixGram.get(gram);
      if (indexed) indexed.push(written);
      else context.notesByPrefixGram.set(gram, [written]);
    }

    previous = { at: checkOutAt, position: checkOutPosition };
    minute = Math.round((checkOutAt.getTime() - atMinute(day, 0).getTime()) / 60_000) + random.int(12, 22);
  });
}

function recordFindings(context: ManagerContext, visit: DemoVisit, shop: DemoRetailer, demo: VisitsDemo): void {
  const { random } = context;
  const scale = Math.max(1, Math.round(shop.tier / 5));
  visit.displayInOrder = random.chance(context.problem ? 0.95 : 0.86);
  visit.priceTagsShown = random.chance(0.92);
  visit.stock = random
    .sample(BRANDS, random.int(1, 3))
    .map((product) => ({ product, cartons: random.int(0, 6) * scale + random.int(1, 3) }));
  visit.marketNotes = random.chance(0.3) ? random.pick(MARKET_NOTES) : null;
  if (random.chance(0.01)) {
    visit.nonChannelSightings = [{ product: random.pick(BRANDS), quantity: random.int(1, 5), note: random.pick(SIGHTING_NOTES) }];
  }
  visit.retailerRequests = random.chance(0.2) ? random.pick(RETAILER_REQUESTS) : null;
  if (random.chance(0.2)) {
    visit.orderIntent = random
      .sample([...BRANDS, ...NEW_PRODUCTS], random.int(1, 2))
      .map((product) => ({ product, cartons: random.int(1, 3) * scale }));
  }
  if (random.chance(0.01))
    visit.cases = [{ kind: CaseKind.COMPLAINT, category: CaseCategory.DELIVERY, description: random.pick(COMPLAINTS) }];
  visit.satisfaction = random.weighted([
    [3, 15],
    [4, 45],
    [5, 40],
  ] as const);
  visit.notes = note(context, shop);

  if (random.chance(0.05)) {
    const keptAt = random.chance(0.5)
      ? atMinute(addDays(visit.plannedFor, random.int(1, 4)), random.int(9 * 60, 17 * 60), random.int(0, 59))
      : null;
    demo.promises.push({
      id: random.uuid(),
      visitId: visit.id,
      retailerId: shop.id,
      accountManagerId: context.managerId,
      description: random.pick(PROMISES),
      dueOn: addDays(visit.plannedFor, random.int(3, 7)),
      // Nothing is kept after the demo's "today".
      keptAt: keptAt && keptAt < context.today ? keptAt : null,
      createdAt: new Date(visit.checkInAt!.getTime() + random.int(3, 7) * 60_000),
    });
  }
}

function note(context: ManagerContext, shop: DemoRetailer): string {
  const { random } = context;
  const written = context.notes.filter((earlier) => !earlier.empty);
  if (written.length > 0 && random.chance(context.problem ? 0.5 : 0.05)) {
    // Last time's note for this shop if there is one, else any recent one.
    const sameShop = written.filter((earlier) => earlier.retailerId === shop.id);
    return copyNote(random, random.pick(sameShop.length > 0 ? sameShop : written.slice(-20)).notes);
  }
  if (random.chance(context.problem ? 0.06 : 0.015)) return random.pick(EMPTY_NOTES);
  return writeNote(random);
}

/** At most the smaller set over the larger: a pair below the threshold by size alone needs no look-up. */
const couldBeCopy = (x: Set<string>, y: Set<string>) => Math.min(x.size, y.size) >= COPY_THRESHOLD * Math.max(x.size, y.size);

/** The threshold with room for rounding: a pair exactly at it must not be lost. */
const THRESHOLD = COPY_THRESHOLD - 1e-9;

/** A gram's place in the prefix order: scattered, so the common grams (一, 店主) do not lead every note's prefix. */
function gramRank(gram: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) hash = Math.imul(hash ^ gram.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The first grams (in gramRank order) of a set that any set at the threshold's similarity must
 * share at least one of (prefix filtering): a Jaccard of t needs an overlap of ceil(t × size),
 * so two such sets cannot both keep their shared grams out of the first size - overlap + 1.
 */
function prefixGrams(grams: ReadonlySet<string>): string[] {
  const ranked = [...grams].map((gram) => [gramRank(gram), gram] as const).sort((a, b) => a[0] - b[0] || (a[1] < b[1] ? -1 : 1));
  return ranked.slice(0, grams.size - Math.ceil(THRESHOLD * grams.size) + 1).map(([, gram]) => gram);
}

/**
 * The visits service's own check-out rule over the notes of its 90-day look-back. The rule is
 * given only the earlier notes that can reach the threshold at all (sharing a prefix gram, then
 * the same Jaccard on kept bigram sets), in the same order, which leaves its answer unchanged
 * and spares comparing every note with a year's worth of others.
 */
function checkOutNoteFlags(context: ManagerContext, visit: DemoVisit): Flag[] {
  if (isEmptyNote(visit.notes)) return noteFlags(visit.notes, []);
  const grams = bigrams(visit.notes!);
  const oldest = context.notes[0]?.plannedFor ?? visit.plannedFor;
  const sharing = new Set<WrittenNote>();
  for (const gram of prefixGrams(grams)) {
    const indexed = context.notesByPrefixGram.get(gram);
    if (!indexed) continue;
    // Notes that left the look-back leave the index too (it is in day order, like the notes).
    const gone = indexed.findIndex((earlier) => earlier.plannedFor >= oldest);
    if (gone !== 0) indexed.splice(0, gone === -1 ? indexed.length : gone);
    for (const earlier of indexed) sharing.add(earlier);
  }
  const candidates = context.notes.filter(
    (earlier) => sharing.has(earlier) && couldBeCopy(grams, earlier.grams) && bigramSimilarity(grams, earlier.grams) >= THRESHOLD,
  );
  return noteFlags(visit.notes, candidates);
}
