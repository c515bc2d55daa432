// TypeDoc plugin (loaded by typedoc.json): show types as the source writes them.
//
// TypeDoc converts a parameter's, a return value's or an interface property's type from the
// checker's resolved type. The library's data types are zod inferences
// (`type Plan = z.output<typeof PlanSchema>`), and TypeScript does not keep such an alias's name
// on the resolved object type, so `transition(input: Plan, ...)` came out with the whole plan
// inlined (about 640 lines before the description). Where the source writes a type annotation,
// this plugin converts that annotation instead: `Plan` stays `Plan`, linked to its page, as
// date-fns' and zod's references show it.
//
// Types without an annotation (an inferred return type, a property of a zod-inferred type) are
// named too: before conversion, each exported type alias whose resolved type lost its name
// (an object or a union, such as `Plan`, `Employee`, `MetricKind`) gets that name back on the
// checker's type (`aliasSymbol`), so `Plan.employee` shows `Employee`, not Employee's fields.
// The alias's own page shows its resolved type (`@useDeclaredType`): `Plan` lists the plan's
// fields with their comments rather than `z.output<typeof PlanSchema>` (a `z.input` alias keeps
// its declared form). A zod schema constant
// (`PlanSchema`, no annotation) shows as `ZodType<Plan, PlanInput>`: what it parses to, not
// zod's internals. test/docs/site.test.ts bounds every function's signature.
//
// Two options name things for readers (typedoc.json): `guideTitles` gives each project document
// (docs/*.md) its title in the navigation, in the "Guides" group, instead of its file path;
// `moduleNames` names each entry point after its import path (`improvement-plan/schema`),
// not after its file (`schema`); `sourceCategories` files each export under the category of the
// `src/` folder it is declared in (`src/lifecycle` -> "Lifecycle"), so a module's page and the
// navigation read by topic, as date-fns' reference does, without an `@category` tag in every file.
// The README's own "# improvement-plan" heading is dropped from the index page, which already
// has the project's name as its title.
//
// Headings: TypeDoc makes a heading's anchor and its "On This Page" entry from the heading's
// text tokens only, so "## `FairnessPolicy` (`DEFAULT_FAIRNESS_POLICY`)" became "_" and " ()";
// a markdown-it rule turns inline code in headings into text tokens that still render as
// `<code>`, so anchors match GitHub's (`#fairnesspolicy-default_fairness_policy`).
import { dirname, relative, resolve } from 'node:path';
import { Application, Comment, CommentTag, Converter, ParameterType, ReferenceType, ReflectionKind, UnionType } from 'typedoc';
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

/** Whether a reflection (or its first signature) already has an `@category` tag. */
function hasCategory(reflection) {
  return [reflection.comment, reflection.signatures?.[0]?.comment].some((comment) => comment?.blockTags.some((tag) => tag.tag === '@category'));
}

/**
 * The exported type aliases of the entry points whose resolved type does not carry their name:
 * objects built by a type function (zod's inference) and unions, without an ambiguous pair.
 */
function namelessAliases(program, entryPoints) {
  const checker = program.getTypeChecker();
  const byType = new Map();
  for (const file of entryPoints) {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) continue;
    for (const exported of checker.getExportsOfModule(module)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (!(symbol.flags & ts.SymbolFlags.TypeAlias)) continue;
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      if (type.aliasSymbol) continue; // named already (itself, or e.g. Partial<...>)
      const object = type.flags & ts.TypeFlags.Object && type.objectFlags & (ts.ObjectFlags.Anonymous | ts.ObjectFlags.Mapped);
      if (!object && !(type.flags & ts.TypeFlags.Union)) continue;
      const symbols = byType.get(type) ?? new Set();
      symbols.add(symbol);
      byType.set(type, symbols);
    }
  }
  return new Map([...byType].filter(([, symbols]) => symbols.size === 1).map(([type, symbols]) => [type, [...symbols][0]]));
}

/** A zod schema's output and input types, or undefined for any other type. */
function zodTypes(checker, type) {
  const internals = type.getProperty('_zod');
  if (!internals) return undefined;
  const zod = checker.getTypeOfSymbol(internals);
  const output = zod.getProperty('output');
  const input = zod.getProperty('input');
  if (!output || !input) return undefined;
  return { output: checker.getTypeOfSymbol(output), input: checker.getTypeOfSymbol(input) };
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.options.addDeclaration({ name: 'guideTitles', help: 'Navigation title of each project document, by path.', type: ParameterType.Mixed, defaultValue: {} });
  app.options.addDeclaration({ name: 'sourceCategories', help: 'Category of the exports declared in each src/ folder.', type: ParameterType.Mixed, defaultValue: {} });
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
    const project = context.project;
    const names = app.options.getValue('moduleNames');
    for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
      const name = names[module.name];
      if (typeof name === 'string') module.name = name;
    }
    const readme = project.readme?.[0];
    const title = `# ${project.name}\n`;
    if (readme?.kind === 'text' && readme.text.startsWith(title)) readme.text = readme.text.slice(title.length).replace(/^\s+/, '');
  });

  // Before TypeDoc's CategoryPlugin (RESOLVE_END at priority -200) groups the children.
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const categories = app.options.getValue('sourceCategories');
    const config = app.options.getValue('options'); // empty when typedoc.json was found in the working directory
    const base = config ? dirname(config) : process.cwd();
    const project = context.project;
    for (const module of project.getChildrenByKind(ReflectionKind.Module)) {
      for (const child of module.children ?? []) {
        const file = context.getSymbolFromReflection(child)?.declarations?.[0]?.getSourceFile().fileName ?? child.sources?.[0]?.fullFileName;
        if (!file) continue;
        const folder = relative(base, file).split(/[\\/]/).slice(0, 2).join('/');
        const category = categories[folder];
        if (typeof category !== 'string' || hasCategory(child)) continue;
        const target = child.comment ?? child.signatures?.[0]?.comment ?? (child.comment = new Comment());
        target.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: category }]));
      }
    }
  }, 100);

  /** Types renamed by `namelessAliases`, by alias symbol; and one alias left unnamed while its page is converted. */
  const named = new Map();
  let unnamed;
  const restore = () => {
    if (unnamed) unnamed.aliasSymbol = named.get(unnamed);
    unnamed = undefined;
  };

  app.converter.on(Converter.EVENT_BEGIN, (context) => {
    const entryPoints = app.options.getValue('entryPoints').map((file) => resolve(file)); // absolute already
    for (const program of context.programs) {
      for (const [type, symbol] of namelessAliases(program, entryPoints)) {
        type.aliasSymbol = symbol;
        named.set(type, symbol);
      }
    }
  });

  app.converter.on(Converter.EVENT_CREATE_PARAMETER, restore);

  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    restore();
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
    restore();
    const symbol = context.getSymbolFromReflection(reflection);
    const declaration = symbol?.getDeclarations()?.[0];
    if (!declaration) return;

    // A renamed alias's page: TypeDoc converts the declared (resolved) type right after this
    // event; it must not come out as a reference to the alias itself.
    if (reflection.kindOf(ReflectionKind.TypeAlias)) {
      const type = context.checker.getDeclaredTypeOfSymbol(symbol);
      if (named.get(type) !== symbol) return;
      // `PlanInput = z.input<typeof PlanSchema>` keeps its declared form: "the plan, loosely" says
      // more than a page of optional fields written out.
      if (ts.isTypeAliasDeclaration(declaration) && /^z\.input\s*</.test(declaration.type.getText())) return;
      reflection.comment ??= new Comment();
      reflection.comment.modifierTags.add('@useDeclaredType');
      type.aliasSymbol = undefined;
      unnamed = type;
      return;
    }

    if (!reflection.kindOf(ReflectionKind.Property | ReflectionKind.Variable)) return;
    if (!(ts.isPropertySignature(declaration) || ts.isPropertyDeclaration(declaration) || ts.isVariableDeclaration(declaration))) return;
    const node = annotation(declaration);
    if (node) {
      const type = context.converter.convertType(context.withScope(reflection), node);
      reflection.type = reflection.flags.isOptional ? withoutUndefined(type) : type;
      return;
    }
    const zod = reflection.kindOf(ReflectionKind.Variable) ? zodTypes(context.checker, context.checker.getTypeOfSymbol(symbol)) : undefined;
    if (zod) {
      const scope = context.withScope(reflection);
      const type = ReferenceType.createBrokenReference('ZodType', context.project, 'zod');
      type.typeArguments = [context.converter.convertType(scope, zod.output), context.converter.convertType(scope, zod.input)];
      reflection.type = type;
    }
  });
}
