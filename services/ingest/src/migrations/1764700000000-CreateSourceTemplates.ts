import { Table, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Per-source template learning: block fingerprint counts and each source's recent window. */
export class CreateSourceTemplates1764700000000 implements MigrationInterface {
  name = 'CreateSourceTemplates1764700000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'source_template',
        columns: [
          { name: 'source_id', type: 'varchar', length: '200', isPrimary: true },
          { name: 'documents', type: 'integer', default: 0 },
          { name: 'window', type: 'text' },
          { name: 'updated_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'template_block',
        columns: [
          { name: 'source_id', type: 'varchar', length: '200', isPrimary: true },
          { name: 'fingerprint', type: 'varchar', length: '16', isPrimary: true },
          { name: 'documents', type: 'integer', default: 0 },
          { name: 'recent', type: 'integer', default: 0 },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('template_block');
    await queryRunner.dropTable('source_template');
  }
}
