import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Stage timestamps and last error on the ledger, compressed raw input, sightings and near-duplicate keys. */
export class LedgerStagesSightingsClusters1764400000000 implements MigrationInterface {
  name = 'LedgerStagesSightingsClusters1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('release_ledger', [
      // Rows written before this migration hold their raw input as plain text.
      new TableColumn({ name: 'raw_encoding', type: 'varchar', length: '16', default: "'utf8'" }),
      new TableColumn({ name: 'cluster_id', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'signature', type: 'text', isNullable: true }),
      new TableColumn({ name: 'translated_at', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'enriched_at', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'indexed_at', type: 'varchar', length: '32', isNullable: true }),
      new TableColumn({ name: 'last_error', type: 'varchar', length: '2000', isNullable: true }),
      new TableColumn({ name: 'last_error_at', type: 'varchar', length: '32', isNullable: true }),
    ]);
    await queryRunner.createIndex('release_ledger', new TableIndex({ columnNames: ['cluster_id'] }));
    await queryRunner.createIndex('release_ledger', new TableIndex({ columnNames: ['received_at'] }));
    await queryRunner.createIndex('release_ledger', new TableIndex({ columnNames: ['source_id'] }));

    await queryRunner.createTable(
      new Table({
        name: 'release_sighting',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'release_id', type: 'varchar', length: '32' },
          { name: 'source_id', type: 'varchar', length: '200' },
          { name: 'url', type: 'varchar', length: '2048', isNullable: true },
          // sha256 of source + url, so the unique index stays small whatever the URL's length.
          { name: 'origin_hash', type: 'varchar', length: '64' },
          { name: 'first_seen_at', type: 'varchar', length: '32' },
          { name: 'last_seen_at', type: 'varchar', length: '32' },
          { name: 'times_seen', type: 'integer', default: 1 },
        ],
        indices: [
          { columnNames: ['release_id', 'origin_hash'], isUnique: true },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'release_near_key',
        columns: [
          { name: 'band_key', type: 'varchar', length: '16', isPrimary: true },
          { name: 'release_id', type: 'varchar', length: '32', isPrimary: true },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('release_near_key');
    await queryRunner.dropTable('release_sighting');
    for (const column of ['raw_encoding', 'cluster_id', 'signature', 'translated_at', 'enriched_at', 'indexed_at', 'last_error', 'last_error_at']) {
      await queryRunner.dropColumn('release_ledger', column);
    }
  }
}
