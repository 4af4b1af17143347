import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** The district and organization a registration reports under (see RegistrationDistricts). */
@Injectable()
export class RegistrationDistrictsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async save(registrationId: string, regionCode: string | null, organizationId: string | null): Promise<void> {
    await this.dataSource.query(`UPDATE registrations SET region_code = $2, organization_id = $3 WHERE id = $1`, [
      registrationId,
      regionCode,
      organizationId,
    ]);
  }
}
