import { Table, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

export class CreateFeedsTables1764400000000 implements MigrationInterface {
  name = 'CreateFeedsTables1764400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'feed_subscription',
        columns: [
          { name: 'id', type: 'varchar', length: '40', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'owner', type: 'varchar', length: '200' },
          { name: 'filter', type: 'text' },
          { name: 'delivery', type: 'text' },
          { name: 'webhook_secret', type: 'varchar', length: '100', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'disabled_reason', type: 'varchar', length: '2000', isNullable: true },
          { name: 'consecutive_failures', type: 'integer', default: 0 },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'updated_at', type: 'varchar', length: '32' },
        ],
      }),
    );
    await queryRunner.createIndex('feed_subscription', new TableIndex({ columnNames: ['owner'] }));

    // Each matched release once, however many feeds it is in.
    await queryRunner.createTable(
      new Table({
        name: 'feed_release',
        columns: [
          { name: 'id', type: 'varchar', length: '32', isPrimary: true },
          { name: 'revision', type: 'bigint' },
          { name: 'release', type: 'text' },
        ],
      }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'feed_item',
        columns: [
          { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'feed_key', type: 'varchar', length: '80' },
          { name: 'dedupe_key', type: 'varchar', length: '64' },
          { name: 'release_id', type: 'varchar', length: '32' },
          { name: 'cluster_id', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '1000' },
          { name: 'published_at', type: 'varchar', length: '40', isNullable: true },
          { name: 'matched_at', type: 'varchar', length: '32' },
          { name: 'updated_at', type: 'varchar', length: '32' },
          { name: 'why', type: 'text' },
          { name: 'also_published_by', type: 'text' },
        ],
      }),
    );
    // The exactly-once guarantee: one item per feed and story (or per release for every-copy subscribers).
    await queryRunner.createIndex('feed_item', new TableIndex({ columnNames: ['feed_key', 'dedupe_key'], isUnique: true }));
    await queryRunner.createIndex('feed_item', new TableIndex({ columnNames: ['feed_key', 'seq'] }));

    await queryRunner.createTable(
      new Table({
        name: 'feed_delivery',
        columns: [
          { name: 'id', type: 'varchar', length: '40', isPrimary: true },
          { name: 'feed_key', type: 'varchar', length: '80' },
          { name: 'dedupe_key', type: 'varchar', length: '64' },
          { name: 'subscription_id', type: 'varchar', length: '40', isNullable: true },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'target', type: 'varchar', length: '2048' },
          { name: 'release_id', type: 'varchar', length: '32' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'next_attempt_at', type: 'bigint' },
          { name: 'claim_token', type: 'varchar', length: '40', isNullable: true },
          { name: 'last_status_code', type: 'integer', isNullable: true },
          { name: 'last_error', type: 'varchar', length: '2000', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'delivered_at', type: 'varchar', length: '32', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'feed_delivery',
      new TableIndex({ columnNames: ['feed_key', 'channel', 'dedupe_key'], isUnique: true }),
    );
    await queryRunner.createIndex('feed_delivery', new TableIndex({ columnNames: ['status', 'next_attempt_at'] }));
    await queryRunner.createIndex('feed_delivery', new TableIndex({ columnNames: ['claim_token'] }));
    await queryRunner.createIndex('feed_delivery', new TableIndex({ columnNames: ['subscription_id', 'created_at'] }));

    await queryRunner.createTable(
      new Table({
        name: 'feed_delivery_attempt',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'delivery_id', type: 'varchar', length: '40' },
          { name: 'attempt', type: 'integer' },
          { name: 'at', type: 'varchar', length: '32' },
          { name: 'ok', type: 'boolean' },
          { name: 'status_code', type: 'integer', isNullable: true },
          { name: 'error', type: 'varchar', length: '2000', isNullable: true },
          { name: 'duration_ms', type: 'integer' },
        ],
      }),
    );
    await queryRunner.createIndex('feed_delivery_attempt', new TableIndex({ columnNames: ['delivery_id'] }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['feed_delivery_attempt', 'feed_delivery', 'feed_item', 'feed_release', 'feed_subscription']) {
      await queryRunner.dropTable(table);
    }
  }
}
