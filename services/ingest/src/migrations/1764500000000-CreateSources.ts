import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** The sources registry with per-source health, and the items each source has delivered. */
export class CreateSources1764500000000 implements MigrationInterface {
  name = 'CreateSources1764500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'source',
        columns: [
          { name: 'id', type: 'varchar', length: '200', isPrimary: true },
          { name: 'kind', type: 'varchar', length: '16' },
          { name: 'url', type: 'varchar', length: '2048' },
          { name: 'publisher', type: 'varchar', length: '300', isNullable: true },
          { name: 'country', type: 'varchar', length: '2', isNullable: true },
          { name: 'language', type: 'varchar', length: '2', isNullable: true },
          { name: 'timezone', type: 'varchar', length: '64', isNullable: true },
          { name: 'interval_seconds', type: 'integer' },
          { name: 'enabled', type: 'boolean', default: true },
          { name: 'fetch_pages', type: 'boolean', default: true },
          { name: 'allow_private_network', type: 'boolean', default: false },
          { name: 'etag', type: 'varchar', length: '500', isNullable: true },
          { name: 'last_modified', type: 'varchar', length: '100', isNullable: true },
          { name: 'next_poll_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'last_polled_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'last_success_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '2000', isNullable: true },
          { name: 'last_error_code', type: 'varchar', length: '64', isNullable: true },
          { name: 'last_error_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'consecutive_failures', type: 'integer', default: 0 },
          { name: 'items_seen', type: 'integer', default: 0 },
          { name: 'items_ingested', type: 'integer', default: 0 },
          { name: 'items_rejected', type: 'integer', default: 0 },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'source_item',
        columns: [
          { name: 'source_id', type: 'varchar', length: '200', isPrimary: true },
          { name: 'item_key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'release_id', type: 'varchar', length: '32', isNullable: true },
          { name: 'outcome', type: 'varchar', length: '80' },
          { name: 'seen_at', type: 'varchar', length: '32' },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('source_item');
    await queryRunner.dropTable('source');
  }
}
