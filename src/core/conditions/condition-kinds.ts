/**
 * The registry of condition kinds, in the order they are tried: the first kind whose `matches` accepts a
 * condition judges it. Order matters only where one object could match two kinds (`all` before `any`, `idle`
 * before `delay`, …). A new kind is one file in `kinds/` plus one line here.
 * @packageDocumentation
 */
import type { ConditionKind } from './condition-kind.js';
import { allKind } from './kinds/all.js';
import { anyKind } from './kinds/any.js';
import { dateKind } from './kinds/date.js';
import { delayKind } from './kinds/delay.js';
import { elementKind } from './kinds/element.js';
import { errorsKind } from './kinds/errors.js';
import { eventKind } from './kinds/event.js';
import { guideKind } from './kinds/guide.js';
import { idleKind } from './kinds/idle.js';
import { notKind } from './kinds/not.js';
import { pageKind } from './kinds/page.js';
import { rageClicksKind } from './kinds/rage-clicks.js';
import { segmentKind } from './kinds/segment.js';
import { signedUpKind } from './kinds/signed-up.js';
import { timeKind } from './kinds/time.js';
import { userKind } from './kinds/user.js';

/** Every condition kind, in matching order. */
export const conditionKinds: readonly ConditionKind[] = [
  allKind,
  anyKind,
  notKind,
  eventKind,
  pageKind,
  elementKind,
  idleKind,
  delayKind,
  rageClicksKind,
  errorsKind,
  guideKind,
  userKind,
  signedUpKind,
  dateKind,
  timeKind,
  segmentKind,
];
