import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Which stage reported a release's last error, and its machine-readable code (from the DLQ headers). */
export class LedgerErrorStage1764800000000 implements MigrationInterface {
  name = 'LedgerErrorStage1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('release_ledger', [
      new TableColumn({ name: 'last_error_stage', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'last_error_code', type: 'varchar', length: '64', isNullable: true }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('release_ledger', ['last_error_code', 'last_error_stage']);
  }
}
