import type { Element, ElementContent, Root, Text } from 'hast';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Plugin } from 'unified';

/** `{width=50%}` or `{width=12em}` right after an image: a width hint, as pandoc writes it. */
const widthHint = /^\{\s*width\s*=\s*(\d+(?:\.\d+)?(?:%|em|rem|cm|mm|in|pt|px))\s*\}/;

/**
 * An image alone in its paragraph becomes a figure: the image (alt kept)
 * and, when the image has a title, a caption made of it. A pandoc-style
 * `{width=60%}` after any image sets its width.
 */
const rehypeFigure: Plugin<[], Root> = function () {
  return (tree: Root): undefined => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'p' || !parent || index === undefined) return;
      applyWidthHints(node);
      const content = node.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
      const image = content[0];
      if (content.length !== 1 || image?.type !== 'element' || image.tagName !== 'img') return;
      const title = image.properties['title'];
      delete image.properties['title'];
      const caption = typeof title === 'string' && title.trim() !== '' ? [h('figcaption', title)] : [];
      parent.children[index] = { ...h('figure', [image, ...caption]), position: node.position };
    });
  };
};

export default rehypeFigure;

function applyWidthHints(paragraph: Element): void {
  const children: ElementContent[] = [];
  for (const child of paragraph.children) {
    const previous = children.at(-1);
    if (child.type === 'text' && previous?.type === 'element' && previous.tagName === 'img') {
      const match = widthHint.exec(child.value);
      if (match) {
        previous.properties['style'] = `width: ${match[1]}`;
        const rest: Text = { ...child, value: child.value.slice(match[0].length) };
        if (rest.value !== '') children.push(rest);
        continue;
      }
    }
    children.push(child);
  }
  paragraph.children = children;
}
