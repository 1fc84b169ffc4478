/** The words the tour UI shows around the guide's own text; override them to localise. */
export interface TourLabels {
  /** @default "Next" */
  next: string;
  /** @default "Back" */
  back: string;
  /** @default "Done" */
  done: string;
  /** Accessible name of the close button. @default "Close tour" */
  close: string;
  /** Progress text; `{current}` and `{total}` are replaced. @default "{current} of {total}" */
  progress: string;
}

/** English defaults for {@link TourLabels}. */
export const defaultLabels: TourLabels = {
  next: 'Next',
  back: 'Back',
  done: 'Done',
  close: 'Close tour',
  progress: '{current} of {total}',
};
