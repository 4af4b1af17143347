import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addDays, localDate, zonedInstant } from '@app/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { DataSource, type EntityManager } from 'typeorm';
import { MaterialSeedService, type SeededMaterial } from '../participation/materials/material-seed.service';
import { ProtocolSeedService, type SeededProtocol } from '../outcomes/protocols/protocol-seed.service';
import { VerificationService } from '../outcomes/verification/verification.service';
import { AwardsService } from '../outcomes/awards/awards.service';
import type { AwardsToSeed } from '../outcomes/awards/awards.model';
import type { DemoData, DemoPlan } from './demo-data.types';
import { PlansService } from '../outcomes/plans/plans.service';
import { demoData } from './demo-data';
import { insertOrganizations, insertPeople, insertRegions } from './demo-directory.seed';
import { awardsOf, insertEvent, surveyOf } from './demo-event.seed';
import { FeedbackService, type SurveyToSeed } from '../participation/feedback/feedback.service';
import type { SealResolution } from './demo-seed.model';

const DEMO_LOCK_KEY = 7_241_905_312;

/**
 * Loads the three reference forums into an empty database on start (DEMO_DATA=false
 * switches it off). A seed writes many tables at once, so it speaks SQL directly rather
 * than going through each module's service; it runs once, under an advisory lock, in one
 * transaction, and only while no event exists.
 */
@Injectable()
export class DemoLoader implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoLoader.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly protocols: ProtocolSeedService,
    private readonly verification: VerificationService,
    private readonly materials: MaterialSeedService,
    private readonly awards: AwardsService,
    private readonly plans: PlansService,
    private readonly feedback: FeedbackService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) {
      return;
    }
    const data = demoData();
    const loaded = await this.load(data, new Date());
    if (loaded) {
      this.logger.log(`Loaded the demo forums: ${data.events.map((e) => e.slug).join(', ')}`);
    }
  }

  /**
   * Returns false when the database already has events (the demo never mixes with real data). The forums go in
   * one transaction; then the protocols of those already held are written through the protocols module, which
   * builds them from the committed agenda and check-ins as it does for a secretary.
   */
  async load(data: DemoData, today: Date): Promise<boolean> {
    const materials: SeededMaterial[] = [];
    const seal: SealResolution = async (manager, id) => {
      await this.verification.seal(manager, 'resolution', id);
    };
    const seeded = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
      const [{ count }]: { count: string }[] = await manager.query('SELECT count(*) FROM events');
      if (Number(count) > 0) {
        return undefined;
      }
      await insertRegions(manager, data);
      const orgIds = await insertOrganizations(manager, data);
      const personIds = await insertPeople(manager, data, orgIds);
      const held: SeededProtocol[] = [];
      const awards: AwardsToSeed[] = [];
      const surveys: SurveyToSeed[] = [];
      for (const event of data.events) {
        const { protocol, eventId } = await insertEvent(manager, event, today, orgIds, personIds, materials, seal);
        if (protocol) {
          held.push(protocol);
        }
        awards.push(...awardsOf(eventId, event, today, orgIds, personIds));
        const survey = surveyOf(eventId, event, today);
        if (survey) {
          surveys.push(survey);
        }
      }
      for (const plan of data.plans) {
        await this.insertPlan(manager, plan, today, orgIds);
      }
      return { held, awards, surveys };
    });
    if (!seeded) {
      return false;
    }
    for (const protocol of seeded.held) {
      await this.protocols.seed(protocol);
    }
    // Their files are made and stored by the materials module, once the forums are committed.
    await this.materials.seed(materials);
    for (const awards of seeded.awards) {
      await this.awards.seed(awards);
    }
    for (const survey of seeded.surveys) {
      await this.feedback.seed(survey);
    }
    return true;
  }

  /** A road map, written by the plans module with its points' dated progress; days count in Kazakhstan (UTC+5). */
  private async insertPlan(manager: EntityManager, plan: DemoPlan, today: Date, orgIds: Map<string, string>) {
    const day = localDate(today, 'Asia/Almaty');
    const events: { id: string }[] = plan.eventSlug
      ? await manager.query(`SELECT id FROM events WHERE slug = $1`, [plan.eventSlug])
      : [];
    await this.plans.seed(
      manager,
      {
        title: plan.title,
        ownerOrganizationId: orgIds.get(plan.ownerKey)!,
        startsOn: addDays(day, plan.startsInDays),
        endsOn: addDays(day, plan.endsInDays),
        eventId: events[0]?.id ?? null,
      },
      plan.points.map((point) => ({
        position: point.number,
        text: point.text,
        responsibleOrganizationId: orgIds.get(point.responsibleKey)!,
        executorId: null,
        regionCode: point.regionCode ?? null,
        dueDate: addDays(day, point.dueInDays),
        weight: point.weight,
        status: 'not_started',
        percent: 0,
        history: point.progress.map((step) => ({
          at: zonedInstant(addDays(day, -step.daysAgo), '11:00', 'Asia/Almaty').toISOString(),
          percent: step.percent,
          note: step.note.kk,
        })),
      })),
    );
  }
}
