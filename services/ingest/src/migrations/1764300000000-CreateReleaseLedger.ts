import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateReleaseLedger1764300000000 implements MigrationInterface {
  name = 'CreateReleaseLedger1764300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'release_ledger',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'source_id', type: 'varchar', length: '200' },
          { name: 'url', type: 'varchar', length: '2048', isNullable: true },
          { name: 'title', type: 'varchar', length: '1000' },
          { name: 'content_hash', type: 'varchar', length: '64' },
          { name: 'revision', type: 'bigint' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'content_type', type: 'varchar', length: '100' },
          { name: 'raw', type: 'text' },
          { name: 'event', type: 'text' },
          { name: 'received_at', type: 'varchar', length: '32' },
          { name: 'published_at', type: 'varchar', length: '32', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex('release_ledger', new TableIndex({ columnNames: ['status'] }));
    await queryRunner.createIndex('release_ledger', new TableIndex({ columnNames: ['content_hash'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('release_ledger');
  }
}
