import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { databaseOptions } from './database.options';
import { runMigrationsLocked } from './migrate';

export interface DatabaseModuleOptions {
  url: string;
  poolSize: number;
}

/**
 * TypeORM on the given server. Migrations run before the DataSource is handed to
 * anyone, so no module ever sees an old schema.
 */
@Module({})
export class DatabaseModule {
  static forRoot(options: DatabaseModuleOptions): DynamicModule {
    return {
      module: DatabaseModule,
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
