import { layersOf } from '../core/layer-stack.js';
import { atom } from 'nanostores';
import type { ChatAdapter, ChatPayload } from '../core/chat/chat-adapter.js';
import type { ChatDefinition } from '../core/chat/chat-definition.js';
import type * as businessHours from '../core/chat/business-hours.js';
import type { renderTemplate } from '../core/chat/render-template.js';
import { waitForProvider } from '../core/chat/wait-for-provider.js';
import type { WaymarkEventMap } from '../core/events.js';
import type { HelpHandover, WaymarkContext, WaymarkPlugin } from '../core/waymark-context.js';
import { createChatAdapter, type CreateChatAdapterOptions } from '../dom/chat/create-chat-adapter.js';
import { detectProvider } from '../dom/chat/detect-provider.js';
import { dockLayer } from '../dom/dock-layer.js';
import { WmChatButton, type ChatButtonView } from '../elements/chat-button.js';
import { registerElements } from '../elements/register-elements.js';
import { provideContext } from '../elements/request-context.js';

/**
 * App-side chat settings that cannot live in the guide JSON: the handler for `provider: "custom"`, Zendesk
 * ticket field ids, how `mailto`/`url` navigate, and (for tests) where provider globals live.
 */
export type ChatOptions = CreateChatAdapterOptions;

/**
 * Escalate to the team's chat from code, like a guide's `{ "action": "escalate" }` button: builds the context
 * (tour, step, page, fired triggers, user), checks business hours, opens the provider or the fallback, and reports
 * `chat:opened` or `chat:unavailable`. Never throws.
 * @param ctx - the instance's context (`waymark.context`).
 * @param options - `reason`: why help is needed, passed to the chat.
 * @returns whether the chat feature took the request (false when the instance has no chat feature).
 */
export function escalate(ctx: WaymarkContext, { reason = 'api' }: { reason?: string } = {}): boolean {
  return ctx.run({ action: 'escalate', reason }, { source: 'api' });
}

/**
 * The chat feature: handles the `escalate` action, keeps `<wm-chat-button>`s up to date (and adds a floating one
 * for `chat.launcher`), and offers help in tour steps where the user is stuck (`chat.stuck`). Reads the guide's
 * `chat` section when it starts. Code a guide does not need stays on the server: only the chosen provider's adapter
 * is loaded (for `auto`, the one found on the page), business hours only with `chat.hours`, stuck detection only
 * with `chat.stuck`, and the escalation message builder on the first escalation.
 *
 * Words it shows, localised with `createWaymark({ labels })`; the guide's own fields win over them:
 *
 * | key | default | guide field that wins |
 * | --- | --- | --- |
 * | `chat.label` | Chat with us | `chat.label` (and `chat.offline.label` when offline) |
 * | `chat.stuck` | Still stuck? Chat with us | `chat.stuck.label` |
 * | `chat.offline` | Back {{hours.next}} (status outside business hours) | `chat.offline.text` |
 * | `chat.loading` | Connecting… (status while the chat widget loads) | |
 * @param options - app-side settings; merged over `ctx.options.chat` when the instance provides that.
 * @returns the plugin.
 * @example
 * ```ts
 * createWaymark({ guides, plugins: [chatPlugin({ custom: (payload) => myChat.open(payload.message) })] });
 * ```
 */
export function chatPlugin(options?: ChatOptions): WaymarkPlugin {
  return (ctx) => {
    // Loaded twice for one instance (in `plugins` and for the guide's `chat` section): the first one serves.
    const asked: { context?: unknown; chat?: unknown } = {};
    document.dispatchEvent(new CustomEvent('wm-context-request', { detail: asked }));
    if (asked.context == ctx && asked.chat) return;
    const opts: ChatOptions = { ...(ctx as { options?: { chat?: ChatOptions } }).options?.chat, ...options };
    const chat: ChatDefinition = Object(ctx.doc.chat);
    const offline = Object(chat.offline);
    const mode = offline.mode ?? 'leave-message';
    const label = chat.label || ctx.label('chat.label', 'Chat with us');
    const abort = new AbortController();
    const cleanups = [() => abort.abort(), () => clearInterval(timer)];
    const emit = <K extends keyof WaymarkEventMap>(type: K, payload: Omit<WaymarkEventMap[K], 'timestamp'>) =>
      ctx.events.emit(type, { ...ctx.stamp(), ...payload } as WaymarkEventMap[K]);
    // Business hours (and the template of the offline status) load only for a guide that sets them.
    let hours: typeof businessHours | undefined;
    let fill: typeof renderTemplate | undefined;
    const open = () => !hours || hours.isOpen(chat.hours, ctx.now());
    const main = createChatAdapter(chat, opts);
    // The fallback outside hours or without a provider: an e-mail or a help page.
    const back =
      (mode == 'email' || mode == 'url') &&
      createChatAdapter(
        {
          provider: mode == 'email' ? 'mailto' : 'url',
          email: offline.email ?? chat.email,
          url: offline.url ?? chat.url,
          newTab: chat.newTab,
        },
        opts,
      );
    const fallback = (): ChatAdapter | null => (back && back.isAvailable() ? back : null);
    const prepared = Promise.all([
      chat.hours &&
        Promise.all([import('../core/chat/business-hours.js'), import('../core/chat/render-template.js')]).then(
          ([h, t]) => ((hours = h), (fill = t.renderTemplate)),
        ),
      back && back.loaded,
    ]).catch(() => {});
    // A widget that loads late is waited for once, from the start; later requests do not wait again.
    const loading = prepared.then(
      () => !!main && waitForProvider(main, { timeout: chat.waitTimeout ?? 5e3, signal: abort.signal }),
    );
    let settled = false;
    const available = () => !!main?.isAvailable();

    const view = (): ChatButtonView => {
      const busy: ChatButtonView = { state: 'loading', label, status: ctx.label('chat.loading', 'Connecting…') };
      if (chat.hours && !hours) return busy;
      if (!open()) {
        if (mode == 'hide' || (mode == 'leave-message' && !main?.supportsOffline))
          return { state: 'unavailable', label };
        const next = hours!.nextOpening(chat.hours, ctx.now());
        const when =
          next == null
            ? ''
            : hours!.formatOpening(
                next,
                document.documentElement.lang || undefined,
                Intl.DateTimeFormat().resolvedOptions().timeZone,
              );
        return {
          state: 'offline',
          label: offline.label || label,
          status:
            when && fill!(offline.text ?? ctx.label('chat.offline', 'Back {{hours.next}}'), { hours: { next: when } }),
        };
      }
      if (available()) return { state: 'online', label };
      if (!settled) return busy;
      const f = fallback();
      return {
        state: 'unavailable',
        label: offline.label || label,
        href: f ? (f.name == 'url' ? (offline.url ?? chat.url) : 'mailto:' + (offline.email ?? chat.email)) : '',
      };
    };
    const $view = atom(view());
    const refresh = () => $view.set(view());
    prepared.then(refresh);
    loading.then(() => {
      settled = true;
      refresh();
    });
    // Business hours change with time, and a widget may still turn up after the wait: look again now and then.
    const timer = setInterval(refresh, 3e4);

    const triggers: string[] = [];
    cleanups.push(
      ctx.events.on('trigger:fired', ({ guideId }) => triggers.push(guideId) > 5 && triggers.shift()),
      ctx.handle('escalate', ({ reason }, { source, help }) => void run(reason || source, help)),
    );

    async function run(reason: string, help?: HelpHandover) {
      const active = ctx.tours.$active.get();
      const where = { reason, tourId: active?.tour.id, stepId: active?.step.id };
      let why: WaymarkEventMap['chat:unavailable']['why'] = 'failed';
      try {
        const [{ buildEscalationContext }, { renderTemplate }] = await Promise.all([
          import('../core/chat/escalation-context.js'),
          import('../core/chat/render-template.js'),
          prepared,
        ]);
        const { message, fields, values } = buildEscalationContext({
          ...active,
          page: { url: location.href, title: document.title },
          triggers,
          user: ctx.user(),
          reason,
          help,
          template: chat.message,
          include: Object(chat.context),
        });
        const payload: ChatPayload = {
          message,
          fields,
          tags: chat.tags,
          subject: chat.subject && renderTemplate(chat.subject, values),
        };
        const live = open();
        const use =
          main &&
          (live || (mode == 'leave-message' && main.supportsOffline)) &&
          (available() || (await loading) || available())
            ? main
            : fallback();
        why = use ? 'failed' : !live ? 'closed' : main ? 'not-loaded' : 'no-provider';
        if (use && (await use.open(payload))) {
          // An in-page chat needs the focus a running tour keeps in its step: the tour ends here.
          if (use.name != 'mailto' && use.name != 'url') ctx.tours.dismiss('button');
          const provider = use.name == 'auto' ? (detectProvider(opts.win) ?? 'auto') : use.name;
          return emit('chat:opened', { ...where, provider, offline: !live || use != main });
        }
      } catch {
        // reported below
      }
      emit('chat:unavailable', { reason, why });
    }

    const stuck = chat.stuck && Object(chat.stuck);
    if (stuck)
      import('../dom/chat/offer-help.js').then(({ offerHelp }) => {
        if (abort.signal.aborted) return;
        cleanups.push(
          offerHelp(ctx, stuck, (reason) => {
            const active = ctx.tours.$active.get();
            const v = view();
            if (!active || (v.state == 'unavailable' && !v.href)) return;
            ctx.$help.set({ label: stuck.label || ctx.label('chat.stuck', 'Still stuck? Chat with us'), reason });
            emit('chat:offered', { reason, tourId: active.tour.id, stepId: active.step.id });
          }),
        );
      });

    registerElements({ 'wm-chat-button': WmChatButton });
    // The guide's floating launcher shows while no <wm-chat-button> placed by the app is on the page; while shown,
    // it sits in the instance's corner stack (above a checklist launcher, below slide-outs).
    let placed = 0;
    const launcher = chat.launcher
      ? Object.assign(document.createElement('wm-chat-button'), { launcher: chat.launcher })
      : undefined;
    let stopped = false;
    let undock: (() => void) | undefined;
    const float = () => {
      if (!launcher) return;
      if (stopped || placed) {
        undock?.();
        undock = undefined;
        launcher.remove();
      } else if (!launcher.isConnected) {
        ctx.mount(launcher);
        undock = dockLayer(layersOf(ctx), launcher, { id: 'chat', corner: chat.launcher!, order: 1 });
      }
    };
    const placeChatButton = () => {
      placed++;
      float();
      let once = true;
      return () => void (once && ((once = false), placed--, queueMicrotask(float)));
    };
    cleanups.push(provideContext(document, ctx, { chat: $view, placeChatButton }));
    float();
    if (launcher) cleanups.push(() => ((stopped = true), float()));
    return () => {
      for (const cleanup of cleanups.splice(0).reverse()) cleanup();
      // Buttons left on the page hide instead of offering a chat nobody handles.
      $view.set({ state: 'unavailable', label });
    };
  };
}

/** The chat feature with the instance's own options (`createWaymark` loads it when the guide has a `chat` section). */
export default chatPlugin();
