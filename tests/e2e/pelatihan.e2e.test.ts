/**
 * Running a training, in a real browser against the real server on its embedded database. The
 * officer of Kabupaten Cilacap registers a training provider and gives one account its provider
 * role (through the API: that is not what this test is about). The provider's user creates a
 * programme (an empty form is refused in the browser with the domain's messages), plans a
 * session of two days ending today (the server's message for an unknown desa shows beside its
 * field), opens registration and registers three people for two seats (the third waits; a
 * withdrawal gives the seat to her), starts the session, records attendance day by day with each
 * participant's completion, types scores in by hand (a score that is no number is refused before
 * sending) and sees the gains with their categories and the session summary with both means,
 * imports a score sheet (a sheet with bad rows lists every one and stores nothing; the corrected
 * sheet is stored), enters a reaction questionnaire and finishes the session. It issues the
 * certificates (the participant who missed a day is listed with the domain's reason), downloads
 * one, and a visitor's phone finds it valid on the public verification page, a forged code unknown
 * and a mistyped one caught by its check character. On a 360 px phone and a 1366 px laptop.
 */
import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODE_RANDOM_BYTES, certificateCodeFromBytes } from '../../src/domain/training/certificate.ts';
import { pdfText } from '../../src/services/export/testing.ts';
import { CILACAP, OFFICER, prepareKawasanData } from './kawasan-fixture';
import {
  DESKTOP,
  type E2eApp,
  hasChromium,
  horizontalOverflow,
  launchBrowser,
  PHONE,
  reportMissingChromium,
  signIn,
  startApp,
  tempDirs,
} from './support';

reportMissingChromium();

const PROVIDER = { name: 'Balai Pelatihan Masyarakat Cilacap', address: 'Jl. Gatot Subroto 12, Cilacap' };
const STAFF = { login: 'balai-cilacap', name: 'Rina Wulandari', password: 'kata-sandi-balai-cilacap-1' };
const TITLE = 'Pembukuan sederhana BUM Desa';
/** Desa of Kecamatan Kedungreja in the small region list. */
const TAMBAKREJA = '33.01.01.2001';
const KEDUNGREJA = '33.01.01.2004';
const PEOPLE = [
  { name: 'Siti Aminah', gender: 'perempuan', birthYear: '1985', desa: TAMBAKREJA, role: 'pengelola_bumdes' },
  { name: 'Bambang Riyadi', gender: 'laki_laki', birthYear: '1979', desa: KEDUNGREJA, role: 'kepala_desa' },
  { name: 'Dewi Lestari', gender: 'perempuan', birthYear: '1995', desa: KEDUNGREJA, role: 'pemuda' },
] as const;

/** Today in Asia/Jakarta (UTC+7, no daylight saving), as the server counts days. */
function jakartaToday(): string {
  return new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
}

function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/** The score sheet with `cells` set: row by participant code, column by its header. */
async function filledSheet(template: Buffer, cells: Record<string, Record<string, string | number>>) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Nilai');
  if (!sheet) throw new Error('no sheet "Nilai" in the template');
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => headers.set(String(cell.value), col));
  sheet.eachRow((row) => {
    const values = cells[String(row.getCell(1).value)];
    for (const [header, value] of Object.entries(values ?? {})) {
      const col = headers.get(header);
      if (col === undefined) throw new Error(`no column "${header}" in the template`);
      row.getCell(col).value = value;
    }
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.runIf(hasChromium)(
  'running a training in Chromium: programme, session, participants, attendance, scores',
  () => {
    let app: E2eApp | undefined;
    let base = '';
    let page: Page;
    const sessions: APIRequestContext[] = [];
    const today = jakartaToday();
    const yesterday = daysBefore(today, 1);
    let programmeId = '';
    let sessionId = '';
    let template: Buffer = Buffer.alloc(0);

    const session = () => page.getByTestId('session-page');
    const openTab = async (tab: string) => {
      await page.getByTestId(`session-tab-${tab}`).click();
      await page.waitForURL((url) =>
        tab === 'ringkasan' ? !url.search.includes('tab=') : url.search.includes(`tab=${tab}`),
      );
    };
    const act = async (action: string) => {
      await openTab('ringkasan');
      await page.getByTestId(`session-action-${action}`).click();
      await page.getByTestId('session-action-dialog').getByTestId('session-action-confirm').click();
    };
    const registration = (name: string) => page.getByTestId('registration-row').filter({ hasText: name });

    beforeAll(async () => {
      app = await startApp({ name: 'pelatihan', viewport: DESKTOP, prepare: prepareKawasanData });
      ({ base, page } = app);

      // The officer registers the provider and gives one account its role.
      const officer = await request.newContext({ baseURL: base });
      sessions.push(officer);
      const login = await officer.post('/api/auth/login', {
        data: { login: OFFICER.login, password: OFFICER.password },
      });
      expect(login.status(), await login.text()).toBe(200);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const headers = { 'x-csrf-token': csrfToken };
      const provider = await officer.post('/api/pelatihan/penyelenggara', {
        headers,
        data: {
          kind: 'balai_pelatihan',
          name: PROVIDER.name,
          seatRegionCode: CILACAP.code,
          address: PROVIDER.address,
        },
      });
      expect(provider.status(), await provider.text()).toBe(201);
      const { id: providerId } = (await provider.json()) as { id: string };
      const user = await officer.post('/api/users', {
        headers,
        data: {
          username: STAFF.login,
          name: STAFF.name,
          password: STAFF.password,
          assignments: [{ role: 'training_provider', scope: { kind: 'training_provider', id: providerId } }],
        },
      });
      expect(user.status(), await user.text()).toBe(201);

      await page.goto(`${base}/masuk`);
      await signIn(page, STAFF.login, STAFF.password);
      await page.waitForURL((url) => !url.pathname.startsWith('/masuk'));
    }, 180_000);

    afterAll(async () => {
      for (const s of sessions) await s.dispose();
      await app?.close();
    });

    it('shows the provider its home and creates a programme, refusing an empty form in the browser', async () => {
      await page.goto(`${base}/pelatihan`);
      const home = page.getByTestId('pelatihan-provider-home');
      await home.waitFor();
      expect(await home.textContent()).toContain(PROVIDER.name);
      await page.getByTestId('pelatihan-programmes-empty').waitFor();
      await app!.screenshotBoth('01-provider-home');

      await page.getByTestId('programme-new').click();
      await page.waitForURL(/\/pelatihan\/program\/baru/);
      const form = page.getByTestId('programme-form');
      await form.getByTestId('programme-save').click();
      await expect
        .poll(() => form.textContent())
        .toContain('Judul program wajib diisi, paling sedikit 5 karakter.');
      expect(await form.textContent()).toContain('Pilih paling sedikit satu aspek sasaran');
      expect(await form.textContent()).toContain('Pilih paling sedikit satu kelompok sasaran.');
      expect(await page.getByTestId('programme-title').getAttribute('aria-invalid')).toBe('true');
      await app!.screenshotBoth('02-programme-form-refused');

      await page.getByTestId('programme-title').fill(TITLE);
      await page.getByTestId('programme-topic').click();
      await page.getByRole('option', { name: 'Pembukuan dan laporan keuangan usaha' }).click();
      await page.getByTestId('programme-aspect-pengetahuan').check();
      await page.getByTestId('programme-aspect-keterampilan').check();
      // Knowledge and skills are tested by default once they are targets.
      expect(await page.getByTestId('programme-tested-pengetahuan').isChecked()).toBe(true);
      expect(await page.getByTestId('programme-tested-keterampilan').isChecked()).toBe(true);
      await page.getByTestId('programme-competency-pengetahuan').fill('Memahami neraca dan laporan arus kas');
      await page.getByTestId('programme-competency-keterampilan').fill('Menyusun laporan keuangan bulanan');
      await page.getByTestId('programme-target-group-pengelola_bumdes').check();
      await page.getByTestId('programme-hours').fill('16');
      await form.getByTestId('programme-save').click();
      await page.waitForURL(/\/pelatihan\/program\/[0-9a-f-]{36}$/);
      const programme = page.getByTestId('programme-page');
      await programme.waitFor();
      programmeId = (await programme.getAttribute('data-programme')) ?? '';
      expect(await page.getByTestId('programme-heading').textContent()).toBe(TITLE);
      expect(await page.getByTestId('programme-fact-hours').textContent()).toContain('16 JP');
      expect(await page.getByTestId('programme-fact-tested').textContent()).toContain(
        'Pengetahuan, Keterampilan',
      );
      await page.getByTestId('programme-sessions-empty').waitFor();
    });

    it('plans a session ending today, with the server’s message for an unknown desa beside its field', async () => {
      await page.getByTestId('session-create-open').click();
      const form = page.getByTestId('session-form');
      await page.getByTestId('session-label').fill('Angkatan I');
      await page.getByTestId('session-start').fill(yesterday);
      await page.getByTestId('session-end').fill(today);
      await page.getByTestId('session-schedule-propose').click();
      await expect.poll(() => page.getByTestId('session-day').count()).toBe(2);
      expect(await page.getByTestId('session-schedule-total').textContent()).toContain('16 dari 16 JP');
      await page.getByTestId('session-day-agenda').first().fill('Neraca dan buku kas');
      await page.getByTestId('session-place-name').fill('Aula Balai Desa Kedungreja');
      await page.getByTestId('session-place-region').fill(KEDUNGREJA);
      await page.getByTestId('session-trainer-name').fill('Dr. Agus Salim');
      await page.getByTestId('session-trainer-affiliation').fill('Universitas Jenderal Soedirman');
      await page.getByTestId('session-capacity').fill('2');
      await page.getByTestId('session-desa-add').click();
      // A desa code of the right shape that no desa has: only the server knows.
      await page.getByTestId('session-desa').fill('33.01.01.2099');
      await app!.screenshotBoth('03-session-form');
      await form.getByTestId('session-save').click();
      await expect
        .poll(() => form.textContent(), { timeout: 10_000 })
        .toContain('Desa 3301012099 tidak ditemukan dalam data wilayah.');
      expect(await page.getByTestId('session-desa').getAttribute('aria-invalid')).toBe('true');

      await page.getByTestId('session-desa').fill(TAMBAKREJA);
      await form.getByTestId('session-save').click();
      await page.waitForURL(/\/pelatihan\/angkatan\/[0-9a-f-]{36}$/);
      await session().waitFor();
      sessionId = (await session().getAttribute('data-session')) ?? '';
      expect(await session().getAttribute('data-state')).toBe('rencana');
      expect(await page.getByTestId('session-fact-desa').textContent()).toContain('Tambakreja');
      expect(await page.getByTestId('session-fact-trainers').textContent()).toContain(
        'Dr. Agus Salim (Universitas Jenderal Soedirman)',
      );
      await app!.screenshotBoth('04-session-planned');
    });

    it('asks a reason before cancelling, then opens registration', async () => {
      await page.getByTestId('session-action-cancel').click();
      const dialog = page.getByTestId('session-action-dialog');
      await dialog.getByTestId('session-cancel-reason').fill('hujan');
      await dialog.getByTestId('session-action-confirm').click();
      await expect.poll(() => dialog.textContent()).toContain('paling sedikit 10 karakter');
      await dialog.getByRole('button', { name: 'Batal', exact: true }).click();
      await dialog.waitFor({ state: 'detached' });
      expect(await session().getAttribute('data-state')).toBe('rencana');

      await act('open_registration');
      await expect.poll(() => session().getAttribute('data-state'), { timeout: 10_000 }).toBe('pendaftaran');
      expect(await page.getByTestId('success-note').textContent()).toContain('Pendaftaran dibuka');
    });

    it('registers three people for two seats: the third waits, and takes the seat of a withdrawal', async () => {
      await openTab('peserta');
      const form = page.getByTestId('participant-form');
      // The domain's checks before sending: a birth year that makes a child of six.
      await page.getByTestId('participant-name').fill('Siti Aminah');
      await page.getByTestId('participant-birth-year').fill(String(Number(today.slice(0, 4)) - 6));
      await form.getByTestId('participant-save').click();
      await expect.poll(() => form.textContent()).toContain('tidak masuk akal untuk peserta');
      expect(await form.textContent()).toContain('Asal desa wajib diisi dengan kode desa 10 digit.');

      for (const person of PEOPLE) {
        await page.getByTestId('participant-name').fill(person.name);
        await page.getByTestId(`participant-gender-${person.gender}`).check();
        await page.getByTestId('participant-birth-year').fill(person.birthYear);
        await page.getByTestId('participant-desa').fill(person.desa);
        await page.getByTestId('participant-role').selectOption(person.role);
        await form.getByTestId('participant-save').click();
        await expect
          .poll(() => page.getByTestId('success-note').textContent(), { timeout: 10_000 })
          .toContain(person.name);
        // The form is empty again for the next person.
        await expect.poll(() => page.getByTestId('participant-name').inputValue()).toBe('');
      }
      expect(await page.getByTestId('success-note').textContent()).toContain('daftar tunggu urutan ke-1');
      await expect.poll(() => page.getByTestId('registration-row').count()).toBe(3);
      expect(await registration('Dewi Lestari').getAttribute('data-status')).toBe('daftar_tunggu');
      expect(await registration('Dewi Lestari').getByTestId('registration-status').textContent()).toContain(
        'ke-1',
      );
      await app!.screenshotBoth('05-participants');

      await registration('Bambang Riyadi').getByTestId('registration-withdraw').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Batalkan pendaftaran' }).click();
      await expect
        .poll(() => page.getByTestId('success-note').textContent(), { timeout: 10_000 })
        .toContain('kursinya diberikan kepada Dewi Lestari');
      await expect.poll(() => registration('Dewi Lestari').getAttribute('data-status')).toBe('terdaftar');
      expect(await registration('Bambang Riyadi').getAttribute('data-status')).toBe('dibatalkan');
    });

    it('starts the session and records attendance day by day, with each one’s completion', async () => {
      await act('start');
      await expect.poll(() => session().getAttribute('data-state'), { timeout: 10_000 }).toBe('berjalan');
      // Finishing needs the attendance of every day first.
      expect(await page.getByTestId('session-action-finish').isDisabled()).toBe(true);
      expect(await page.getByTestId('session-refusal-finish').textContent()).toContain(
        'Kehadiran belum dicatat untuk tanggal',
      );

      await openTab('kehadiran');
      const rows = page.getByTestId('attendance-row');
      await expect.poll(() => rows.count()).toBe(2);
      const all = page.getByTestId('attendance-all-present');
      expect(await all.count()).toBe(2);
      await all.nth(0).click();
      await all.nth(1).click();
      // Dewi missed the first day: one tap on a present mark makes it absent.
      const dewi = rows.filter({ hasText: 'Dewi Lestari' });
      await dewi.getByTestId('attendance-cell').first().click();
      expect(await dewi.getByTestId('attendance-cell').first().getAttribute('data-mark')).toBe('tidak_hadir');
      expect(await dewi.getByTestId('attendance-completion').textContent()).toBe('50,0 %');
      expect(await page.getByTestId('attendance-pending').textContent()).toContain('4 perubahan');
      await app!.screenshotBoth('06-attendance-changed');
      await page.getByTestId('attendance-save').click();
      await expect
        .poll(() => page.getByTestId('success-note').textContent(), { timeout: 10_000 })
        .toContain('4 tanda kehadiran disimpan');
      expect(await page.getByTestId('attendance-pending').textContent()).toContain('Tidak ada perubahan');
      const siti = rows.filter({ hasText: 'Siti Aminah' });
      expect(await siti.getByTestId('attendance-completion').getAttribute('data-completed')).toBe('true');
      expect(await dewi.getByTestId('attendance-completion').getAttribute('data-completed')).toBe('false');
      // Read again from the server.
      await page.reload();
      await expect
        .poll(() =>
          rows.filter({ hasText: 'Dewi Lestari' }).getByTestId('attendance-completion').textContent(),
        )
        .toBe('50,0 %');
    });

    it('records scores by hand: gains with their categories and the summary with both means', async () => {
      await openTab('nilai');
      const siti = page.getByTestId('score-row').filter({ hasText: 'Siti Aminah' });
      await siti.waitFor();
      const input = (row: typeof siti, test: 'pre' | 'post', aspect: string) =>
        row.locator(`[data-testid="score-input-${test}"][data-aspect="${aspect}"]`);
      await input(siti, 'pre', 'pengetahuan').fill('40');
      await input(siti, 'post', 'pengetahuan').fill('85');
      await input(siti, 'pre', 'keterampilan').fill('55,5');
      await input(siti, 'post', 'keterampilan').fill('tujuh puluh');
      await page.getByTestId('scores-save').click();
      // Not a number: refused on the page, nothing sent.
      await expect.poll(() => page.getByTestId('score-table').textContent()).toContain('bukan angka');
      expect(await input(siti, 'post', 'keterampilan').getAttribute('aria-invalid')).toBe('true');

      await input(siti, 'post', 'keterampilan').fill('70');
      await page.getByTestId('scores-save').click();
      await expect
        .poll(() => page.getByTestId('success-note').textContent(), { timeout: 10_000 })
        .toContain('Nilai disimpan');
      const gains = siti.getByTestId('gain');
      expect(await gains.nth(0).getAttribute('data-exact')).toBe('3/4');
      expect(await gains.nth(0).textContent()).toContain('0,75');
      expect(await gains.nth(0).getByTestId('gain-category').getAttribute('data-category')).toBe('tinggi');
      expect(await gains.nth(1).getAttribute('data-exact')).toBe('29/89');
      expect(await gains.nth(1).getByTestId('gain-category').getAttribute('data-category')).toBe('sedang');
      const knowledge = page.locator('[data-testid="gain-summary"][data-aspect="pengetahuan"]');
      expect(await knowledge.getByTestId('mean-of-gains').textContent()).toContain('Rata-rata gain');
      expect(await knowledge.getByTestId('mean-of-gains-value').textContent()).toBe('0,75');
      expect(await knowledge.getByTestId('gain-of-means').textContent()).toContain(
        'Gain dari rata-rata nilai',
      );
      expect(await knowledge.getByTestId('gain-of-means').textContent()).toContain('n = 1');
      await app!.screenshotBoth('07-scores');
    });

    it('imports a score sheet: bad rows are all listed and nothing is stored; the corrected sheet is', async () => {
      const href = await page.getByTestId('score-template').getAttribute('href');
      expect(href).toBe(`/api/pelatihan/angkatan/${sessionId}/nilai/templat.xlsx`);
      const download = await page.context().request.get(`${base}${href}`);
      expect(download.status()).toBe(200);
      expect(download.headers()['content-type']).toContain('spreadsheetml');
      template = await download.body();

      const upload = async (name: string, bytes: Buffer) => {
        await page
          .getByTestId('score-sheet')
          .locator('input[type="file"]')
          .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
      };
      const bad = await filledSheet(template, {
        P001: { 'Pre-test Pengetahuan': 150 },
        P003: { 'Post-test Keterampilan': 'abc', 'Pre-test Keterampilan': 60 },
      });
      await upload('nilai-salah.xlsx', bad);
      const failed = page.getByTestId('score-import-failed');
      await failed.waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('score-import-nothing').textContent()).toContain(
        'Tidak ada nilai yang disimpan',
      );
      const issues = page.getByTestId('score-import-issue');
      expect(await issues.count()).toBe(2);
      expect(await issues.nth(0).textContent()).toContain('150 di luar rentang');
      expect(await issues.nth(1).textContent()).toContain('"abc" bukan angka');
      // Nothing of that sheet was stored: Dewi still has no scores, Siti her 40.
      const siti = page.getByTestId('score-row').filter({ hasText: 'Siti Aminah' });
      expect(
        await siti.locator('[data-testid="score-input-pre"][data-aspect="pengetahuan"]').inputValue(),
      ).toBe('40');
      await app!.screenshotBoth('08-import-refused');

      const good = await filledSheet(template, {
        P003: {
          'Pre-test Pengetahuan': 50,
          'Post-test Pengetahuan': 75,
          'Pre-test Keterampilan': 60,
          'Post-test Keterampilan': 90,
        },
      });
      await upload('nilai.xlsx', good);
      await page.getByTestId('score-import-done').waitFor({ timeout: 15_000 });
      expect(await page.getByTestId('score-import-failed').count()).toBe(0);
      const dewi = page.getByTestId('score-row').filter({ hasText: 'Dewi Lestari' });
      await expect.poll(() => dewi.getByTestId('gain').nth(0).getAttribute('data-exact')).toBe('1/2');
      expect(await dewi.getByTestId('gain').nth(1).getAttribute('data-exact')).toBe('3/4');
      const knowledge = page.locator('[data-testid="gain-summary"][data-aspect="pengetahuan"]');
      // ⟨g⟩ = (3/4 + 1/2) / 2 = 5/8; the gain of the means (80 − 45) / (100 − 45) = 7/11.
      expect(await knowledge.getByTestId('mean-of-gains-value').textContent()).toBe('0,62');
      expect(await knowledge.getByTestId('gain-of-means-value').textContent()).toBe('0,63');
      expect(await knowledge.getByTestId('gain-of-means').textContent()).toContain('n = 2');
    });

    it('enters a paper reaction questionnaire', async () => {
      await openTab('reaksi');
      const form = page.getByTestId('reaction-form');
      await form.waitFor();
      await page.getByTestId('reaction-participant').selectOption({ label: 'P001 · Siti Aminah' });
      const questions = page.getByTestId('reaction-question');
      const n = await questions.count();
      expect(n).toBeGreaterThan(0);
      for (let i = 0; i < n; i++)
        await questions
          .nth(i)
          .getByRole('radio', { name: i % 2 === 0 ? '5: ' : '4: ' })
          .check();
      await page.getByTestId('reaction-comment').fill('Materi neraca sangat membantu.');
      await form.getByTestId('reaction-save').click();
      await expect
        .poll(() => page.getByTestId('reaction-responses').textContent(), { timeout: 10_000 })
        .toBe('1');
      expect(await page.getByTestId('reaction-comments').textContent()).toContain(
        'Materi neraca sangat membantu.',
      );
      await app!.screenshotBoth('09-reaction');
    });

    it('finishes the session on its last day', async () => {
      await act('finish');
      await expect.poll(() => session().getAttribute('data-state'), { timeout: 10_000 }).toBe('selesai');
      expect(await page.getByTestId('session-actions').count()).toBe(0);
      await page.goto(`${base}/pelatihan/program/${programmeId}`);
      const row = page.locator(`[data-testid="session-row"][data-session="${sessionId}"]`);
      await row.waitFor();
      expect(await row.getByTestId('session-state').getAttribute('data-state')).toBe('selesai');
      // What the finished session was measured by can no longer change.
      await page.getByTestId('programme-edit').click();
      await page.getByTestId('programme-frozen').waitFor();
      expect(await page.getByTestId('programme-hours').isDisabled()).toBe(true);
      expect(await page.getByTestId('programme-title').isDisabled()).toBe(false);
      await page
        .getByTestId('programme-edit-form')
        .getByRole('button', { name: 'Batal', exact: true })
        .click();
      await page.getByTestId('programme-facts').waitFor();
      await app!.screenshotBoth('10-programme-sessions');
    });

    it('issues certificates to those who completed, downloads one, and the public page shows it valid', async () => {
      await page.goto(`${base}/pelatihan/angkatan/${sessionId}`);
      await session().waitFor();
      // The follow-up comes months later: on the last day it is not due, and nothing is judged yet.
      await openTab('tindak-lanjut');
      const followUp = page.getByTestId('follow-up-participant').filter({ hasText: 'Siti Aminah' });
      await followUp.waitFor();
      expect(await followUp.getByTestId('follow-up-status').getAttribute('data-status')).toBe(
        'belum_jatuh_tempo',
      );
      expect(await page.getByTestId('follow-up-verdict').getAttribute('data-verdict')).toBe(
        'menunggu_tindak_lanjut',
      );

      await openTab('sertifikat');
      await page.getByTestId('certificates-issue').click();
      await page.getByRole('dialog').getByRole('button', { name: 'Terbitkan', exact: true }).click();
      const report = page.getByTestId('issue-report');
      await report.waitFor({ timeout: 10_000 });
      expect(await report.textContent()).toContain('1 sertifikat diterbitkan');
      // Dewi missed a day: the domain's reason is listed, and she gets no certificate.
      const dewi = report.getByTestId('issue-ineligible-row').filter({ hasText: 'Dewi Lestari' });
      expect(await dewi.textContent()).toContain('di bawah batas 80%');
      const certificate = page.getByTestId('certificate-row');
      await expect.poll(() => certificate.count()).toBe(1);
      expect(await certificate.textContent()).toContain('Siti Aminah');
      expect(await certificate.getAttribute('data-status')).toBe('berlaku');
      const code = (await certificate.getAttribute('data-code')) ?? '';
      expect(code).toMatch(/^KWS-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/);
      expect(await page.getByTestId('certificates-issue').count()).toBe(1);
      await app!.screenshotBoth('11-certificates');

      const download = page.waitForEvent('download');
      await certificate.getByTestId('certificate-pdf').click();
      const file = await download;
      expect(file.suggestedFilename()).toBe(`sertifikat-siti-aminah-${code}.pdf`);
      const chunks: Buffer[] = [];
      for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
      const pdf = Buffer.concat(chunks);
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdfText(pdf)).toContain(code);
      expect(pdfText(pdf)).toContain('Siti Aminah');

      // Anyone checks it on a phone, signed in or not: typed in lower case with spaces.
      const visitorDirs = tempDirs();
      const visitor = await launchBrowser(visitorDirs.make('kawasan-e2e-pelatihan-visitor-'), PHONE);
      try {
        const v = visitor.page;
        const check = async (typed: string) => {
          await v.getByTestId('verify-code-field').fill(typed);
          await v.getByTestId('verify-submit').click();
        };
        const outcome = v.getByTestId('verify-outcome');
        const shots = async (name: string) => {
          for (const [size, viewport] of [
            ['360', PHONE],
            ['1366', DESKTOP],
          ] as const) {
            await v.setViewportSize(viewport);
            await v.waitForTimeout(250);
            if (size === '360') expect(await horizontalOverflow(v)).toBeLessThanOrEqual(0);
            await app!.screenshot(`${name}-${size}`, v.locator('body'));
          }
          await v.setViewportSize(PHONE);
        };
        await v.goto(`${base}/verifikasi`);
        await check(` ${code.toLowerCase().replaceAll('-', ' ')} `);
        await v.waitForURL(`${base}/verifikasi/${code}`);
        await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 10_000 }).toBe('valid');
        expect(await v.getByTestId('verify-name').locator('dd').textContent()).toBe('Siti Aminah');
        expect(await v.getByTestId('verify-programme').locator('dd').textContent()).toBe(TITLE);
        expect(await v.getByTestId('verify-provider').locator('dd').textContent()).toBe(PROVIDER.name);
        expect(await v.getByTestId('verify-hours').locator('dd').textContent()).toBe('16 JP');
        await shots('12-verify-valid');

        // A forged code, well formed but never issued, is unknown.
        let forged = code;
        while (forged === code) forged = certificateCodeFromBytes(randomBytes(CODE_RANDOM_BYTES));
        await check(forged);
        await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 10_000 }).toBe('unknown');
        expect(await v.getByTestId('verify-message').textContent()).toContain(
          `Tidak ada sertifikat dengan kode ${forged}`,
        );
        expect(await outcome.textContent()).not.toContain('Siti Aminah');
        await shots('13-verify-unknown');

        // One mistyped character is caught by the check character, never looked up.
        const mistyped = `${code.slice(0, -1)}${code.endsWith('0') ? '1' : '0'}`;
        await check(mistyped);
        await expect.poll(() => outcome.getAttribute('data-outcome'), { timeout: 10_000 }).toBe('malformed');
        expect(await v.getByTestId('verify-message').textContent()).toContain('karakter pemeriksanya');
      } finally {
        await visitor.context.close();
        visitorDirs.removeAll();
      }
    });
  },
);
