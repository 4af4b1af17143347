import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

@Injectable()
export class HealthService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async readiness(): Promise<{ database: 'ok' | 'unreachable'; pendingMigrations?: boolean }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { database: 'ok', pendingMigrations: await this.dataSource.showMigrations() };
    } catch {
      return { database: 'unreachable' };
    }
  }
}
