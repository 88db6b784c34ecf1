// css-tree's parser, walker and generator without its lexer: the lexer reads the
// syntax data with require() of JSON files, which the bundle (scripts/bundle.js)
// cannot carry. @types/css-tree declares only the whole package.
declare module 'css-tree/parser' {
  export { parse as default } from 'css-tree';
}
declare module 'css-tree/walker' {
  export { walk as default } from 'css-tree';
}
declare module 'css-tree/generator' {
  export { generate as default } from 'css-tree';
}
