import { userInfo } from 'node:os';
import { CreateUserBodySchema } from '../../contracts/access.contract.ts';
import { ROLES } from '../../domain/access/role.ts';
import { AppError } from '../../domain/errors.ts';
import { createAccountService } from '../../services/access/account.service.ts';
import type { Command } from '../command.ts';
import { readPassword } from '../prompt.ts';
import { openMigrated } from '../runtime.ts';

export const userCreateCommand: Command = {
  name: 'user create',
  summary: 'Buat akun pengguna (misalnya administrator pertama)',
  usage: 'kawasan user create --username U --name "Nama" --role ROLE [--scope KODE] [--email E]',
  options: {
    username: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    role: { type: 'string' },
    scope: { type: 'string' },
  },
  help: [
    `  --role     salah satu dari: ${ROLES.join(', ')}`,
    '  --scope    kode wilayah cakupan peran (33, 3374, 3374011001); tidak dipakai untuk national',
    'Kata sandi ditanyakan (tanpa tampil) di terminal, atau dibaca dari baris pertama stdin.',
    'Contoh: kawasan user create --username admin --name "Admin Nasional" --role national',
  ],
  async run({ values }, out) {
    const role = values.role as string | undefined;
    const scopeCode = values.scope as string | undefined;
    const password = await readPassword();
    const parsed = CreateUserBodySchema.safeParse({
      username: values.username ?? '',
      name: values.name ?? values.username ?? '',
      email: values.email ?? null,
      password,
      assignments: role
        ? [
            {
              role,
              scope: role === 'national' ? { kind: 'national' } : { kind: 'region', code: scopeCode ?? '' },
            },
          ]
        : [],
    });
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({
        field: i.path.join('.') || 'input',
        message: i.message,
      }));
      throw new AppError('invalid_input', 'Data pengguna tidak sah.', issues);
    }
    const db = await openMigrated(out);
    try {
      const accounts = createAccountService({ db, now: () => new Date() });
      const user = await accounts.create(
        { kind: 'system', label: `cli:${userInfo().username}` },
        parsed.data,
      );
      const roles = user.assignments.map((a) => `${a.role} (${a.scope.label})`).join(', ') || 'tanpa peran';
      out.info(`Akun ${user.username} dibuat: ${user.name}, ${roles}.`);
      return 0;
    } finally {
      await db.close();
    }
  },
};
