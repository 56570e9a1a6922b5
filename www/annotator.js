// The page's side of worker.js. The latest request wins: a new article while a long one is
// still running terminates that worker and starts a fresh one, so typing never queues behind
// a 10 MB job.

export class Superseded extends Error {
  constructor() {
    super('superseded by a newer request');
    this.name = 'Superseded';
  }
}

export class Annotator {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  #busy = false;
  /** Resolves once the worker is ready (every export format is compiled in: src/export). */
  ready;

  constructor() {
    this.#spawn();
  }

  #spawn() {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
    this.#worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.addEventListener('message', ({ data }) => {
        if (data.type === 'ready') resolve();
        else if (data.type === 'fatal') reject(new Error(data.message));
        else this.#settle(data);
      });
      worker.addEventListener('error', (e) => {
        const error = new Error(e.message || 'the annotation worker failed to start');
        reject(error);
        this.#failAll(error);
      });
    });
  }

  #settle(data) {
    const job = this.#pending.get(data.id);
    if (!job) return;
    this.#pending.delete(data.id);
    if (job.kind === 'annotate') this.#busy = false;
    if (data.type === 'error') job.reject(new Error(data.message));
    else job.resolve(data);
  }

  #failAll(error) {
    for (const job of this.#pending.values()) job.reject(error);
    this.#pending.clear();
    this.#busy = false;
  }

  #send(kind, message) {
    const id = this.#nextId++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { kind, resolve, reject });
      this.#worker.postMessage({ ...message, type: kind, id });
    });
  }

  /**
   * Annotates `text`, with `date` ("YYYY-MM-DD", or "" for none) as the article date;
   * resolves to { ms, ann (without entities), entities (packed arrays) }.
   */
  annotate(text, date = '') {
    if (this.#busy) {
      this.#worker.terminate();
      this.#failAll(new Superseded());
      this.#spawn();
    }
    this.#busy = true;
    return this.#send('annotate', { text, date });
  }

  /** The last annotation rendered as `format` ("json", "displacy", "csv", "jsonld"). */
  async export(format) {
    const { text } = await this.#send('export', { format });
    return text;
  }
}
