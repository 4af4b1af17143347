import { Injectable } from '@nestjs/common';
import { AppError, type FieldIssue } from '@app/common';
import { OrganizationsService } from '../../directory/organizations/organizations.service';
import { PeopleService } from '../../directory/people/people.service';
import { RegionsService } from '../../directory/regions/regions.service';
import type { EventRow } from '../../forum/events/events.model';
import type { CreateRegistrationDto } from './dto/registration.dto';
import { RegistrationDistrictsRepository } from './registration-districts.repository';

export interface District {
  regionCode: string | null;
  organizationId: string | null;
}

/**
 * Where a delegate comes from, for an event that reports by region (issue 22, item 13): the district
 * and organization given at registration, else the person's own; both must be in the directory, and
 * such an event needs the district. Other events keep what is given (the report falls back to the person).
 */
@Injectable()
export class RegistrationDistricts {
  constructor(
    private readonly districts: RegistrationDistrictsRepository,
    private readonly people: PeopleService,
    private readonly regions: RegionsService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** Checked before the registration is written; null when there is nothing to keep. */
  async resolve(event: EventRow, dto: CreateRegistrationDto, personId: string): Promise<District | null> {
    if (!event.reportsByRegion && dto.regionCode === undefined && dto.organizationId === undefined) {
      return null;
    }
    const [person] = await this.people.findByIds([personId]);
    const district: District = {
      regionCode: dto.regionCode ?? person?.regionCode ?? null,
      organizationId: dto.organizationId ?? person?.organizationId ?? null,
    };
    const issues: FieldIssue[] = [];
    if (event.reportsByRegion && !district.regionCode) {
      issues.push({ field: 'regionCode', code: 'isDefined' });
    }
    if (issues.length > 0) {
      throw AppError.validation(issues);
    }
    if (district.regionCode && !(await this.regions.existingCodes([district.regionCode])).has(district.regionCode)) {
      issues.push({ field: 'regionCode', code: 'exists' });
    }
    if (district.organizationId && (await this.organizations.findByIds([district.organizationId])).length === 0) {
      issues.push({ field: 'organizationId', code: 'exists' });
    }
    if (issues.length > 0) {
      throw new AppError('REFERENCE_NOT_FOUND', {}, issues);
    }
    return district;
  }

  save(registrationId: string, district: District): Promise<void> {
    return this.districts.save(registrationId, district.regionCode, district.organizationId);
  }
}
