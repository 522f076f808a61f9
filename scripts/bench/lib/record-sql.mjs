// Loaded into the API by a benchmark (`node --import …/record-sql.mjs`), never by the product:
// on SIGUSR2 it starts writing down every statement the API sends to PostgreSQL (text,
// parameters, when it was sent and when its answer came), on the next SIGUSR2 it writes them to
// BENCH_SQL_RECORD_FILE. A benchmark records one request this way and sends the same statements
// straight to PostgreSQL as its baseline (replaySql in bench-stack.mjs).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const pg = createRequire(join(process.cwd(), 'apps/api/package.json'))('pg');
const send = pg.Client.prototype.query;
let recording;

pg.Client.prototype.query = function query(config, values, callback) {
  if (recording === undefined) {
    return send.call(this, config, values, callback);
  }
  const entry = {
    text: typeof config === 'string' ? config : config.text,
    values: Array.isArray(values) ? values : config?.values,
    sent: performance.now(),
    answered: undefined,
  };
  recording.push(entry);
  const done = () => {
    entry.answered = performance.now();
  };
  if (typeof values === 'function' || typeof callback === 'function') {
    const [args, cb] = typeof values === 'function' ? [[], values] : [[values], callback];
    return send.call(this, config, ...args, (error, result) => {
      done();
      cb(error, result);
    });
  }
  const result = send.call(this, config, values);
  void result?.then?.(done, done);
  return result;
};

process.on('SIGUSR2', () => {
  if (recording === undefined) {
    recording = [];
    return;
  }
  writeFileSync(process.env.BENCH_SQL_RECORD_FILE, JSON.stringify(recording));
  recording = undefined;
});
