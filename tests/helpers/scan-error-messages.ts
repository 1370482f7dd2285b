/**
 * Finds every user-facing error message written in the source, for the test that makes sure each one
 * has a French translation. It reads the TypeScript syntax tree (not regular expressions, so messages
 * spread over several lines or holding nested templates are read whole) and returns each message as a
 * template: its literal text, with `{}` wherever the code interpolates a value.
 *
 * What counts as an error message:
 * - `new AppError(code, message, …)`;
 * - `fileError(code, fileName, problem, …)`: the message is `“{}” ` + problem (see file-errors.ts);
 * - `fail(code, message, …)` where `code` is an error-code literal (dispatch.ts);
 * - an object literal `{ code: '<ERROR_CODE>', message: … }` (results built by hand in the shells);
 * - `warnings.push(message)`: the warnings a participants import or a project opening returns.
 * A message that is not a literal (a variable, a call) cannot be checked here: it is reported as
 * dynamic, with its source, so that the test can list the few accepted ones.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { errorCodes } from '../../shared/result';

export type ScannedMessage = {
  /** Path from the repository root, and 1-based line: where to look. */
  file: string;
  line: number;
  /** The message with `{}` for each interpolated value; null when the message is not a literal. */
  template: string | null;
  /** The message argument as written. */
  source: string;
};

const CODES = new Set<string>(errorCodes);

function listTsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listTsFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A string literal or template as `{}`-template; null for anything computed. */
function templateOf(node: ts.Expression): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text + node.templateSpans.map((s) => `{}${s.literal.text}`).join('');
  if (ts.isParenthesizedExpression(node)) return templateOf(node.expression);
  return null;
}

const isCodeLiteral = (node: ts.Expression | undefined): boolean =>
  node !== undefined && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && CODES.has(node.text);

const calleeName = (node: ts.CallExpression | ts.NewExpression): string | null =>
  ts.isIdentifier(node.expression) ? node.expression.text : null;

/** The message argument of an error-making expression, and the prefix the maker adds before it. */
function messageArgument(node: ts.Node): { argument: ts.Expression; prefix: string } | null {
  if (ts.isNewExpression(node) && calleeName(node) === 'AppError' && node.arguments?.[1]) return { argument: node.arguments[1], prefix: '' };
  if (ts.isCallExpression(node)) {
    const name = calleeName(node);
    if (name === 'fileError' && node.arguments[2]) return { argument: node.arguments[2], prefix: '“{}” ' };
    if (name === 'fail' && isCodeLiteral(node.arguments[0]) && node.arguments[1]) return { argument: node.arguments[1], prefix: '' };
    const callee = node.expression;
    const isWarning = ts.isPropertyAccessExpression(callee) && callee.name.text === 'push' && ts.isIdentifier(callee.expression) && callee.expression.text === 'warnings';
    if (isWarning && node.arguments[0]) return { argument: node.arguments[0], prefix: '' };
  }
  if (ts.isObjectLiteralExpression(node)) {
    const property = (name: string) =>
      node.properties.find((p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === name);
    const code = property('code');
    const message = property('message');
    if (code && message && isCodeLiteral(code.initializer)) return { argument: message.initializer, prefix: '' };
  }
  return null;
}

/** Every error message in the `.ts`/`.tsx` files under `dirs` (relative to `root`). */
export function scanErrorMessages(root: string, dirs: readonly string[]): ScannedMessage[] {
  const found: ScannedMessage[] = [];
  for (const path of dirs.flatMap((d) => listTsFiles(join(root, d)))) {
    const text = readFileSync(path, 'utf8');
    const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const visit = (node: ts.Node) => {
      const found1 = messageArgument(node);
      if (found1) {
        const template = templateOf(found1.argument);
        found.push({
          file: relative(root, path),
          line: source.getLineAndCharacterOfPosition(found1.argument.getStart()).line + 1,
          template: template === null ? null : found1.prefix + template,
          source: found1.argument.getText(),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}
