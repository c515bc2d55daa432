// TypeDoc plugin (loaded by typedoc.json): show types as the source writes them.
//
// TypeDoc converts a parameter's, a return value's or an interface property's type from the
// checker's resolved type. The library's data types are zod inferences
// (`type Plan = z.output<typeof PlanSchema>`), and TypeScript does not keep such an alias's name
// on the resolved object type, so `transition(input: Plan, ...)` came out with the whole plan
// inlined (about 640 lines before the description). Where the source writes a type annotation,
// this plugin converts that annotation instead: `Plan` stays `Plan`, linked to its page, as
// date-fns' and zod's references show it. Declarations without an annotation keep TypeDoc's
// inferred type; test/docs/site.test.ts bounds the size of every function's signature.
//
// Two options name things for readers (typedoc.json): `guideTitles` gives each project document
// (docs/*.md) its title in the navigation, in the "Guides" group, instead of its file path;
// `moduleNames` names each entry point after its import path (`improvement-plan/schema`),
// not after its file (`schema`).
//
// Headings: TypeDoc makes a heading's anchor and its "On This Page" entry from the heading's
// text tokens only, so "## `FairnessPolicy` (`DEFAULT_FAIRNESS_POLICY`)" became "_" and " ()";
// a markdown-it rule turns inline code in headings into text tokens that still render as
// `<code>`, so anchors match GitHub's (`#fairnesspolicy-default_fairness_policy`).
import { Application, Converter, ParameterType, ReflectionKind, UnionType } from 'typedoc';
import ts from 'typescript';

/** The annotation of a parameter, property or function declaration, if the source writes one. */
function annotation(node) {
  if (!node || !node.type) return undefined;
  if (node.type.kind === ts.SyntaxKind.ThisType) return undefined;
  return node.type;
}

/** `T | undefined` without `undefined`, as TypeDoc shows optional members. */
function withoutUndefined(type) {
  if (!(type instanceof UnionType)) return type;
  const types = type.types.filter((member) => !(member.type === 'intrinsic' && member.name === 'undefined'));
  if (types.length === type.types.length) return type;
  return types.length === 1 ? types[0] : new UnionType(types);
}

/** Inline code in a heading as a text token (still rendered as code), see above. */
function headingCodeAsText(parser) {
  parser.core.ruler.push('heading_code_as_text', (state) => {
    state.tokens.forEach((token, index) => {
      if (token.type !== 'inline' || state.tokens[index - 1]?.type !== 'heading_open') return;
      for (const child of token.children ?? []) {
        if (child.type !== 'code_inline') continue;
        child.type = 'text';
        child.meta = { ...child.meta, code: true };
      }
    });
  });
  const text = parser.renderer.rules.text;
  parser.renderer.rules.text = (tokens, index, options, env, self) =>
    tokens[index].meta?.code ? `<code>${parser.utils.escapeHtml(tokens[index].content)}</code>` : text(tokens, index, options, env, self);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({ name: 'guideTitles', help: 'Navigation title of each project document, by path.', type: ParameterType.Mixed, defaultValue: {} });
  app.options.addDeclaration({ name: 'moduleNames', help: 'Name of each entry point module, by its TypeDoc name.', type: ParameterType.Mixed, defaultValue: {} });

  app.on(Application.EVENT_BOOTSTRAP_END, () => {
    const loader = app.options.getValue('markdownItLoader'); // options are read again after plugins load
    app.options.setValue('markdownItLoader', (parser) => {
      loader(parser);
      headingCodeAsText(parser);
    });
  });

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const titles = app.options.getValue('guideTitles');
    const title = titles[`${document.name}.md`]; // TypeDoc names a document after its path, without `.md`
    if (typeof title !== 'string') return;
    document.name = title;
    document.frontmatter.group ??= 'Guides';
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const names = app.options.getValue('moduleNames');
    for (const module of context.project.getChildrenByKind(ReflectionKind.Module)) {
      const name = names[module.name];
      if (typeof name === 'string') module.name = name;
    }
  });

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (!declaration || !('parameters' in declaration)) return;
    const scope = context.withScope(signature);
    for (const parameter of declaration.parameters) {
      const node = annotation(parameter);
      if (!node || !ts.isIdentifier(parameter.name)) continue;
      const reflection = signature.parameters?.find((candidate) => candidate.name === parameter.name.text);
      if (!reflection) continue;
      const type = context.converter.convertType(scope.withScope(reflection), node);
      reflection.type = reflection.flags.isOptional ? withoutUndefined(type) : type;
    }
    const returned = annotation(declaration);
    if (returned && !ts.isTypePredicateNode(returned)) signature.type = context.converter.convertType(scope, returned);
  });

  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property | ReflectionKind.Variable)) return;
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.getDeclarations()?.[0];
    if (!declaration) return;
    if (!(ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration) || ts.isVariableDeclaration(declaration))) return;
    const node = annotation(declaration);
    if (!node) return;
    const type = context.converter.convertType(context.withScope(reflection), node);
    reflection.type = reflection.flags.isOptional ? withoutUndefined(type) : type;
  });
}
