/**
 * The HAProxy configuration of a cluster: a front on `port`, the API instances behind it, each checked on
 * /health/ready every second; a statistics page on `statsPort`. Two shapes of one configuration:
 * - on one machine (`npm run cluster`): `instances`, the ports of the instances on 127.0.0.1;
 * - in Docker (`docker/haproxy.cfg`, written by `node scripts/haproxy-config.mjs --docker`): `service`, the compose
 *   service whose replicas are found through Docker's DNS (up to `max` of them, as they come and go).
 *
 * No connection to an instance is kept between requests (http-server-close), so a stopped instance is a failed
 * connection, never a lost request on a reused one.
 * An instance that fails two checks, or says it is draining (503 on SIGTERM, see SHUTDOWN_DRAIN_MS), gets
 * nothing new. A request whose connection to an instance could not be made is sent to another one
 * (`retry-on conn-failure`, `option redispatch`): it never reached the app, so nothing is done twice. A request
 * that did reach a dying instance is not resent by the balancer: the client retries it with its Idempotency-Key.
 *
 * @param {{ port: number; statsPort: number; host?: string; statsHost?: string }
 *   & ({ instances: number[] } | { service: { name: string; port: number; max: number } })} options
 * @returns {string}
 */
export function haproxyConfig(options) {
  const { port, statsPort, host = '127.0.0.1', statsHost = '127.0.0.1' } = options;
  const docker = 'service' in options;
  return [
    'global',
    '  maxconn 4096',
    '',
    ...(docker
      ? [
          // Docker's embedded DNS: the service's name answers with the address of each running replica.
          'resolvers docker',
          '  nameserver dns 127.0.0.11:53',
          '  resolve_retries 3',
          '  timeout resolve 1s',
          '  timeout retry 1s',
          '  hold valid 5s',
          '',
        ]
      : []),
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 60s',
    '  timeout http-keep-alive 10s',
    '  option http-server-close',
    '  option forwardfor',
    '  retries 3',
    '  retry-on conn-failure empty-response',
    '  option redispatch 1',
    '',
    'frontend api',
    `  bind ${host}:${port}`,
    '  default_backend instances',
    '',
    'backend instances',
    '  balance roundrobin',
    '  option httpchk GET /health/ready',
    '  http-check expect status 200',
    '  default-server inter 1s fall 2 rise 1 fastinter 250ms downinter 500ms',
    ...(docker
      ? [
          `  server-template ${options.service.name} ${options.service.max} ${options.service.name}:${options.service.port} check resolvers docker init-addr libc,none`,
        ]
      : options.instances.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check`)),
    '',
    'frontend stats',
    `  bind ${statsHost}:${statsPort}`,
    '  stats enable',
    '  stats uri /',
    '  stats refresh 5s',
    '',
  ].join('\n');
}

/** What docker/haproxy.cfg holds: the compose file's `api` service on its port 3000, the front on 3000. */
export const DOCKER_HAPROXY = {
  port: 3000,
  host: '*',
  statsPort: 8404,
  statsHost: '*',
  service: { name: 'api', port: 3000, max: 10 },
};

if (
  process.argv[1] &&
  import.meta.url === new URL(`file://${process.argv[1]}`).href &&
  process.argv[2] === '--docker'
) {
  process.stdout.write(
    `# Written by \`node scripts/haproxy-config.mjs --docker > docker/haproxy.cfg\`; test/docker.spec.ts checks it.\n${haproxyConfig(DOCKER_HAPROXY)}`,
  );
}
