/** A step of the benchmark tour, in library-neutral terms. */
export interface BenchStep {
  target: string;
  title: string;
  text: string;
}

/** What each library's app entry exposes on `window.app` for the harness. */
export interface BenchApp<T> {
  /** Build a tour (not started). */
  create(steps: BenchStep[]): Promise<T>;
  start(tour: T): void | Promise<void>;
  next(tour: T): void;
  /** End the tour the library's documented way and release it. */
  destroy(tour: T): void;
  /** The visible step bubble, if any. */
  bubble(): Element | null;
}
