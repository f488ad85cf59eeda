import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateTranslationTables1764330000000 implements MigrationInterface {
  name = 'CreateTranslationTables1764330000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'translation_cache',
        columns: [
          { name: 'key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'text_hash', type: 'varchar', length: '64' },
          { name: 'source_language', type: 'varchar', length: '8' },
          { name: 'target_language', type: 'varchar', length: '8' },
          { name: 'backend', type: 'varchar', length: '40' },
          { name: 'backend_version', type: 'varchar', length: '200' },
          { name: 'translated', type: 'text' },
          { name: 'created_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await queryRunner.createTable(
      new Table({
        name: 'pending_translation',
        columns: [
          { name: 'release_id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'revision', type: 'bigint' },
          { name: 'targets', type: 'varchar', length: '200' },
          { name: 'event', type: 'text' },
          { name: 'traceparent', type: 'varchar', length: '100', isNullable: true },
          { name: 'attempts', type: 'int' },
          { name: 'next_attempt_at', type: 'bigint' },
          { name: 'held_at', type: 'varchar', length: '32' },
        ],
      }),
      true,
    );
    await queryRunner.createIndex('pending_translation', new TableIndex({ columnNames: ['next_attempt_at'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('pending_translation');
    await queryRunner.dropTable('translation_cache');
  }
}
