import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface Readiness {
  database?: 'ok' | 'unreachable';
  pendingMigrations?: boolean;
  /** The instance is shutting down: a balancer should send it nothing new. */
  draining?: boolean;
}

@Injectable()
export class HealthService {
  private drainingSince: number | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** From now on the instance is not ready, and its answers close their connections (see main.ts's shutdown). */
  startDraining(): void {
    this.drainingSince ??= Date.now();
  }

  get draining(): boolean {
    return this.drainingSince !== null;
  }

  async readiness(): Promise<Readiness> {
    if (this.draining) {
      return { draining: true };
    }
    try {
      await this.dataSource.query('SELECT 1');
      return { database: 'ok', pendingMigrations: await this.dataSource.showMigrations() };
    } catch {
      return { database: 'unreachable' };
    }
  }
}
