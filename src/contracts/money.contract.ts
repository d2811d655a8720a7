/**
 * Money on the wire: whole rupiah as a string of digits (`"1500000"`), so no client reads an
 * amount through a float. Requests may send digits, a JSON integer, or the Indonesian written form
 * (`"Rp 1.500.000"`); the services read them with domain/money/rupiah.ts and answer 400 otherwise.
 */
import { z } from 'zod';

export const Rupiah = z
  .string()
  .regex(/^-?\d+$/)
  .meta({
    id: 'Rupiah',
    description: 'Rupiah utuh sebagai deretan angka, misalnya "1500000"',
    example: '1500000',
  });

export const RupiahInput = z
  .union([z.string().max(40), z.number()])
  .describe('Rupiah utuh: "1500000", 1500000 atau "Rp 1.500.000"');
