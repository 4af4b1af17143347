import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedHook {
  headers: IncomingHttpHeaders;
  body: string;
  json: { id: string; type: string; createdAt: string; data: Record<string, any> };
  /** What the receiver answered. */
  status: number;
}

/**
 * A webhook receiver on loopback, as an organization's system would run one: keeps every request and answers
 * each with the status `answer` picks (200 by default), after `delayMs`.
 */
export class WebhookReceiver {
  readonly received: ReceivedHook[] = [];
  answer: (hook: Omit<ReceivedHook, 'status'>, seen: number) => number = () => 200;
  delayMs = 0;

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(path = '/hooks/akim'): Promise<WebhookReceiver> {
    const holder: { receiver?: WebhookReceiver } = {};
    const server = createServer((request, response) => {
      const receiver = holder.receiver!;
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const hook = { headers: request.headers, body, json: JSON.parse(body) as ReceivedHook['json'] };
        const seen = receiver.received.filter((r) => r.json.id === hook.json.id).length;
        const status = receiver.answer(hook, seen);
        receiver.received.push({ ...hook, status });
        setTimeout(() => response.writeHead(status, { 'content-type': 'text/plain' }).end('ok'), receiver.delayMs);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    holder.receiver = new WebhookReceiver(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`);
    return holder.receiver;
  }

  /** The requests it accepted (answered 2xx). */
  accepted(): ReceivedHook[] {
    return this.received.filter((r) => r.status >= 200 && r.status < 300);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
