/**
 * Holds every member the add-in touches to the requirement set the reference gives it
 * (api-sets.json, derived from @types/office-js by scripts/excel-api-sets.mjs): the double's
 * objects reach the add-in wrapped, and a member above the simulated host's ExcelApi set makes
 * the next sync fail with ApiNotFound, as Excel does, whatever the double implements.
 */
import sets from './api-sets.json';
import { parseLoadOption, type LoadOption } from './client';

/** [set of the member (null: none of its own), Excel type it gives, set needed to assign it]. */
type Entry = [string | null, (string | null)?, string?];
const TABLE = sets as unknown as Record<string, Record<string, Entry | undefined> | undefined>;

export interface ApiHost {
  /** True when the simulated host has `set` ("1.7", or a full name such as "ExcelApiOnline 1.1"). */
  supports(set: string): boolean;
  /** Records a use of `member`, which needs `set`: the next sync fails. */
  refuse(member: string, set: string): void;
}

/** The requirement set of `Type.member` and the type it gives, as the reference states them. */
export function apiSetOf(
  type: string,
  member: string,
): { set: string | null; type: string | null; setter: string | null } | null {
  const e = TABLE[type]?.[member];
  return e ? { set: e[0], type: e[1] ?? null, setter: e[2] ?? null } : null;
}

/** One membrane per request context: the same object always gets the same wrapper. */
export class ApiGuard {
  private readonly wrappers = new WeakMap<object, object>();
  private readonly targets = new WeakMap<object, object>();

  constructor(private readonly host: ApiHost) {}

  private check(type: string, member: string, set: string | null | undefined): void {
    if (set && !this.host.supports(set)) this.host.refuse(`${type}.${member}`, set);
  }

  unwrap<T>(x: T): T {
    return (x !== null && typeof x === 'object' && (this.targets.get(x) as T | undefined)) || x;
  }

  /** `target` as the add-in sees it: an Excel `type` whose members are checked on use. */
  wrap<T>(target: T, type: string): T {
    if (target === null || typeof target !== 'object') return target;
    if (Array.isArray(target)) return target.map((x: unknown) => this.wrap(x, type)) as T;
    const known = this.wrappers.get(target);
    if (known) return known as T;
    const members = TABLE[type] ?? {};
    const wrapper = new Proxy(target, {
      get: (t, prop) => {
        const value: unknown = Reflect.get(t, prop, t);
        if (typeof prop !== 'string') return value;
        const entry = members[prop];
        this.check(type, prop, entry?.[0]);
        if (prop === 'load' && typeof value === 'function')
          return (option?: LoadOption) => this.load(t, type, value as (o?: LoadOption) => unknown, option);
        if (typeof value === 'function') {
          return (...args: unknown[]) => {
            const result: unknown = (value as (...a: unknown[]) => unknown).apply(
              t,
              args.map((a) => this.unwrap(a)),
            );
            if (result === t) return wrapper;
            return entry?.[1] ? this.wrap(result, entry[1]) : result;
          };
        }
        return entry?.[1] ? this.wrap(value, entry[1]) : value;
      },
      set: (t, prop, value: unknown) => {
        if (typeof prop === 'string') {
          const entry = members[prop];
          this.check(type, prop, entry?.[2] ?? entry?.[0]);
        }
        return Reflect.set(t, prop, this.unwrap(value), t);
      },
    });
    this.wrappers.set(target, wrapper);
    this.targets.set(wrapper, target);
    return wrapper as T;
  }

  /** A load names members too: `items/formula` of a NamedItemCollection is NamedItem.formula. */
  private load(
    target: object,
    type: string,
    load: (o?: LoadOption) => unknown,
    option?: LoadOption,
  ): unknown {
    const itemType = TABLE[type]?.['items']?.[1] ?? null;
    for (const path of parseLoadOption(option)) {
      const [first = '', second] = path.split('/');
      if (first === 'items' && second !== undefined && itemType)
        this.check(itemType, second, TABLE[itemType]?.[second]?.[0]);
      else this.check(type, first, TABLE[type]?.[first]?.[0]);
    }
    load.call(target, option);
    return this.wrappers.get(target);
  }
}
