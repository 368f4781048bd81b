// A worker thread of the large data set's generator: generates its range of days and hands each batch of COPY
// text to the main thread, waiting for it to be taken before generating the next (bounded memory).
import { parentPort, workerData } from 'node:worker_threads';
import { generateRange, type RangeSpec, type RowBatch } from './large-rows';

const port = parentPort!;
let taken: (() => void) | undefined;
port.on('message', () => taken?.());

const emit = (rows: RowBatch) =>
  new Promise<void>((resolve) => {
    taken = resolve;
    port.postMessage(rows);
  });

generateRange(workerData as RangeSpec, 5_000, emit).then(
  () => port.postMessage('done'),
  (error: Error) => port.postMessage({ error: error.stack ?? error.message }),
);
