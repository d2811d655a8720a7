import type { Command } from '../command.ts';
import { openMigrated } from '../runtime.ts';

export const migrateCommand: Command = {
  name: 'migrate',
  summary: 'Terapkan migrasi basis data yang belum dijalankan',
  usage: 'kawasan migrate',
  options: {},
  async run(_args, out) {
    const db = await openMigrated(out);
    await db.close();
    out.info('Skema basis data mutakhir.');
    return 0;
  },
};
