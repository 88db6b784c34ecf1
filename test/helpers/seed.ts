import { readFileSync } from 'node:fs';

/** The user's manuscript as handed over (a copy of shared/seed/article.txt). */
const seedText = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

/** Its paragraphs, exactly as written. */
export const seedParagraphs = seedText.split(/\n\n+/).map((paragraph) => paragraph.trim());
