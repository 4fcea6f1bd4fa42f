import { randomUUID } from 'node:crypto';
import { companyToday } from '@fieldloop/platform';
import { DEMO_PASSWORD } from '../demo/customers';
import { SeededRandom } from '../demo/random';
import { ACTORS, type Actor, type Field, type Person, type StaffRecord, type StaffRole } from './actors';
import { GatewayClient, type RetrySafety } from './gateway-client';
import { Journal, type ExpectedEvent } from './journal';
import { Pace } from './pace';

export interface SimulationOptions {
  /** The gateway's GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  gatewayUrl: string;
  /** Account managers in the field at once (their supervisors come with them). */
  accountManagers?: number;
  /** Field minutes per real minute. */
  speed?: number;
  /** Keep visit lengths and travel credible (see Pace); off, a fast run is flagged throughout. */
  credible?: boolean;
  seed?: number;
  /** Whose team goes out first, so the supervisor of the README sees the field move. */
  supervisor?: string;
  /** Who lists the staff (the demo's administrator) and everyone's password: the demo's. */
  adminUsername?: string;
  password?: string;
  /**
   * The gateway's sign-in limit per client address (its RATE_LIMIT_SIGN_INS_PER_MINUTE): the
   * simulator signs its people in at half that rate, leaving the rest to the humans on the same
   * machine (a supervisor opening the portal).
   */
  signInsPerMinute?: number;
  /** Stop by itself after this many mutations (a short run, in a test or from the command line). */
  maxMutations?: number;
  /** The actors to run, by service; every registered one by default. */
  actors?: Record<string, Actor>;
  log?: (line: string) => void;
}

export interface Simulation {
  journal: Journal;
  cast: readonly StaffRecord[];
  /** Resolves when every simulated person has stopped (after `stop`, or `maxMutations`). */
  done: Promise<void>;
  /** Nothing new starts; what is under way finishes (a visit checked in is checked out); everyone signs out. */
  stop(): Promise<void>;
}

export const SIMULATION_DEFAULTS = {
  accountManagers: 8,
  speed: 30,
  seed: 20261123,
  supervisor: 'xu.xue',
  adminUsername: 'yang.zhibin',
  signInsPerMinute: Number(process.env.RATE_LIMIT_SIGN_INS_PER_MINUTE ?? 10),
} as const;

const STAFF = `query SimStaff($after: String) {
  staffMembers(first: 100, after: $after, filter: { active: true }) {
    edges { node { id username name role supervisorId regionId } }
    pageInfo { hasNextPage endCursor }
  }
}`;

async function listStaff(client: GatewayClient): Promise<StaffRecord[]> {
  const staff: StaffRecord[] = [];
  for (let after: string | undefined; ;) {
    const { staffMembers } = await client.request<{
      staffMembers: { edges: { node: StaffRecord }[]; pageInfo: { hasNextPage: boolean; endCursor: string } };
    }>('staffMembers', STAFF, { after });
    staff.push(...staffMembers.edges.map((edge) => edge.node));
    if (!staffMembers.pageInfo.hasNextPage) return staff;
    after = staffMembers.pageInfo.endCursor;
  }
}

/**
 * Who goes out: `count` account managers (the given supervisor's team first, then a seeded
 * draw), each one's supervisor just before their first account manager, so sign-ins (one
 * after another) put someone to work from the first; then everyone of the other roles some
 * actor plays (order clerks, drivers, inspectors), whom the head-count does not limit.
 */
export function chooseCast(
  staff: readonly StaffRecord[],
  count: number,
  supervisorUsername: string,
  random: SeededRandom,
  roles: ReadonlySet<StaffRole>,
): StaffRecord[] {
  const lead = staff.find((member) => member.username === supervisorUsername);
  const managers = random.shuffle(staff.filter((member) => member.role === 'ACCOUNT_MANAGER'));
  const ordered = [
    ...managers.filter((member) => member.supervisorId === lead?.id),
    ...managers.filter((member) => member.supervisorId !== lead?.id),
  ];
  const cast: StaffRecord[] = [];
  for (const manager of ordered.slice(0, count)) {
    const supervisor = staff.find((member) => member.id === manager.supervisorId && member.role === 'SUPERVISOR');
    if (supervisor && roles.has('SUPERVISOR') && !cast.includes(supervisor)) cast.push(supervisor);
    if (roles.has('ACCOUNT_MANAGER')) cast.push(manager);
  }
  const others = staff.filter((member) => roles.has(member.role) && !['ACCOUNT_MANAGER', 'SUPERVISOR', 'ADMIN'].includes(member.role));
  return [...cast, ...others];
}

/**
 * Starts the field: lists the staff as the demo administrator, signs each chosen person in
 * with their own demo credentials, one after another (sign-ins are rate limited per address),
 * and sets each to work as soon as they are in.
 */
export async function startSimulation(options: SimulationOptions): Promise<Simulation> {
  const settings = { ...SIMULATION_DEFAULTS, credible: true, password: DEMO_PASSWORD, ...options };
  const actors = Object.values(settings.actors ?? ACTORS);
  const pace = new Pace({ speed: settings.speed, credible: settings.credible });
  const journal = new Journal();
  const log = settings.log ?? (() => undefined);
  const run = randomUUID().slice(0, 8);
  const random = new SeededRandom(settings.seed);

  const admin = new GatewayClient(settings.gatewayUrl, pace, `sim-${run}-admin`, log);
  const adminId = await admin.signIn(settings.adminUsername, settings.password);
  const staff = await listStaff(admin);
  const signedOut = (actor: string, staffMemberId: string, sessionId: string | undefined) =>
    sessionId &&
    journal.record({ actor, staffMemberId, operation: 'signOut', events: [{ type: 'auth.session.ended', subject: sessionId }] });
  signedOut(settings.adminUsername, adminId, await admin.signOut());
  const roles = new Set(actors.flatMap((actor) => actor.plays));
  const cast = chooseCast(staff, settings.accountManagers, settings.supervisor, random.fork('cast'), roles);

  if (settings.maxMutations !== undefined) {
    const max = settings.maxMutations;
    journal.onRecord(() => journal.entries.length >= max && pace.stop());
  }
  const field: Field = { pace, journal, cast, today: () => companyToday(), log };
  const people: Person[] = [];

  const play = async (actor: Actor, person: Person) => {
    while (!pace.stopping) {
      try {
        return await actor.work(person, field);
      } catch (error) {
        log(`${person.staff.username} (${actor.service}): ${error instanceof Error ? error.message : String(error)}`);
        await pace.field(30);
      }
    }
  };
  const goOut = async () => {
    const plays: Promise<void>[] = [];
    for (const [index, member] of cast.entries()) {
      if (index > 0) await pace.pause(120_000 / settings.signInsPerMinute);
      if (pace.stopping) break;
      const client = new GatewayClient(settings.gatewayUrl, pace, `sim-${run}-${member.username}`, log);
      try {
        await client.signIn(member.username, settings.password);
      } catch (error) {
        log(`${member.username} could not sign in: ${error instanceof Error ? error.message : String(error)}`);
        continue;
      }
      let keys = 0;
      for (const actor of actors.filter((candidate) => candidate.plays.includes(member.role))) {
        const person: Person = {
          staff: member,
          client,
          random: random.fork(`${actor.service}:${member.username}`),
          idempotencyKey: () => `sim-${run}-${member.username}-${actor.service}-${++keys}`,
          async mutate<T>(
            operation: string,
            query: string,
            variables: Record<string, unknown>,
            events: (answer: T) => ExpectedEvent[],
            safety?: RetrySafety,
          ): Promise<T> {
            const answer = await client.request<T>(operation, query, variables, safety);
            // Confirmed done without an answer (it was lost): `events` of such mutations read nothing off it.
            journal.record({ actor: member.username, staffMemberId: member.id, operation, events: events(answer) });
            return answer;
          },
        };
        people.push(person);
        plays.push(play(actor, person));
      }
    }
    await Promise.all(plays);
    const signedIn = new Map(people.map((person) => [person.client, person.staff]));
    await Promise.all([...signedIn].map(async ([client, member]) => signedOut(member.username, member.id, await client.signOut())));
  };
  const done = goOut();
  log(`field simulation: ${cast.length} people at ${settings.speed}× (${settings.credible ? 'credible' : 'compressed'} visit times)`);
  return {
    journal,
    cast,
    done,
    stop: async () => {
      pace.stop();
      await done;
    },
  };
}
