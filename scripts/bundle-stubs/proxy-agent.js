// Stands in for `proxy-agent` in Folio's bundle. @puppeteer/browsers uses it
// only to download browsers, which Folio never does (it finds an installed
// one); the real package pulls in a JavaScript engine for PAC files and a
// parser, some 1.4 MB that every build with a PDF would load.
export class ProxyAgent {
  constructor() {
    throw new Error('Folio does not download browsers: install Chrome or Chromium, or set PUPPETEER_EXECUTABLE_PATH');
  }
}
