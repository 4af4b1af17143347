import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DatabaseNotices } from './database-notices';
import { databaseOptions } from './database.options';
import { runMigrationsLocked } from './migrate';
import { ReplicaReads } from './replica-reads';

export interface DatabaseModuleOptions {
  url: string;
  poolSize: number;
  /** A streaming replica for lag-tolerant reads (ReplicaReads). */
  replica?: { url?: string; maxLagMs: number };
}

/**
 * TypeORM on the given server. Migrations run before the DataSource is handed to
 * anyone, so no module ever sees an old schema. Every module may listen to the database's change
 * notices through DatabaseNotices.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
      global: true,
      providers: [
        DatabaseNotices,
        {
          provide: ReplicaReads,
          inject: [DataSource],
          useFactory: (primary: DataSource) =>
            new ReplicaReads(primary, {
              url: options.replica?.url,
              maxLagMs: options.replica?.maxLagMs ?? 10_000,
              poolSize: Math.max(2, Math.ceil(options.poolSize / 2)),
            }),
        },
      ],
      exports: [DatabaseNotices, ReplicaReads],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...databaseOptions(options.url, options.poolSize), autoLoadEntities: true }),
          dataSourceFactory: async (dataSourceOptions) => {
            const dataSource = await new DataSource(dataSourceOptions!).initialize();
            const applied = await runMigrationsLocked(dataSource);
            if (applied.length > 0) {
              new Logger('Database').log(`Applied migrations: ${applied.join(', ')}`);
            }
            return dataSource;
          },
        }),
      ],
    };
  }
}
