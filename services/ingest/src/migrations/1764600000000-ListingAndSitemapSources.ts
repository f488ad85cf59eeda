import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Listing pages and sitemaps as sources: link selectors and page limit; per-item lastmod. */
export class ListingAndSitemapSources1764600000000 implements MigrationInterface {
  name = 'ListingAndSitemapSources1764600000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('source', [
      new TableColumn({ name: 'item_selector', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'next_selector', type: 'varchar', length: '500', isNullable: true }),
      new TableColumn({ name: 'max_pages', type: 'integer', default: 3 }),
    ]);
    await queryRunner.addColumn('source_item', new TableColumn({ name: 'lastmod', type: 'varchar', length: '40', isNullable: true }));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('source_item', 'lastmod');
    await queryRunner.dropColumns('source', ['max_pages', 'next_selector', 'item_selector']);
  }
}
