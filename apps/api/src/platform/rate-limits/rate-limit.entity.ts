import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Requests counted per limit and client, in the database so that every app instance shares the count. */
@Entity('rate_limits')
export class RateLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 300 })
  key!: string;

  @Column({ name: 'window_ends_at', type: 'timestamptz' })
  windowEndsAt!: Date;

  @Column({ type: 'integer' })
  hits!: number;
}
