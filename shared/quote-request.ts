/** A passage to show in its transcript (from a matrix cell, a theme sheet, a pseudonym's context…). */
export type QuoteRequest = { documentId: number; start: number; end: number; codingId?: number | undefined };
