import type { Heading, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** `{#id}`, `{#id .class}`, `{.unnumbered #id key=value}`, `{-}` at the end of a heading's text. */
const attributes =
  /\s*\{\s*((?:[#.][^\s{}#.=]+|-|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+))(?:\s+(?:[#.][^\s{}#.=]+|-|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s{}"']+)))*)\s*\}\s*$/;

/**
 * Heading attributes as pandoc, kramdown, PHP Markdown Extra and
 * markdown-it-attrs write them: `## Results {#results}` gives the heading
 * the id `results`, and the braces are not printed. Classes and other
 * attributes are read and dropped (the sanitiser would drop them). Text
 * that is not a complete attribute list (`## Sets {1, 2}`) stays as written.
 */
const remarkHeadingAttributes: Plugin<[], Root> = function () {
  return (tree) => {
    visit(tree, 'heading', (heading: Heading) => {
      const last = heading.children.at(-1);
      if (last?.type !== 'text') return;
      const match = attributes.exec(last.value);
      if (!match) return;
      last.value = last.value.slice(0, match.index).trimEnd();
      if (last.value === '') heading.children.pop();
      const id = /(?:^|\s)#([^\s{}#.=]+)/.exec(match[1] ?? '')?.[1];
      if (id !== undefined) {
        heading.data ??= {};
        heading.data.hProperties = { ...heading.data.hProperties, id };
      }
    });
  };
};

export default remarkHeadingAttributes;
