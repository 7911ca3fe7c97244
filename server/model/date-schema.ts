import { z } from 'zod';
import { parsePartialDate } from './dates.js';

/** A date field of the data: YYYY, YYYY-MM or YYYY-MM-DD, and a real date. */
export const PartialDate = z
  .string()
  .refine((v) => parsePartialDate(v) !== null, {
    message: 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
  });
