// md-to-pdf, a devDependency that `npm run bench` compares Folio with, brings
// the full `puppeteer` package, whose install would download Chrome: this
// machine's network reaches only npm, and Folio finds a browser of its own
// (src/browser/find-browser.ts), so nothing is downloaded.
module.exports = { skipDownload: true };
