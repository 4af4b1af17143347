import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Failed-login counters per account and per IP, in the database so that every app instance shares them. */
@Entity('login_throttle')
export class LoginThrottleEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ name: 'window_started_at', type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'integer' })
  attempts!: number;
}
