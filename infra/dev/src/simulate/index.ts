import { appendFileSync } from 'node:fs';
import { z } from 'zod';
import { loadConfig } from '@fieldloop/platform';
import { generateCustomersDemo } from '../demo/customers';
import type { DemoOptions } from '../demo/reference';
import { SIMULATION_DEFAULTS, startSimulation, type Simulation } from './simulation';

export { startSimulation, SIMULATION_DEFAULTS, type Simulation, type SimulationOptions } from './simulation';
export { ACTORS, type Actor } from './actors';

const configSchema = z.object({
  FIELDLOOP_SIMULATE_SPEED: z.coerce.number().positive().default(SIMULATION_DEFAULTS.speed),
  FIELDLOOP_SIMULATE_PEOPLE: z.coerce.number().int().positive().default(SIMULATION_DEFAULTS.accountManagers),
});

/**
 * The field of `npm start`: the demo company's own staff (its administrator lists them, its
 * first supervisor's team goes out first), logging to `logFile`. A database holding another
 * company has no such staff: then nothing starts, and the reason is returned instead.
 */
export async function startDemoSimulation(gatewayUrl: string, demo: DemoOptions, logFile: string): Promise<Simulation | string> {
  const config = loadConfig(configSchema, process.env);
  const { staff } = generateCustomersDemo({ seed: demo.seed, retailers: 0 });
  const log = (line: string) => appendFileSync(logFile, `${new Date().toISOString()} ${line}\n`);
  try {
    const simulation = await startSimulation({
      gatewayUrl,
      seed: demo.seed,
      speed: config.FIELDLOOP_SIMULATE_SPEED,
      accountManagers: config.FIELDLOOP_SIMULATE_PEOPLE,
      adminUsername: staff.find((member) => member.role === 'ADMIN')!.username,
      supervisor: staff.find((member) => member.role === 'SUPERVISOR')!.username,
      log,
    });
    simulation.journal.onRecord((entry) => log(`${entry.actor} ${entry.operation}: ${entry.events.map((event) => event.type).join(', ')}`));
    return simulation;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
