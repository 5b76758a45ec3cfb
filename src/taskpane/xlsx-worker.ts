/**
 * The web page's engine in a Web Worker: a hostile or huge file costs this worker, never the
 * page, and the page's thread only renders. The worker lives while the page works on one file
 * (it holds the workbook it read, see worker-engine) and is ended when a run is cancelled.
 */
import { WorkerEngine } from './worker-engine';
import type { EngineRequest, XlsxMessage } from './xlsx-service';

interface WorkerScope {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: XlsxMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const engine = new WorkerEngine((message) => scope.postMessage(message));
/** One request at a time, in the order posted: the file opened before the request on it. */
let queue = Promise.resolve();

scope.onmessage = ({ data: request }) => {
  queue = queue.then(() => engine.handle(request));
};
