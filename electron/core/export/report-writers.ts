import { strToU8 } from 'fflate';
import type { ExportWriter } from './formats';
import { reportToDocx } from './report-docx';
import { reportToHtml } from './report-html';
import { reportToMarkdown } from './report-markdown';
import { buildReportModel } from './report-model';

/** The synthesis report in its three formats, limited to `request.codeIds` when given. */
export const renderMarkdownReport: ExportWriter['render'] = (snapshot, request, now) =>
  strToU8(reportToMarkdown(buildReportModel(snapshot, { codeIds: request.codeIds, now })));

export const renderHtmlReport: ExportWriter['render'] = (snapshot, request, now) =>
  strToU8(reportToHtml(buildReportModel(snapshot, { codeIds: request.codeIds, now })));

export const renderDocxReport: ExportWriter['render'] = (snapshot, request, now) => reportToDocx(buildReportModel(snapshot, { codeIds: request.codeIds, now }));
