import { afterEach, describe, expect, it } from "vitest";
import { flushSync } from "svelte";
import { AppError } from "./api";
import { journal } from "./journal.svelte";
import { Loader, type LoaderOptions } from "./loader.svelte";
import { settle } from "../test/ipc";
import { failure } from "../test/errors";

/** A request the test answers (or fails) when it chooses. */
interface Pending<T> {
  inputs: unknown;
  answer: (value: T) => Promise<void>;
  fail: (error: unknown) => Promise<void>;
}

function controlled<T>(): { requests: Pending<T>[]; load: (inputs: unknown) => Promise<T> } {
  const requests: Pending<T>[] = [];
  const load = (inputs: unknown) =>
    new Promise<T>((resolve, reject) => {
      requests.push({
        inputs,
        answer: async (value) => (resolve(value), await settle()),
        fail: async (error) => (reject(error), await settle()),
      });
    });
  return { requests, load };
}

let stops: (() => void)[] = [];

function start<T, I, Initial>(options: LoaderOptions<T, I, Initial>): Loader<T, I, Initial> {
  let loader: Loader<T, I, Initial> | undefined;
  stops.push($effect.root(() => void (loader = new Loader(options))));
  flushSync();
  return loader as Loader<T, I, Initial>;
}

afterEach(() => {
  for (const stop of stops) stop();
  stops = [];
});

describe("Loader", () => {
  it("holds the initial value until the first answer, then the answer", async () => {
    const { requests, load } = controlled<string[]>();
    const loader = start({ initial: [], load });
    expect(loader.value).toEqual([]);
    expect(loader.loaded).toBe(false);
    expect(requests).toHaveLength(1);

    await requests[0]!.answer(["a"]);
    expect(loader.value).toEqual(["a"]);
    expect(loader.loaded).toBe(true);
    expect(loader.error).toBeNull();
  });

  it("keeps the last value when a request fails, and clears the error once one succeeds", async () => {
    const { requests, load } = controlled<number>();
    const loader = start({ initial: 0, load });
    await requests[0]!.answer(1);

    void loader.reload();
    await requests[1]!.fail(failure("Io", "disk full"));
    expect(loader.value).toBe(1);
    expect(loader.error).toEqual(new AppError("Io", "disk full"));
    expect(loader.loaded).toBe(true);

    void loader.reload();
    await requests[2]!.answer(2);
    expect(loader.value).toBe(2);
    expect(loader.error).toBeNull();
  });

  it("counts a first request that fails as loaded", async () => {
    const { requests, load } = controlled<number>();
    const loader = start({ initial: 0, load });
    await requests[0]!.fail("no journal");
    expect(loader.loaded).toBe(true);
    expect(loader.error?.message).toBe("no journal");
  });

  it("loads again when the journal changes", async () => {
    const { requests, load } = controlled<number>();
    start({ initial: 0, load });
    expect(requests).toHaveLength(1);
    journal.revision++;
    flushSync();
    expect(requests).toHaveLength(2);
  });

  it("loads again when its inputs change, for the new inputs", async () => {
    const { requests, load } = controlled<string>();
    let id = $state("p1");
    const loader = start({ initial: "", inputs: () => id, load: (i) => load(i) });
    id = "p2";
    flushSync();
    expect(requests.map((r) => r.inputs)).toEqual(["p1", "p2"]);

    await requests[1]!.answer("for p2");
    expect(loader.value).toBe("for p2");
  });

  it("drops an answer or an error to an older request", async () => {
    const { requests, load } = controlled<string>();
    let id = $state("p1");
    const loader = start({ initial: "", inputs: () => id, load: (i) => load(i) });
    id = "p2";
    flushSync();

    await requests[1]!.answer("for p2");
    await requests[0]!.answer("for p1");
    expect(loader.value).toBe("for p2");

    void loader.reload();
    await requests[2]!.answer("again for p2");
    journal.revision++;
    flushSync();
    await requests[3]!.answer("after the change");
    expect(loader.value).toBe("after the change");

    journal.revision++;
    flushSync();
    journal.revision++;
    flushSync();
    await requests[5]!.answer("latest");
    await requests[4]!.fail("too late");
    expect(loader.value).toBe("latest");
    expect(loader.error).toBeNull();
  });

  it("ignores answers that arrive after its component is gone", async () => {
    const { requests, load } = controlled<number>();
    let applied = 0;
    start({ initial: 0, load, onload: () => applied++ });
    for (const stop of stops) stop();
    stops = [];
    await requests[0]!.answer(1);
    expect(applied).toBe(0);
  });

  it("hands each answer that counts to onload", async () => {
    const { requests, load } = controlled<number>();
    const seen: number[] = [];
    const loader = start({ initial: 0, load, onload: (v) => seen.push(v) });
    await requests[0]!.answer(1);
    void loader.reload();
    void loader.reload();
    await requests[2]!.answer(3);
    await requests[1]!.answer(2);
    expect(seen).toEqual([1, 3]);
  });
});
