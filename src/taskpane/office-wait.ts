/**
 * Starts the pane inside Excel. taskpane.html references Office.js from Microsoft's CDN in its
 * head, as Office requires, but `async`: a parser-blocking tag whose request hangs (a CDN blocked
 * by the office network) would keep the page blank for as long as the request lasts. This script
 * runs first and waits for Office.js, then loads the functions and the pane (`data-functions`,
 * `data-pane`: custom functions need Office.js loaded before they register). When Office.js
 * fails, or has not loaded after a few seconds, it loads the pane alone, which then runs as the
 * web page, and says why; an Office.js that arrives later still registers the functions and
 * offers to restart the pane in Excel. The texts name no library or server: the user is a
 * staff member, not the network's administrator.
 */
const OFFICE_JS = 'appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** How long Office.js may take before the pane runs as the web page (issue 21: at most 4 s). */
const PATIENCE_MS = 3000;
const NOTICE_ID = 'office-wait';

const AS_WEB_PAGE =
  'jadi panel berjalan sebagai halaman web: buka berkas Excel untuk memeriksanya. Fungsi LKJ di ' +
  'sel Excel dan pemeriksaan langsung pada workbook yang terbuka memerlukan layanan itu; bila ' +
  'tetap gagal, minta pengelola jaringan kantor membuka layanan add-in Microsoft.';
const SLOW = `Layanan add-in Microsoft belum menjawab setelah beberapa detik, ${AS_WEB_PAGE}`;
const FAILED = `Layanan add-in Microsoft tidak dapat dimuat, ${AS_WEB_PAGE}`;
const LATE =
  'Layanan add-in Microsoft sudah tersambung. Muat ulang panel untuk bekerja pada workbook yang ' +
  'terbuka di Excel.';

const own = document.currentScript as HTMLScriptElement | null;
/** What has been started: nothing yet, the pane in Excel, or the pane as the web page. */
let started: 'no' | 'excel' | 'web' = 'no';

const isOfficeJs = (target: EventTarget | null) =>
  target instanceof HTMLScriptElement && target.src.includes(OFFICE_JS);

// Load and error events do not bubble, but they pass the document on their way down.
document.addEventListener('load', (event) => isOfficeJs(event.target) && officeLoaded(), true);
document.addEventListener('error', (event) => isOfficeJs(event.target) && asWebPage(FAILED), true);
const timer = setTimeout(() => asWebPage(SLOW), PATIENCE_MS);

function officeLoaded(): void {
  clearTimeout(timer);
  if (started === 'no') {
    started = 'excel';
    load([own?.dataset.functions, own?.dataset.pane]);
  } else if (started === 'web') {
    // The functions only need Office.js; the pane already runs as the web page.
    load([own?.dataset.functions]);
    showNotice(LATE, { label: 'Muat ulang panel', onClick: () => location.reload() });
  }
}

function asWebPage(why: string): void {
  clearTimeout(timer);
  if (started !== 'no') return;
  started = 'web';
  showNotice(why);
  load([own?.dataset.pane]);
}

function load(scripts: (string | undefined)[]): void {
  for (const src of scripts) {
    if (!src) continue;
    const script = document.createElement('script');
    script.src = src;
    // In the order given: the functions register before the pane starts.
    script.async = false;
    document.head.appendChild(script);
  }
}

function showNotice(text: string, action?: { label: string; onClick: () => void }): void {
  document.getElementById(NOTICE_ID)?.remove();
  const notice = document.createElement('div');
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
  notice.append(text);
  if (action) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = action.label;
    button.style.marginLeft = '8px';
    button.addEventListener('click', action.onClick);
    notice.append(button);
  }
  const parent = document.body ?? document.documentElement;
  parent.insertBefore(notice, parent.firstChild);
}
