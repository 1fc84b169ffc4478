import type { TourEngine } from '../core/tour-engine.js';
import type { WaymarkContext } from '../core/waymark-context.js';
import type { ViewportPadding } from '../dom/viewport-insets.js';
import { tags } from '../elements/define.js';
import { registerElements } from '../elements/register-elements.js';
import { defaultLabels, type TourLabels } from '../elements/tour-labels.js';
import { WmTour, type TourKeyboardOptions } from '../elements/tour.js';
import type { InstanceLocale } from './instance-locale.js';

/** The settings of `createWaymark` the tour element takes. */
export interface TourElementOptions {
  labels?: Partial<TourLabels> & Record<string, string>;
  keyboard?: TourKeyboardOptions;
  viewportPadding?: ViewportPadding;
}

/**
 * Create the instance's `<wm-tour>` element (registering the elements first). It joins the page only while a tour
 * runs: an idle instance adds no node.
 * @param engine - the tour engine it shows.
 * @param context - mounts the element (in the app's `container`), runs the steps' actions, offers help, and tears
 *   the element down on destroy.
 * @param options - labels, keyboard and viewport padding.
 * @param locale - Waymark's words and the writing direction in the language of the guide's text.
 */
export function mountTourElement(
  engine: TourEngine,
  context: Pick<WaymarkContext, 'run' | '$help' | 'onDestroy' | 'mount'>,
  options: TourElementOptions,
  locale?: InstanceLocale,
): void {
  registerElements({ ...tags, 'wm-tour': WmTour });
  const element = document.createElement('wm-tour') as WmTour;
  element.engine = engine;
  const speak = () => {
    element.labels = { ...defaultLabels, ...locale?.words(), ...options.labels };
    element.dir = locale?.dir() ?? '';
  };
  speak();
  locale?.onChange(speak);
  element.keyboard = options.keyboard ?? {};
  element.viewportPadding = options.viewportPadding;
  element.runAction = (action, c) => void context.run(action, c);
  context.onDestroy(
    engine.$active.subscribe((active) => {
      // While the user's words are on their way (a first step right after createWaymark), it waits for them rather
      // than flash English buttons.
      const show = () => engine.$active.get() && !element.isConnected && context.mount(element);
      if (active && !element.isConnected) void (locale?.pending() ? locale.ready().then(show) : show());
      else if (!active) queueMicrotask(() => engine.$active.get() || element.remove());
    }),
  );
  context.onDestroy(context.$help.subscribe((help) => (element.help = help)));
  context.onDestroy(() => element.remove());
}
