import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * One multi-row INSERT. `updateEntity(false)`: TypeORM would otherwise read generated columns
 * back row by row on drivers without RETURNING, which dominates a 1,000-subscription fan-out.
 */
export async function insertMany<T extends ObjectLiteral>(tx: EntityManager, target: EntityTarget<T>, rows: T[]) {
  if (!rows.length) return;
  await tx.createQueryBuilder().insert().into(target).values(rows).updateEntity(false).execute();
}
