import { expect } from 'vitest';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An AppError with this code whose message contains the fragments, in this order. */
export const rejection = (code: string, ...fragments: string[]) =>
  expect.objectContaining({ code, message: expect.stringMatching(new RegExp(fragments.map(escapeRegExp).join('[\\s\\S]*'))) });
