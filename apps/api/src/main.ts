import 'reflect-metadata';
import { ConfigError, loadConfig } from '@app/config';
import { DataDirError, EmbeddedPostgresServer } from '@app/database';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { createApp } from './app.factory';
import { HealthService } from './platform/health/health.service';
import { UsersService } from './platform/users/users.service';
import { startBanner } from './start-banner';

// V8 allocates an allocation site's objects straight into the old generation once most of them
// survive a young collection (pretenuring). Under a burst it picked the database driver's result
// rows, which all died there as garbage: some 60 MB more RSS in the bench until a full
// collection. They live for milliseconds: they belong in the young generation.
setFlagsFromString('--no-allocation-site-pretenuring');

// npm start's malloc setting is for this process (glibc read it at start, see README "Memory");
// the embedded PostgreSQL inherits the environment and keeps its own allocator's defaults.
delete process.env.MALLOC_MMAP_THRESHOLD_;

async function main(): Promise<void> {
  if (existsSync('.env')) {
    process.loadEnvFile('.env');
  }
  const config = loadConfig();

  let embedded: EmbeddedPostgresServer | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = new EmbeddedPostgresServer({ dataDir: join(config.dataDir, 'postgres'), port: config.embeddedPgPort });
    await embedded.start();
    databaseUrl = embedded.url;
  }

  let shuttingDown = false;
  const app = await createApp(config, databaseUrl).catch(async (error: unknown) => {
    await embedded?.stop();
    throw error;
  });
  const shutdown = async (signal: string): Promise<void> => {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    app.getHttpAdapter().getInstance().log.info({ signal, drainMs: config.shutdownDrainMs }, 'shutting down');
    // Say "not ready" while the balancer's checks take the instance out, then stop taking requests and finish
    // those under way, close the pool, then the database.
    app.get(HealthService).startDraining();
    await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGHUP', () => void shutdown('SIGHUP'));
  // npm forwards only SIGINT and SIGTERM to the script it runs: when npm itself ends on another signal
  // (SIGHUP, SIGKILL) this process is handed to init and would serve, with its PostgreSQL, for ever.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) {
      void shutdown('parent exited');
    }
  }, 500).unref();

  await app.listen({ port: config.port, host: config.host });
  app
    .getHttpAdapter()
    .getInstance()
    .log.info(
      { url: `http://localhost:${config.port}`, database: embedded ? 'embedded' : 'DATABASE_URL' },
      'Akim Forum is listening',
    );
  // For the person at the terminal: plain lines on stderr, beside the JSON logs on stdout.
  process.stderr.write(
    startBanner({
      port: config.port,
      host: config.host,
      admins: await app.get(UsersService).activeAdminEmails(),
      data: embedded
        ? { embedded: true, dir: join(config.dataDir, 'postgres') }
        : { embedded: false, url: databaseUrl },
    }),
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
