/**
 * The HAProxy configuration of a cluster on one machine: a front on `port`, the API instances on `instances`
 * (ports on 127.0.0.1), each checked on /health/ready every second; a statistics page on `statsPort`.
 *
 * No connection to an instance is kept between requests (http-server-close), so a stopped instance is a failed
 * connection, never a lost request on a reused one.
 * An instance that fails two checks, or says it is draining (503 on SIGTERM, see SHUTDOWN_DRAIN_MS), gets
 * nothing new. A request whose connection to an instance could not be made is sent to another one
 * (`retry-on conn-failure`, `option redispatch`): it never reached the app, so nothing is done twice. A request
 * that did reach a dying instance is not resent by the balancer: the client retries it with its Idempotency-Key.
 *
 * @param {{ port: number; statsPort: number; instances: number[]; host?: string }} options
 * @returns {string}
 */
export function haproxyConfig({ port, statsPort, instances, host = '127.0.0.1' }) {
  return [
    'global',
    '  maxconn 4096',
    '',
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
    ...instances.map((p, i) => `  server api${i + 1} 127.0.0.1:${p} check`),
    '',
    'frontend stats',
    `  bind 127.0.0.1:${statsPort}`,
    '  stats enable',
    '  stats uri /',
    '  stats refresh 5s',
    '',
  ].join('\n');
}
