/**
 * The API reference shows, for every method of every model object (`bgNbd.probabilityAlive`,
 * `shiftedBetaGeometric.survival`, ...), the function's full doc comment: summary, `@remarks` (formula,
 * source) and a worked `@example`, the same text the editor shows at a call.
 *
 * How: a model object is declared with `@namespace` in its doc comment, so TypeDoc renders each member on
 * its own page, and each method member carries `@function`, so it renders as a function whose signatures
 * take the comment of the function it points to (one source of truth: no comment is copied onto the
 * object). This test converts the project with TypeDoc (the options of typedoc.json, the same entry points
 * as `npm run docs`), serialises it to TypeDoc's JSON and checks every model object it finds.
 *
 * A model object is any exported object with `parameterNames` and `logLikelihood` members, so models added
 * later are checked without changing this file. A model made by a factory (`mbgCnbdK(k)`) is checked through
 * the interface its factory returns (`MbgCnbdKModel`): any exported interface other than `FittableModel`
 * with those two members, whose methods carry the comments. Exempt: the `FittableModel` members (`compress`,
 * `logLikelihood`, `startingPoints`, ... : plumbing for `fitModel`, documented once on that interface,
 * which need only a summary), its optional extension `logLikelihoodAndGradient`, and members whose
 * function is `@internal` (excluded from the reference).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, normalizePath, ReflectionKind, type JSONOutput } from 'typedoc';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Node = JSONOutput.DeclarationReflection | JSONOutput.ProjectReflection;
type Comment = JSONOutput.Comment | undefined;

let project: JSONOutput.ProjectReflection;

beforeAll(async () => {
  const config = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
  const app = await Application.bootstrap({
    entryPoints: config.entryPoints.map((p) => join(root, p)),
    tsconfig: join(root, 'tsconfig.json'),
    excludeInternal: true,
    excludePrivate: true,
    readme: 'none',
    // Type errors are the business of `tsc --noEmit`; skipping the check halves the time.
    skipErrorChecking: true,
    logLevel: 'Error',
  });
  const converted = await app.convert();
  if (converted === undefined) throw new Error('TypeDoc could not convert the project');
  project = app.serializer.projectToObject(converted, normalizePath(root));
});

function* walk(node: Node): Generator<JSONOutput.DeclarationReflection> {
  for (const child of node.children ?? []) {
    yield child;
    yield* walk(child);
  }
}

const hasText = (comment: Comment): boolean => (comment?.summary ?? []).some((part) => part.text.trim() !== '');
const hasTag = (comment: Comment, tag: `@${string}`): boolean => (comment?.blockTags ?? []).some((t) => t.tag === tag);

/** Members of a declaration, whether TypeDoc made it a namespace (children) or a variable (a type literal). */
function membersOf(node: JSONOutput.DeclarationReflection): readonly JSONOutput.DeclarationReflection[] {
  if (node.children !== undefined) return node.children;
  const type = node.type;
  return type?.type === 'reflection' ? (type.declaration.children ?? []) : [];
}

const hasModelMembers = (node: JSONOutput.DeclarationReflection): boolean =>
  ['parameterNames', 'logLikelihood'].every((name) => membersOf(node).some((m) => m.name === name));

const isModelObject = (node: JSONOutput.DeclarationReflection): boolean =>
  (node.kind === ReflectionKind.Namespace || node.kind === ReflectionKind.Variable) && hasModelMembers(node);

/** The interface a model factory returns (`MbgCnbdKModel`); `FittableModel` itself is the protocol. */
const isModelInterface = (node: JSONOutput.DeclarationReflection): boolean =>
  node.kind === ReflectionKind.Interface && node.name !== 'FittableModel' && hasModelMembers(node);

/** The members exempt from full documentation: the `FittableModel` protocol and its optional extension. */
function plumbingOf(project: JSONOutput.ProjectReflection): ReadonlySet<string> {
  const fittable = [...walk(project)].find((n) => n.name === 'FittableModel' && n.kind === ReflectionKind.Interface);
  return new Set([...(fittable?.children ?? []).map((m) => m.name), 'logLikelihoodAndGradient']);
}

/** Signatures of a member rendered as a variable of function type (what `@function` turns into a function). */
function typeSignatures(member: JSONOutput.DeclarationReflection): readonly JSONOutput.SignatureReflection[] {
  return member.type?.type === 'reflection' ? (member.type.declaration.signatures ?? []) : [];
}

function problemsOf(model: JSONOutput.DeclarationReflection, protocol: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (model.kind !== ReflectionKind.Namespace && model.kind !== ReflectionKind.Interface) {
    return [`${model.name}: renders as a variable whose members are bare types; add \`@namespace\` to its doc comment`];
  }
  for (const member of membersOf(model)) {
    const where = `${model.name}.${member.name}`;
    if (protocol.has(member.name)) {
      const documented = hasText(member.comment) || (member.signatures ?? []).some((s) => hasText(s.comment));
      if (!documented) problems.push(`${where}: a FittableModel member without a summary`);
      continue;
    }
    if (member.kind === ReflectionKind.Function || member.kind === ReflectionKind.Method) {
      const signatures = member.signatures ?? [];
      if (signatures.length === 0) problems.push(`${where}: a function without signatures in the reference`);
      signatures.forEach((signature, i) => {
        const missing = [
          hasText(signature.comment) ? null : 'summary',
          hasTag(signature.comment, '@remarks') ? null : '@remarks',
          hasTag(signature.comment, '@example') ? null : '@example',
        ].filter((x) => x !== null);
        if (missing.length > 0) problems.push(`${where} (signature ${i + 1}): missing ${missing.join(', ')}`);
      });
      continue;
    }
    if (typeSignatures(member).length > 0) {
      const fix = model.kind === ReflectionKind.Interface ? 'declare it with method syntax' : 'mark the member `/** @function */`';
      problems.push(`${where}: a method that renders as a bare type; ${fix}`);
    } else if (!hasText(member.comment)) {
      problems.push(`${where}: a member without a summary`);
    }
  }
  return problems;
}

describe('API reference of the model objects', () => {
  it('finds the model objects generically (every object with parameterNames and logLikelihood)', () => {
    const names = new Set([...walk(project)].filter(isModelObject).map((m) => m.name));
    for (const name of ['bgNbd', 'mbgNbd', 'paretoNbd', 'bgBb', 'shiftedBetaGeometric', 'gammaGamma', 'betaDiscreteWeibull']) {
      expect(names).toContain(name);
    }
  });

  it('finds the models made by a factory through the interface the factory returns', () => {
    const names = new Set([...walk(project)].filter(isModelInterface).map((m) => m.name));
    expect(names).toContain('MbgCnbdKModel');
  });

  it('shows every method with its summary, @remarks and @example', () => {
    const protocol = plumbingOf(project);
    expect(protocol.size).toBeGreaterThan(5);
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const model of [...walk(project)].filter((n) => isModelObject(n) || isModelInterface(n))) {
      // The same object is re-exported by several entry points (clientele, clientele/clv): check it once.
      if (seen.has(model.name)) continue;
      seen.add(model.name);
      problems.push(...problemsOf(model, protocol));
    }
    expect(problems).toEqual([]);
  });
});
