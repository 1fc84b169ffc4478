import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { positionPopover, type PositionOptions } from '../../dom/position-popover.js';

/**
 * The positioning lifecycle shared by the elements that float next to an anchor (`<wm-popover>`, `<wm-hint>`):
 * one following routine at a time, stopped when a new one starts and when the host leaves the page, and started
 * again (through the host's `place`) when the host comes back after its first render.
 *
 * @example
 * ```ts
 * class MyTip extends LitElement {
 *   private position = new PositionController(this, () => this.position.follow(this.anchor, this.box, { placement: 'top' }));
 *   updated(changed) { if (changed.has('anchor')) this.position.restart(); }
 * }
 * ```
 */
export class PositionController implements ReactiveController {
  private _stop?: () => void;

  /**
   * @param host - the element; the controller adds itself to it.
   * @param place - starts following (calls {@link follow} or {@link run}, or {@link stop} when there is nothing to
   * follow); called by {@link restart} and when the host is connected again.
   */
  constructor(
    private host: ReactiveControllerHost & { readonly hasUpdated: boolean },
    private place: () => void,
  ) {
    host.addController(this);
  }

  /** Whether something is being followed. */
  get active(): boolean {
    return !!this._stop;
  }

  /** Call the host's `place`: start following afresh (after the anchor, placement or content changed). */
  restart(): void {
    this.place();
  }

  /**
   * Keep `floating` next to `reference` with {@link positionPopover}, replacing what was followed.
   * @param reference - the element to point at.
   * @param floating - the element to move.
   * @param options - placement, gap, arrow, viewport padding and sheet breakpoint.
   * @param onUpdate - called after each update with the reference's viewport rectangle.
   */
  follow(
    reference: Element,
    floating: HTMLElement,
    options: PositionOptions,
    onUpdate?: (rect: DOMRect) => void,
  ): void {
    this.run(() => positionPopover(reference, floating, options, onUpdate));
  }

  /**
   * Run a following routine of the host's own (such as a beacon's), replacing what was followed.
   * @param start - starts following and returns its cleanup.
   */
  run(start: () => () => void): void {
    this.stop();
    this._stop = start();
  }

  /** Stop following. */
  stop(): void {
    const stop = this._stop;
    this._stop = undefined;
    stop?.();
  }

  /** @internal Back on the page after a first render: follow again. */
  hostConnected(): void {
    if (this.host.hasUpdated) this.place();
  }

  /** @internal Off the page: stop every listener and observer. */
  hostDisconnected(): void {
    this.stop();
  }
}
