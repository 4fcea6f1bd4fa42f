import { parseArgs } from 'node:util';
import { SIMULATION_DEFAULTS, startSimulation } from './simulation';

const USAGE = `pnpm simulate [options]: simulated staff working a compressed day through the gateway's public API
  --gateway URL      the gateway's GraphQL endpoint (default http://localhost:$GATEWAY_PORT/graphql, port 4000)
  --speed N          field minutes per real minute (default ${SIMULATION_DEFAULTS.speed})
  --people N         account managers in the field at once; their supervisors come too (default ${SIMULATION_DEFAULTS.accountManagers})
                     (every order clerk, delivery driver and market inspector comes: the desk, the deliveries and the cases)
  --seed N           same seed, same choices (default ${SIMULATION_DEFAULTS.seed})
  --supervisor NAME  whose team goes out first (default ${SIMULATION_DEFAULTS.supervisor})
  --mutations N      stop after this many mutations
  --compressed       compress visit lengths and travel too (the services then flag them short and impossible)
Ctrl+C (or SIGTERM) stops it cleanly: visits under way are checked out, everyone signs out.`;

function numberOption(name: string, value: string | undefined, rule: 'positive' | 'whole' | 'positive whole'): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  const valid = Number.isFinite(number) && (rule === 'whole' || number > 0) && (rule === 'positive' || Number.isInteger(number));
  if (!valid) throw new Error(`--${name} must be a ${rule} number, not "${value}"`);
  return number;
}

async function main() {
  const { values } = parseArgs({
    options: {
      gateway: { type: 'string' },
      speed: { type: 'string' },
      people: { type: 'string' },
      seed: { type: 'string' },
      supervisor: { type: 'string' },
      mutations: { type: 'string' },
      compressed: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  const simulation = await startSimulation({
    gatewayUrl: values.gateway ?? `http://localhost:${process.env.GATEWAY_PORT ?? 4000}/graphql`,
    speed: numberOption('speed', values.speed, 'positive'),
    accountManagers: numberOption('people', values.people, 'positive whole'),
    seed: numberOption('seed', values.seed, 'whole'),
    supervisor: values.supervisor,
    maxMutations: numberOption('mutations', values.mutations, 'positive whole'),
    credible: !values.compressed,
    log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  });
  simulation.journal.onRecord((entry) =>
    process.stdout.write(
      `${new Date().toISOString()} ${entry.actor} ${entry.operation} → ${entry.events.map((event) => `${event.type} ${event.subject}`).join(', ') || '-'}\n`,
    ),
  );
  const stop = () => {
    process.stdout.write('stopping: visits under way are finished, then everyone signs out\n');
    void simulation.stop();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await simulation.done;
  process.stdout.write(`stopped after ${simulation.journal.entries.length} mutations\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`simulate: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
