/**
 * Accounts in a real browser against the real server: the first administrator is made with the
 * CLI, signs in, creates a kabupaten administrator, who then sees and manages only Kota Semarang.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADMIN,
  createAdmin,
  DESKTOP,
  type E2eApp,
  hasChromium,
  reportMissingChromium,
  signIn,
  startApp,
} from './support';

reportMissingChromium();

const SEMARANG = { login: 'semarang', name: 'Admin Kota Semarang', password: 'kata-sandi-semarang-1' };

describe.runIf(hasChromium)('accounts and administration in Chromium', () => {
  let app: E2eApp | undefined;
  let base = '';
  let page: Page;
  let screenshotBoth: E2eApp['screenshotBoth'];

  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const path = () => new URL(page.url()).pathname;

  const openUserMenu = async (name: string) => {
    await page.getByRole('button', { name: `Menu akun: ${name}` }).click();
  };

  const roleRow = (index: number) => page.getByRole('group', { name: `Peran ${index}` });

  beforeAll(async () => {
    app = await startApp({
      name: 'accounts',
      viewport: DESKTOP,
      prepare: (dataDir) => console.log(createAdmin(dataDir).trim()),
    });
    ({ base, page, screenshotBoth } = app);
  });
  afterAll(() => app?.close());

  it('sends a visitor to the sign-in page and refuses a wrong password', async () => {
    await page.goto(`${base}/akun`);
    await heading('Masuk').waitFor();
    expect(path()).toBe('/masuk');
    expect(new URL(page.url()).searchParams.get('kembali')).toBe('/akun');
    await page.getByText('Silakan masuk untuk membuka halaman itu.').waitFor();

    await signIn(page, ADMIN.login, 'bukan-kata-sandinya');
    const error = page.getByTestId('sign-in-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('kata sandi salah');
    await screenshotBoth('sign-in-error');
  });

  it('signs in the national administrator and creates a kabupaten administrator', async () => {
    await signIn(page, ADMIN.login, ADMIN.password);
    await heading('Akun saya').waitFor();
    expect(path()).toBe('/akun');
    expect(await page.getByTestId('account-name').textContent()).toBe(ADMIN.name);
    expect(await page.getByTestId('account-roles').getByTestId('assignment-role').allTextContents()).toEqual([
      'Nasional',
    ]);

    await openUserMenu(ADMIN.name);
    await page.getByRole('menuitem', { name: 'Administrasi pengguna' }).click();
    await heading('Administrasi pengguna').waitFor();
    await page.getByRole('link', { name: ADMIN.name }).waitFor();

    await page.getByRole('link', { name: 'Tambah pengguna' }).click();
    await heading('Tambah pengguna').waitFor();
    await page.getByRole('textbox', { name: 'Nama pengguna' }).fill(ADMIN.login);
    await page.getByRole('textbox', { name: 'Nama lengkap' }).fill(SEMARANG.name);
    await page.getByRole('textbox', { name: 'Kata sandi awal' }).fill('pendek');
    await roleRow(1).getByRole('combobox', { name: 'Peran' }).selectOption('kabupaten');
    await roleRow(1).getByRole('textbox', { name: 'Kode wilayah' }).fill('33.7');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    // Checked in the browser before anything is sent.
    await page.getByText('Kata sandi minimal 10 karakter.').waitFor();
    await page.getByText('Format bertitik harus PP.KK.CC.XDDD').waitFor();

    await page.getByRole('textbox', { name: 'Kata sandi awal' }).fill(SEMARANG.password);
    await roleRow(1).getByRole('textbox', { name: 'Kode wilayah' }).fill('3374');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    // The server's field error (the username is taken) appears under the field itself.
    const usernameInput = page.getByRole('textbox', { name: 'Nama pengguna' });
    await page.getByText('Nama pengguna sudah dipakai.').waitFor();
    expect(await usernameInput.getAttribute('aria-invalid')).toBe('true');
    await screenshotBoth('create-user-field-error');

    await usernameInput.fill(SEMARANG.login);
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await heading(SEMARANG.name).waitFor();
    expect(path()).toMatch(/^\/admin\/pengguna\/[0-9a-f-]{36}$/);
    await page.getByText(`Pengguna ${SEMARANG.name} telah dibuat.`).waitFor();
    const assignments = page.getByTestId('user-assignments');
    expect(await assignments.getByTestId('assignment-scope').allTextContents()).toEqual([
      'Kota Semarang (33.74)',
    ]);
    const audit = page.getByTestId('user-audit');
    await audit.getByTestId('audit-entry').filter({ hasText: 'Membuat akun' }).waitFor();
    expect(await audit.getByTestId('audit-entry').first().textContent()).toMatch(
      /oleh Admin Nasional \(admin\) ·/,
    );
    await screenshotBoth('user-detail-audit');
  });

  it('signs out, and the kabupaten administrator sees their role and only their region', async () => {
    await openUserMenu(ADMIN.name);
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await page.getByText('Anda telah keluar.').waitFor();
    expect(path()).toBe('/masuk');

    await signIn(page, SEMARANG.login, SEMARANG.password);
    await heading('Akun saya').waitFor();
    const roles = page.getByTestId('account-roles');
    expect(await roles.getByTestId('assignment-role').allTextContents()).toEqual(['Kabupaten/Kota']);
    expect(await roles.getByTestId('assignment-scope').allTextContents()).toEqual(['Kota Semarang (33.74)']);
    await screenshotBoth('account');

    await openUserMenu(SEMARANG.name);
    await page.getByRole('menuitem', { name: 'Administrasi pengguna' }).click();
    await heading('Administrasi pengguna').waitFor();
    await page.getByRole('link', { name: SEMARANG.name }).waitFor();
    const names = await page
      .getByRole('table', { name: 'Daftar pengguna' })
      .getByRole('link')
      .allTextContents();
    expect(names).toEqual([SEMARANG.name]);
    await screenshotBoth('users-list');
  });

  it('refuses a village outside Kota Semarang and accepts one inside it', async () => {
    await page.getByRole('link', { name: 'Tambah pengguna' }).click();
    await heading('Tambah pengguna').waitFor();
    await page.getByRole('textbox', { name: 'Nama pengguna' }).fill('desa.miroto');
    await page.getByRole('textbox', { name: 'Nama lengkap' }).fill('Operator Kelurahan Miroto');
    await page.getByRole('textbox', { name: 'Kata sandi awal' }).fill('kata-sandi-miroto-1');
    const roles = roleRow(1).getByRole('combobox', { name: 'Peran' });
    expect(await roles.locator('option').allTextContents()).not.toContain('Nasional');
    await roles.selectOption('village');
    const scope = roleRow(1).getByRole('textbox', { name: 'Kode wilayah' });
    await scope.fill('3301012001');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    const refused = page.getByRole('alert').filter({ hasText: 'Tidak diizinkan' });
    await refused.waitFor();
    expect((await page.getByTestId('mutation-error').textContent())?.length).toBeGreaterThan(0);
    await screenshotBoth('create-user-forbidden');

    await scope.fill('3374011001');
    await page.getByRole('button', { name: 'Buat pengguna' }).click();
    await heading('Operator Kelurahan Miroto').waitFor();
    expect(
      await page.getByTestId('user-assignments').getByTestId('assignment-scope').textContent(),
    ).toContain('33.74.01.1001');

    await page.getByRole('link', { name: 'Kembali ke daftar pengguna' }).click();
    await heading('Administrasi pengguna').waitFor();
    await page.getByRole('link', { name: 'Operator Kelurahan Miroto' }).waitFor();
  });
});
