/**
 * The pattern sets of the `hyphen` package that Folio turns into Chromium
 * dictionaries: each set's language, the hyph-utf8 file it comes from, and
 * its licence where it was read from that file's head.
 */

/** Where hyph-utf8 keeps the pattern files, as a browsable address. */
export const upstream = 'https://github.com/hyphenation/tex-hyphen/blob/master/hyph-utf8/tex/generic/hyph-utf8/patterns/tex/';

/** A licence as a pattern file's head states it. */
export interface Licence {
  readonly name: string;
  readonly copyright: string;
  /** The licence's own words, when they are short enough to quote here (else `name` points at a standard text). */
  readonly text?: string;
}

/** One dictionary Folio ships. */
export interface PatternSource {
  /** The `hyphen` package's code, which is hyph-utf8's (`hyphen/patterns/<code>.js`, `hyph-<code>.tex`). */
  readonly code: string;
  readonly language: string;
  /** The `hyph-<locale>.hyb` name Chromium asks for when it differs from the code (Blink's `MapLocale`). */
  readonly chromium?: string;
  /** Set when read from the file's head (see `hyphenation/NOTICE.md` for the others). */
  readonly licence?: Licence;
}

const mit = 'MIT';

/**
 * Pattern sets left out: `no` (Blink reads `nb` for Norwegian, so it would
 * never be used) and `cu` (its file does not load in `hyphen` 1.14.1).
 */
export const skipped: ReadonlySet<string> = new Set(['no', 'cu']);

/** Dictionaries made from another set, for the tag documents use: Blink asks for `hyph-el.hyb` for `lang="el"`. */
export const aliases: Readonly<Record<string, string>> = { el: 'el-monoton' };

/** Every pattern set, by the `hyphen` package's code. */
export const patternSources: readonly PatternSource[] = [
  { code: 'af', language: 'Afrikaans' },
  { code: 'as', language: 'Assamese' },
  { code: 'be', language: 'Belarusian' },
  { code: 'bg', language: 'Bulgarian' },
  { code: 'bn', language: 'Bengali' },
  { code: 'ca', language: 'Catalan' },
  { code: 'cop', language: 'Coptic' },
  { code: 'cs', language: 'Czech' },
  { code: 'cy', language: 'Welsh' },
  { code: 'da', language: 'Danish' },
  { code: 'de-1901', language: 'German, traditional spelling' },
  {
    code: 'de-1996',
    language: 'German, reformed spelling (Blink uses it for every `de`)',
    licence: {
      name: mit,
      copyright:
        'Copyright (c) 2013-2024 Stephan Hennig, Werner Lemberg, Günter Milde, Sander van Geloven, Georg Pfeiffer, Gisbert W. Selke, Tobias Wendorf, Keno Wehr',
    },
  },
  { code: 'de-ch-1901', language: 'Swiss German, traditional spelling' },
  { code: 'el-monoton', language: 'Modern Greek, monotonic (also `hyph-el.hyb`)' },
  { code: 'el-polyton', language: 'Modern Greek, polytonic' },
  {
    code: 'en-gb',
    language: 'British English (Blink uses it for every English but `en` and `en-US`)',
    licence: { name: mit, copyright: 'Copyright (C) 1992, 1996, 2005, 2016 Dominik Wujastyk, Graham Toal' },
  },
  {
    code: 'en-us',
    language: 'American English (`en`, `en-US`)',
    licence: {
      name: 'Permissive notice',
      copyright: 'Copyright (C) 1990, 2004, 2005 Gerard D.C. Kuiken; it holds the patterns and exceptions of Donald E. Knuth’s hyphen.tex',
      text: 'Copying and distribution of this file, with or without modification, are permitted in any medium without royalty provided the copyright notice and this notice are preserved.',
    },
  },
  {
    code: 'es',
    language: 'Spanish',
    licence: { name: 'MIT/X11', copyright: 'Copyright (C) 1993, 1997 Javier Bezos, 2001-2019 Javier Bezos, CervanTeX' },
  },
  { code: 'et', language: 'Estonian' },
  { code: 'eu', language: 'Basque' },
  { code: 'fi', language: 'Finnish' },
  { code: 'fi-x-school', language: 'Finnish, school hyphenation' },
  {
    code: 'fr',
    language: 'French',
    licence: { name: mit, copyright: 'Copyright (C) 1994-2002 Daniel Flipo, Bernard Gaulle, 2016 Arthur Reutenauer' },
  },
  { code: 'fur', language: 'Friulan' },
  { code: 'ga', language: 'Irish' },
  { code: 'gl', language: 'Galician' },
  { code: 'grc', language: 'Ancient Greek' },
  { code: 'gu', language: 'Gujarati' },
  { code: 'hi', language: 'Hindi' },
  { code: 'hr', language: 'Croatian' },
  { code: 'hsb', language: 'Upper Sorbian' },
  { code: 'hu', language: 'Hungarian' },
  { code: 'hy', language: 'Armenian' },
  { code: 'ia', language: 'Interlingua' },
  { code: 'id', language: 'Indonesian' },
  { code: 'is', language: 'Icelandic' },
  {
    code: 'it',
    language: 'Italian',
    licence: {
      name: 'MIT, or LPPL 1.3 or later, as the taker chooses: Folio takes it under MIT',
      copyright: 'Copyright (C) 2008-2011 Claudio Beccari',
    },
  },
  { code: 'ka', language: 'Georgian' },
  { code: 'kmr', language: 'Kurmanji' },
  { code: 'kn', language: 'Kannada' },
  { code: 'la', language: 'Latin' },
  { code: 'la-x-classic', language: 'Classical Latin' },
  { code: 'la-x-liturgic', language: 'Liturgical Latin' },
  { code: 'lt', language: 'Lithuanian' },
  { code: 'lv', language: 'Latvian' },
  { code: 'mk', language: 'Macedonian' },
  { code: 'ml', language: 'Malayalam' },
  { code: 'mn-cyrl', language: 'Mongolian, Cyrillic (Blink uses it for `mn`)' },
  { code: 'mn-cyrl-x-lmc', language: 'Mongolian, Cyrillic, LMC' },
  { code: 'mr', language: 'Marathi' },
  { code: 'mul-ethi', language: 'Ethiopic scripts (`am`, `ti` and others)', chromium: 'und-ethi' },
  { code: 'nb', language: 'Norwegian Bokmål (Blink uses it for `no`)' },
  { code: 'nl', language: 'Dutch' },
  { code: 'nn', language: 'Norwegian Nynorsk' },
  { code: 'oc', language: 'Occitan' },
  { code: 'or', language: 'Oriya' },
  { code: 'pa', language: 'Punjabi' },
  { code: 'pi', language: 'Pali' },
  { code: 'pl', language: 'Polish' },
  { code: 'pms', language: 'Piedmontese' },
  {
    code: 'pt',
    language: 'Portuguese',
    licence: {
      name: 'BSD 3-clause',
      copyright:
        'Copyright (C) 1987, 1994, 1996, 2015 Pedro J. de Rezende, 1996, 2015 J. Joao Dias Almeida, 2024 Leonardo Araujo and Aline Benevides',
    },
  },
  { code: 'rm', language: 'Romansh' },
  { code: 'ro', language: 'Romanian' },
  { code: 'ru', language: 'Russian' },
  { code: 'sa', language: 'Sanskrit' },
  { code: 'sh-cyrl', language: 'Serbo-Croatian, Cyrillic' },
  { code: 'sh-latn', language: 'Serbo-Croatian, Latin' },
  { code: 'sk', language: 'Slovak' },
  { code: 'sl', language: 'Slovenian' },
  { code: 'sq', language: 'Albanian' },
  { code: 'sr-cyrl', language: 'Serbian, Cyrillic' },
  { code: 'sv', language: 'Swedish' },
  { code: 'ta', language: 'Tamil' },
  { code: 'te', language: 'Telugu' },
  { code: 'th', language: 'Thai' },
  { code: 'tk', language: 'Turkmen' },
  { code: 'tr', language: 'Turkish' },
  { code: 'uk', language: 'Ukrainian' },
  { code: 'zh-latn-pinyin', language: 'Chinese, Pinyin' },
];
