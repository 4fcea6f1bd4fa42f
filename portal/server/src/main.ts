import { startPortalServer } from './index';

/*
 * The portal on its own (docker-compose's `portal` service): the shell on PORTAL_PORT and
 * each remote on its port, the browser told to find the gateway at GATEWAY_PUBLIC_URL (or
 * on GATEWAY_PORT of the host it used to reach the portal).
 */
async function main() {
  const portal = await startPortalServer({
    host: process.env.HOST ?? '0.0.0.0',
    gatewayUrl: process.env.GATEWAY_PUBLIC_URL || undefined,
    gatewayPort: Number(process.env.GATEWAY_PORT ?? 4000),
    ports: { shell: Number(process.env.PORTAL_PORT ?? 5173) },
  });
  process.stdout.write(
    `portal: ${portal.url} (${Object.values(portal.apps)
      .map((app) => `${app.name} ${app.url}`)
      .join(', ')})\n`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void portal.stop().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  process.stderr.write(`portal: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
