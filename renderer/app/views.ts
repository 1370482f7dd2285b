/**
 * The project's views, one at a time in the window: coding (documents, codebook, transcript),
 * analysis (queries, matrices, charts), synthesis (theme sheets, framework matrix, recommendations)
 * and anonymization (the pseudonym table). The coding view stays mounted while another is shown, so
 * coming back finds the transcript where it was.
 */
export type ProjectView = 'coding' | 'analysis' | 'synthesis' | 'anonymization';
export const projectViews: readonly ProjectView[] = ['coding', 'analysis', 'synthesis', 'anonymization'];

export type { QuoteRequest } from '../../shared/quote-request';
