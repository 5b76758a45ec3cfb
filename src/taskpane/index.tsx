/**
 * Entry of the pane. Inside Excel (Office.js loaded and reporting Excel) the pane works on the
 * open workbook; anywhere else it is a web page that opens .xlsx files in the browser.
 */
import { createRoot } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { runsInExcel } from '../hosts/office/office';
import { App, tabOfHash } from './App';
import { createExcelHost } from './excel-host';
import { createWebHost } from './web-host';

async function start(): Promise<void> {
  const host = (await runsInExcel()) ? createExcelHost() : createWebHost();
  const container = document.getElementById('root');
  if (!container) throw new Error('Elemen #root tidak ada di halaman.');
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} initialTab={tabOfHash(window.location.hash)} />
    </FluentProvider>,
  );
}

void start();
