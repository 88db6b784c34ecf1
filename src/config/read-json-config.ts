import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ConfigError, problemAt, problemLine, toError } from '../errors.js';
import { jsonKeyPlaces, placeOfOffset, type LocateKey } from './key-places.js';

/** What jsonc-parser's error codes mean, in words. */
const syntaxWords: Readonly<Record<string, string>> = {
  InvalidSymbol: 'this is not a JSON value (text goes in double quotes)',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a key in double quotes was expected (JSON allows no comma after the last entry)',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a `:` was expected after the key',
  CommaExpected: 'a `,` was expected between entries',
  CloseBraceExpected: 'a `}` was expected',
  CloseBracketExpected: 'a `]` was expected',
  EndOfFileExpected: 'nothing may follow the closing `}`',
  InvalidCommentToken: 'JSON allows no comments (a `folio.config.js` does)',
  UnexpectedEndOfComment: 'this comment is not closed, and JSON allows none',
  UnexpectedEndOfString: 'this text is not closed with a `"`',
  UnexpectedEndOfNumber: 'this number ends too early',
  InvalidUnicode: 'this `\\u` escape is not valid',
  InvalidEscapeCharacter: 'this `\\` escape is not valid',
  InvalidCharacter: 'this character must be escaped inside text',
};

/**
 * Parse a JSON config, or throw a `ConfigError` with a message for each
 * syntax error, each with its line and column. jsonc-parser finds the places
 * (V8's `JSON.parse` messages give none for an unexpected token, and their
 * wording changes between Node.js versions); `JSON.parse` stays the judge of
 * what is valid. Returns the value and a way to find each key's place.
 */
export function readJsonConfig(json: string, shown: string): { raw: unknown; locate: LocateKey } {
  const errors: ParseError[] = [];
  parse(json, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  // jsonc-parser may report one mistake twice: at one place (no key, then no value, after a trailing comma), or an
  // unquoted word and then the value it did not take for one. Keep the first.
  const distinct = errors.filter((error, index) => {
    const before = errors[index - 1];
    if (!before) return true;
    const cascade = printParseErrorCode(before.error) === 'InvalidSymbol' && printParseErrorCode(error.error) === 'ValueExpected';
    return before.offset !== error.offset && !cascade;
  });
  const messages = distinct.map(({ error, offset }) =>
    problemAt(
      `not valid JSON: ${syntaxWords[printParseErrorCode(error)] ?? printParseErrorCode(error)}`,
      { file: shown, ...placeOfOffset(json, offset) },
      'config-syntax',
    ),
  );
  if (messages.length === 0) {
    try {
      return { raw: JSON.parse(json), locate: jsonKeyPlaces(json) };
    } catch (error) {
      // Something only V8 refuses: its own words, placed where it says.
      const offset = /position (\d+)/.exec(toError(error).message)?.[1];
      const place = offset === undefined ? {} : placeOfOffset(json, Number(offset));
      messages.push(problemAt(`not valid JSON: ${toError(error).message}`, { file: shown, ...place }, 'config-syntax'));
    }
  }
  throw new ConfigError(`Invalid config:\n${messages.map(problemLine).join('\n')}`, { messages });
}
