import type { AvailableCommand, EnrollmentResponse } from '../api/responses';
import { toCommandPath } from '../api/responses';

/** The command as the caller may give it now, if the API lists it (kebab or snake case). */
export const findCommand = (
  enrollment: Pick<EnrollmentResponse, 'availableCommands'>,
  command: string,
): AvailableCommand | undefined =>
  enrollment.availableCommands.find((each) => toCommandPath(each.command) === command);

export const findLockedCommand = (
  enrollment: Pick<EnrollmentResponse, 'lockedCommands'>,
  command: string,
) => (enrollment.lockedCommands ?? []).find((each) => toCommandPath(each.command) === command);

/** The i18n key part of a command: `start-review` → `start_review`. */
export const commandKey = (command: string): string => toCommandPath(command).replace(/-/g, '_');

/** States after which nothing more happens. */
export const isClosedState = (state: string): boolean =>
  state === 'rejected' || state === 'withdrawn' || state === 'transitioned_to_indirect';
