/**
 * Starts the pane inside Excel. taskpane.html references Office.js from Microsoft's CDN in its
 * head, as Office requires, but `async`: a parser-blocking tag whose request hangs (a CDN blocked
 * by the office network) would keep the page blank for as long as the request lasts. This script
 * runs first and waits for Office.js, then loads the functions and the pane (`data-functions`,
 * `data-pane`: custom functions need Office.js loaded before they register). When Office.js
 * fails, it loads the pane alone, which then runs as the web page; when Office.js takes longer
 * than a few seconds, it says why the pane is still empty and keeps waiting.
 */
const OFFICE_JS = 'appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** How long Office.js may take before the page explains the wait. */
const PATIENCE_MS = 4000;
const NOTICE_ID = 'office-wait';

const SLOW =
  'Menunggu Office.js dari server Microsoft (appsforoffice.microsoft.com). Bila jaringan kantor ' +
  'memblokir alamat itu, panel ini tidak dapat bekerja di Excel: minta pengelola jaringan ' +
  'membukanya. Panel yang sama tanpa Excel: ';
const FAILED =
  'Office.js dari server Microsoft (appsforoffice.microsoft.com) tidak dapat dimuat, jadi panel ' +
  'berjalan sebagai halaman web: buka berkas .xlsx untuk memeriksanya. Di Excel, panel dan fungsi ' +
  'LKJ memerlukan alamat itu. Halaman web yang sama: ';

const own = document.currentScript as HTMLScriptElement | null;
let settled = false;

const isOfficeJs = (target: EventTarget | null) =>
  target instanceof HTMLScriptElement && target.src.includes(OFFICE_JS);

// Load and error events do not bubble, but they pass the document on their way down.
document.addEventListener('load', (event) => isOfficeJs(event.target) && settle(true), true);
document.addEventListener('error', (event) => isOfficeJs(event.target) && settle(false), true);
const timer = setTimeout(() => showNotice(SLOW), PATIENCE_MS);

function settle(officeLoaded: boolean): void {
  if (settled) return;
  settled = true;
  clearTimeout(timer);
  if (officeLoaded) document.getElementById(NOTICE_ID)?.remove();
  else showNotice(FAILED);
  const scripts = officeLoaded ? [own?.dataset.functions, own?.dataset.pane] : [own?.dataset.pane];
  for (const src of scripts) {
    if (!src) continue;
    const script = document.createElement('script');
    script.src = src;
    // In the order given: the functions register before the pane starts.
    script.async = false;
    document.head.appendChild(script);
  }
}

function showNotice(text: string): void {
  document.getElementById(NOTICE_ID)?.remove();
  const notice = document.createElement('p');
  notice.id = NOTICE_ID;
  notice.setAttribute('role', 'status');
  Object.assign(notice.style, {
    margin: '12px',
    padding: '8px 12px',
    border: '1px solid #c19c00',
    borderRadius: '4px',
    background: '#fff9f5',
    font: '14px/1.4 "Segoe UI", system-ui, sans-serif',
  });
  const link = document.createElement('a');
  link.href = 'index.html';
  link.textContent = 'index.html';
  notice.append(text, link, '.');
  const parent = document.body ?? document.documentElement;
  parent.insertBefore(notice, parent.firstChild);
}
