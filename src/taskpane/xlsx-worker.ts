/**
 * The web page's workbook reader (.xlsx and .xls), validator and writer, in a Web Worker: a hostile or huge file
 * costs this worker, never the page, and the page's thread only renders. The worker takes one
 * request, answers, and is ended by the page.
 */
import { WorkbookReadError } from '../hosts/xlsx/read-error';
import type { XlsxMessage, XlsxRequest } from './xlsx-service';

interface WorkerScope {
  onmessage: ((event: MessageEvent<XlsxRequest>) => void) | null;
  postMessage(message: XlsxMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = async ({ data: request }) => {
  try {
    if (request.op === 'read') {
      const { readWorkbookBytes } = await import(
        /* webpackChunkName: "xlsx-read" */ '../hosts/xls/workbook-bytes'
      );
      scope.postMessage({ ok: true, model: await readWorkbookBytes(request.bytes) });
    } else if (request.op === 'validate') {
      const { validateBytes } = await import(/* webpackChunkName: "validate" */ './validate-bytes');
      const { model, checked } = await validateBytes(request.bytes, request.settings, (step) =>
        scope.postMessage({ step }),
      );
      // One sheet a message: the page takes each in a task of its own.
      for (const sheet of model.sheets) scope.postMessage({ sheet });
      scope.postMessage({
        ok: true,
        ...(model.notices ? { notices: model.notices } : {}),
        checked,
      });
    } else {
      const writer = await import(/* webpackChunkName: "xlsx-write" */ '../hosts/xlsx/write');
      const { bytes, leftOut } = await writer.addSheetToCopy(request.bytes, request.spec);
      scope.postMessage({ ok: true, bytes, losses: writer.WRITE_LOSSES, leftOut }, [bytes.buffer]);
    }
  } catch (error) {
    scope.postMessage({
      ok: false,
      message:
        error instanceof WorkbookReadError
          ? error.message
          : 'Berkas tidak dapat diproses karena kesalahan tak terduga di pembaca workbook.',
    });
  }
};
