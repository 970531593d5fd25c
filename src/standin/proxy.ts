/**
 * Base of every stand-in proxy: it points at a model object that is found only when an
 * operation runs on `sync()` (like an Office.js object path), keeps the properties a sync
 * loaded, and throws PropertyNotLoaded for anything read without `load()` + `sync()`.
 *
 * Subclasses declare their scalar properties (`scalar`), their navigation properties
 * (`child`) and queue their writes with `queueSet` / `queueCall`.
 *
 * Example:
 *   class FillProxy extends Proxy<Cell> { … get color() { return this.read('color') as string; } }
 */

import type { HostSteps, LoadResult, StandinContext } from './context';
import { StandinError, propertyNotLoaded } from './errors';

/** A loaded snapshot: scalars of this proxy plus snapshots of navigated children. */
interface Snapshot {
  proxy: Proxy<unknown>;
  isNull: boolean;
  scalars: Record<string, unknown>;
  children: Snapshot[];
  items?: { proxies: Proxy<unknown>[]; snaps: Snapshot[] };
}

export type LoadArg = string | string[] | { select?: string; expand?: string };

const NOT_SCALAR = Symbol('not-scalar');
export { NOT_SCALAR };

export abstract class Proxy<M> {
  readonly _oid: number;
  private bound: M | null | undefined = undefined;
  private loaded: Record<string, unknown> = {};
  private nullKnown = false;

  constructor(
    protected readonly ctx: StandinContext,
    private readonly locate: () => M | null,
    readonly _type: string,
    private readonly nullable = false,
  ) {
    this._oid = ctx.nextObjectId();
    if (nullable) {
      ctx.enqueue({
        payload: { a: 'resolve', o: this._oid, t: this._type },
        apply: () => {
          this.tryModel();
          return { data: { n: this.bound === null }, commit: () => (this.nullKnown = true) };
        },
      });
    }
  }

  /** The scalar property's current value in the model, or NOT_SCALAR. */
  protected abstract scalar(prop: string, m: M): unknown;
  /** A navigation property's proxy, or undefined. */
  protected child(_prop: string): Proxy<unknown> | undefined {
    return undefined;
  }
  /** Properties loaded by a bare `load()`. */
  protected abstract defaultScalars(): string[];
  /** Items of a collection (collections override). */
  protected itemModels(_m: M): { models: unknown[]; make: (m: unknown) => Proxy<unknown> } | undefined {
    return undefined;
  }

  /** Resolve the model at sync time; an object that is not there fails like Excel's ItemNotFound. */
  _model(): M {
    const m = this.tryModel();
    if (m === null) {
      throw new StandinError('ItemNotFound', 'The requested resource doesn\'t exist.', this._type);
    }
    return m;
  }

  tryModel(): M | null {
    if (this.bound === undefined) this.bound = this.locate();
    return this.bound;
  }

  _bind(m: M): void {
    this.bound = m;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (!this.nullKnown) throw propertyNotLoaded(this._type, 'isNullObject');
    return this.bound === null;
  }

  /** Read a loaded property; throws PropertyNotLoaded otherwise. */
  protected read(prop: string): unknown {
    if (!(prop in this.loaded)) throw propertyNotLoaded(this._type, prop);
    return this.loaded[prop];
  }

  /** Queue a property set; `apply` may return its work as steps (a generator), other results are ignored. */
  protected queueSet<V>(prop: string, value: V, apply: (m: M, v: V) => unknown): void {
    this.ctx.enqueue({
      payload: { a: 'set', o: this._oid, t: this._type, p: prop, v: value },
      apply: () => stepsOrNothing(apply(this._model(), value)),
    });
  }

  /** Queue a method call; `apply` may return its work as steps, like queueSet's. */
  protected queueCall(method: string, args: unknown[], apply: (m: M) => unknown): void {
    this.ctx.enqueue({
      payload: { a: 'call', o: this._oid, t: this._type, m: method, args: args.map(argPayload) },
      apply: () => stepsOrNothing(apply(this._model())),
    });
  }

  load(arg?: LoadArg): this {
    const paths = normalisePaths(arg);
    this.ctx.enqueue({
      payload: { a: 'load', o: this._oid, t: this._type, p: paths.map((p) => p.join('/')) },
      apply: (): LoadResult => {
        const snap = this.snapshot(paths);
        return { data: snapData(snap), commit: () => commitSnap(snap) };
      },
    });
    return this;
  }

  /** Take the values for `paths` from the model now (inside a sync). */
  snapshot(paths: string[][]): Snapshot {
    const m = this.nullable ? this.tryModel() : this._model();
    const snap: Snapshot = { proxy: this as Proxy<unknown>, isNull: m === null, scalars: {}, children: [] };
    if (m === null) return snap;
    const wanted = paths.length === 0 ? this.defaultScalars().map((p) => [p]) : paths;
    const byHead = new Map<string, string[][]>();
    for (const p of wanted) {
      const rest = byHead.get(p[0]) ?? [];
      if (p.length > 1) rest.push(p.slice(1));
      byHead.set(p[0], rest);
    }
    for (const [head, rest] of byHead) {
      if (head === 'items') {
        const items = this.itemModels(m);
        if (!items) throw new StandinError('InvalidArgument', `Cannot load 'items' of ${this._type}.`, this._type);
        const proxies = items.models.map((im) => items.make(im));
        snap.items = { proxies, snaps: proxies.map((p) => p.snapshot(rest)) };
        continue;
      }
      const value = this.scalar(head, m);
      if (value !== NOT_SCALAR) {
        snap.scalars[head] = clone(value);
        continue;
      }
      const child = this.child(head);
      if (!child) throw new StandinError('InvalidArgument', `${this._type} has no property '${head}'.`, this._type);
      snap.children.push(child.snapshot(rest));
    }
    return snap;
  }

  _commit(snap: Snapshot): void {
    this.nullKnown = true;
    Object.assign(this.loaded, snap.scalars);
    if (snap.items) this.setItems(snap.items.proxies);
  }

  /** Collections store their loaded items. */
  protected setItems(_items: Proxy<unknown>[]): void {}

  toJSON(): Record<string, unknown> {
    return { ...this.loaded };
  }
}

function commitSnap(s: Snapshot): void {
  s.proxy._commit(s);
  for (const c of s.children) commitSnap(c);
  s.items?.snaps.forEach(commitSnap);
}

function snapData(s: Snapshot): unknown {
  if (s.isNull) return null;
  const out: Record<string, unknown> = { ...s.scalars };
  if (s.children.length) out._c = s.children.map(snapData);
  if (s.items) out.items = s.items.snaps.map(snapData);
  return out;
}

function normalisePaths(arg?: LoadArg): string[][] {
  let list: string[] = [];
  if (typeof arg === 'string') list = arg.split(',');
  else if (Array.isArray(arg)) list = arg.flatMap((a) => a.split(','));
  else if (arg && typeof arg === 'object') list = [arg.select ?? '', arg.expand ?? ''].flatMap((a) => a.split(','));
  return list
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => p.split('/').map((x) => x.trim()));
}

function argPayload(a: unknown): unknown {
  return a instanceof Proxy ? { o: a._oid } : a;
}

function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  return JSON.parse(JSON.stringify(v)) as T;
}

/** A generator's steps; anything else an apply callback returns (an assigned value) is not work to do. */
function stepsOrNothing(r: unknown): HostSteps | undefined {
  const isGenerator = typeof r === 'object' && r !== null && typeof (r as Generator).next === 'function' && Symbol.iterator in r;
  return isGenerator ? (r as HostSteps) : undefined;
}
