/**
 * Loading a large batch into an empty table is fastest without its indexes: COPY the rows,
 * then build each index once. Index definitions are read from the catalog, so this never
 * drifts from the migrations.
 */
import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from './client.ts';

interface Definition {
  name: string;
  ddl: string;
  isConstraint: boolean;
}

/** Drops the indexes of `table` (and its primary key, unless something references it), runs `load`, rebuilds them. */
export async function withIndexesRebuilt<T>(tx: Tx, table: string, load: () => Promise<T>): Promise<T> {
  const regclass = sql`to_regclass(${table})`;
  const constraints = await queryRows<{ name: string; def: string; referenced: boolean }>(
    tx.orm,
    sql`select c.conname as name, pg_get_constraintdef(c.oid) as def,
          exists (select 1 from pg_constraint f where f.confrelid = c.conrelid) as referenced
        from pg_constraint c where c.conrelid = ${regclass} and c.contype in ('p', 'u')`,
  );
  const droppable = constraints.filter((c) => !c.referenced);
  const indexes = await queryRows<{ name: string; def: string }>(
    tx.orm,
    sql`select i.relname as name, pg_get_indexdef(i.oid) as def
        from pg_index x join pg_class i on i.oid = x.indexrelid
        where x.indrelid = ${regclass}
          and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`,
  );
  const definitions: Definition[] = [
    ...droppable.map((c) => ({ name: c.name, ddl: c.def, isConstraint: true })),
    ...indexes.map((i) => ({ name: i.name, ddl: i.def, isConstraint: false })),
  ];
  for (const d of definitions) {
    await tx.orm.execute(
      d.isConstraint
        ? sql`alter table ${sql.identifier(table)} drop constraint ${sql.identifier(d.name)}`
        : sql`drop index ${sql.identifier(d.name)}`,
    );
  }
  const result = await load();
  for (const d of definitions) {
    // Definitions come from the database's own catalog, not from input.
    await tx.orm.execute(
      d.isConstraint
        ? sql`alter table ${sql.identifier(table)} add constraint ${sql.identifier(d.name)} ${sql.raw(d.ddl)}`
        : sql.raw(d.ddl),
    );
  }
  return result;
}
