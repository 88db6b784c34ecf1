// @ts-nocheck -- runs in the browser, served by `folio build --serve` (src/preview/).
// Folio's own preview script: draws each page of the freshly built PDF with
// pdf.js (canvas, plus a text layer so the text can be selected and found),
// and draws them again whenever the server says the document was rebuilt.
// Content never runs script: the PDF is data to pdf.js, with eval disabled.
import * as pdfjs from '/_folio/pdfjs/build/pdf.min.mjs';

pdfjs.GlobalWorkerOptions.workerSrc = '/_folio/pdfjs/build/pdf.worker.min.mjs';

const main = document.querySelector('#pages');
const status = document.querySelector('#status');
const problems = document.querySelector('#problems');
const { pdf: pdfUrl, name } = main.dataset;
/** CSS pixels per PDF point: pages show at the size they print (96 px to 72 pt). */
const scale = 96 / 72;
let renders = 0;
let queued = Promise.resolve();

async function draw() {
  status.textContent = 'Loading…';
  const task = pdfjs.getDocument({
    url: `${pdfUrl}?v=${Date.now()}`,
    isEvalSupported: false,
    enableXfa: false,
    cMapUrl: '/_folio/pdfjs/cmaps/',
    standardFontDataUrl: '/_folio/pdfjs/standard_fonts/',
    wasmUrl: '/_folio/pdfjs/wasm/',
    iccUrl: '/_folio/pdfjs/iccs/',
  });
  const pdf = await task.promise;
  const pages = document.createElement('div');
  pages.className = 'pages-inner';
  const ratio = window.devicePixelRatio || 1;
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const viewport = page.getViewport({ scale });
    const frame = document.createElement('section');
    frame.className = 'page';
    frame.dataset.page = String(number);
    frame.style.setProperty('--scale-factor', String(scale));
    frame.style.setProperty('--total-scale-factor', String(scale));
    frame.style.width = `${viewport.width}px`;
    frame.style.height = `${viewport.height}px`;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    const text = document.createElement('div');
    text.className = 'textLayer';
    const label = document.createElement('span');
    label.className = 'page-number';
    label.textContent = `${number} / ${pdf.numPages}`;
    frame.append(canvas, text, label);
    pages.append(frame);
    await page.render({ canvas, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
    await new pdfjs.TextLayer({ textContentSource: page.streamTextContent(), container: text, viewport }).render();
  }
  // Swap in one step, keeping the reader's place.
  const { scrollX, scrollY } = window;
  main.replaceChildren(...pages.children);
  window.scrollTo(scrollX, scrollY);
  await pdf.destroy();
  renders += 1;
  main.dataset.renders = String(renders);
  status.textContent = `${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'} · updated ${new Date().toLocaleTimeString()}`;
}

function redraw() {
  queued = queued.then(draw).catch((error) => {
    status.textContent = `Cannot show the PDF: ${error.message}`;
  });
}

function showProblems(lines) {
  problems.hidden = lines.length === 0;
  problems.textContent = lines.join('\n');
}

const events = new EventSource('/_folio/events');
let connected = false;
events.addEventListener('open', () => {
  // After a lost connection (the server restarted), builds may have been missed: draw again.
  if (connected) redraw();
  connected = true;
  main.dataset.live = 'true';
});
events.addEventListener('error', () => {
  delete main.dataset.live;
});
events.addEventListener('building', (event) => {
  const data = JSON.parse(event.data);
  if (data.documents.includes(name)) status.textContent = 'Building…';
});
events.addEventListener('build', (event) => {
  const data = JSON.parse(event.data);
  if (!data.documents.includes(name)) return;
  const mine = data.problems[name] ?? [];
  showProblems(mine);
  // A failed build leaves the last good PDF in place: keep showing it, with the problems above.
  if (data.written.includes(name)) redraw();
  else status.textContent = 'Build failed: showing the last good PDF';
});
redraw();
