/**
 * The building blocks every part of the contract uses (ids, offsets, names, colours). Split from
 * `contract.ts` so that each capability's calls can live in a file of their own
 * (`contract-synthesis.ts`, `contract-pseudonyms.ts`, `contract-refi.ts`) without import cycles.
 */
import { z } from 'zod';

export const Id = z.number().int().positive();
/** A UTF-16 code-unit index into a document's stored text. */
export const Offset = z.number().int().nonnegative();
export const Path = z.string().min(1).max(4096);
export const Name = z.string().trim().min(1).max(200);
export const Color = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'A colour is written #rrggbb')
  .transform((c) => c.toLowerCase());
export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });

/** The shape every calls table has: a zod input and output per method. */
export type MethodTable = Record<string, { input: z.ZodType; output: z.ZodType }>;
