import {
  Box,
  FormControl,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import { useTranslate, useUpdate } from 'react-admin';
import type { EligibilityAnswers as Answers, EnrollmentResponse } from '../api/responses';
import { useApiError } from '../api/useApiError';

type YesNo =
  | 'hasSigningAuthority'
  | 'providesFirstLevelSupport'
  | 'hasBillingInfrastructure'
  | 'securityRequirementsMet';
type Count = 'managedServices' | 'solutionsPartnerDesignations';

/** Which answer states which requirement of the policy (the seed's table, and FY26's additions). */
const questions: readonly (
  | { kind: 'yes_no'; name: YesNo; requirement: string }
  | { kind: 'count'; name: Count; requirement: string }
  | { kind: 'date'; name: 'indirectResellerSince'; requirement: string }
)[] = [
  { kind: 'yes_no', name: 'hasSigningAuthority', requirement: 'endorsement' },
  { kind: 'yes_no', name: 'providesFirstLevelSupport', requirement: 'support_capability' },
  { kind: 'yes_no', name: 'hasBillingInfrastructure', requirement: 'accounts_receivable' },
  { kind: 'yes_no', name: 'securityRequirementsMet', requirement: 'security_requirements' },
  { kind: 'count', name: 'managedServices', requirement: 'managed_service' },
  {
    kind: 'count',
    name: 'solutionsPartnerDesignations',
    requirement: 'solutions_partner_designation',
  },
  { kind: 'date', name: 'indirectResellerSince', requirement: 'indirect_tenure' },
];

const empty: Answers = {
  hasSigningAuthority: null,
  providesFirstLevelSupport: null,
  hasBillingInfrastructure: null,
  managedServices: null,
  solutionsPartnerDesignations: null,
  securityRequirementsMet: null,
  indirectResellerSince: null,
};

const sameAnswers = (a: Answers, b: Answers) =>
  (Object.keys(empty) as (keyof Answers)[]).every(
    (name) => (a[name] ?? null) === (b[name] ?? null),
  );

/**
 * The partner's answers to the requirements only it can state (endorsement, support, accounts
 * receivable, managed services, indirect tenure, ...): only those the policy in force asks about.
 * Each change is saved to the draft at once (`PUT /api/enrollments/:id` with If-Match), so
 * nothing is lost when she leaves.
 */
export const EligibilityAnswers = ({
  enrollment,
  readOnly,
}: {
  enrollment: EnrollmentResponse;
  readOnly: boolean;
}) => {
  const translate = useTranslate();
  const onError = useApiError();
  const [update, { isPending }] = useUpdate();
  const stored = enrollment.eligibility?.answers ?? empty;
  const [answers, setAnswers] = useState<Answers>(stored);
  const [saved, setSaved] = useState(false);
  // What she sees, also between renders (a blur right after a change reads it here).
  const latest = useRef<Answers>(stored);
  // What she has changed and the API has not stored yet. The refresh that follows one answer's
  // save must not wipe the next answer, typed meanwhile.
  const edited = useRef<Partial<Answers>>({});
  // One save at a time, each with the version the previous one answered (If-Match); what she
  // changes meanwhile is saved right after.
  const saving = useRef(false);
  const lastSaved = useRef<EnrollmentResponse | undefined>(undefined);
  // Take the stored answers when they change (after a save, a refresh, another tab's change),
  // keeping her unsaved changes on top.
  const storedKey = JSON.stringify(stored);
  useEffect(() => {
    latest.current = { ...(JSON.parse(storedKey) as Answers), ...edited.current };
    setAnswers(latest.current);
  }, [storedKey]);
  const edit = (change: Partial<Answers>) => {
    edited.current = { ...edited.current, ...change };
    latest.current = { ...latest.current, ...change };
    setAnswers(latest.current);
  };

  /** The newest version of the enrollment this form knows: its own last save, or the page's. */
  const newest = () => {
    const own = lastSaved.current;
    return own && own.version > enrollment.version ? own : enrollment;
  };

  const send = (next: Answers, previous: EnrollmentResponse) => {
    saving.current = true;
    setSaved(false);
    void update(
      'enrollments',
      { id: enrollment.id, data: { eligibility: next }, previousData: previous },
      {
        mutationMode: 'pessimistic',
        onSuccess: (data) => {
          // The API answers the enrollment as it is now (its new version included).
          lastSaved.current = data as EnrollmentResponse;
          saving.current = false;
          // Stored now: what was sent, unless changed again since.
          edited.current = Object.fromEntries(
            Object.entries(edited.current).filter(
              ([name, value]) => next[name as keyof Answers] !== value,
            ),
          );
          if (!flush()) {
            setSaved(true);
          }
        },
        onError: (error) => {
          saving.current = false;
          edited.current = {};
          onError(error);
        },
      },
    );
  };

  /**
   * Saves what she sees, unless the API holds it already; true when a save is under way. While
   * one is, the next waits for its answer (and its version), which calls this again.
   */
  const flush = (): boolean => {
    if (saving.current) {
      return true;
    }
    const previous = newest();
    const next = latest.current;
    if (sameAnswers(next, previous.eligibility?.answers ?? empty)) {
      return false;
    }
    send(next, previous);
    return true;
  };

  const asked = new Set(
    [
      ...(enrollment.eligibility?.requirements ?? []),
      ...(enrollment.eligibility?.advice ?? []),
    ].map((outcome) => outcome.requirement),
  );
  const shown = questions.filter((question) => asked.size === 0 || asked.has(question.requirement));

  const field = (name: string) => translate(`resources.enrollments.answers.${name}`);
  const hint = (name: string) =>
    translate(`resources.enrollments.answers.${name}_hint`, { _: '' }) || undefined;
  // Not disabled while saving: that would take the focus from the field she is in.
  const disabled = readOnly;

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, display: 'grid', gap: 2, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('resources.enrollments.answers.title')}
      </Typography>
      {shown.map((question) => {
        const { name } = question;
        if (question.kind === 'yes_no') {
          const value = answers[question.name] ?? null;
          return (
            <FormControl key={name} disabled={disabled}>
              <FormLabel id={`answer-${name}`}>{field(name)}</FormLabel>
              <RadioGroup
                row
                aria-labelledby={`answer-${name}`}
                value={value === null ? '' : String(value)}
                onChange={(event) => {
                  edit({ [name]: event.target.value === 'true' });
                  flush();
                }}
              >
                <FormControlLabel
                  value="true"
                  control={<Radio />}
                  label={translate('ra.boolean.true')}
                />
                <FormControlLabel
                  value="false"
                  control={<Radio />}
                  label={translate('ra.boolean.false')}
                />
              </RadioGroup>
            </FormControl>
          );
        }
        if (question.kind === 'count') {
          return (
            <TextField
              key={name}
              type="number"
              label={field(name)}
              helperText={hint(name)}
              value={answers[question.name] ?? ''}
              disabled={disabled}
              slotProps={{ htmlInput: { min: 0, step: 1 } }}
              onChange={(event) =>
                edit({
                  [name]:
                    event.target.value === ''
                      ? null
                      : Math.max(0, Math.floor(Number(event.target.value))),
                })
              }
              onBlur={() => void flush()}
            />
          );
        }
        return (
          <TextField
            key={name}
            type="date"
            label={field(name)}
            helperText={hint(name)}
            value={answers.indirectResellerSince ?? ''}
            disabled={disabled}
            slotProps={{ inputLabel: { shrink: true } }}
            onChange={(event) =>
              edit({
                indirectResellerSince: event.target.value === '' ? null : event.target.value,
              })
            }
            onBlur={() => void flush()}
          />
        );
      })}
      <Typography role="status" variant="body2" color="text.secondary">
        {isPending
          ? translate('resources.enrollments.answers.saving')
          : saved
            ? translate('resources.enrollments.answers.saved')
            : readOnly
              ? translate('resources.enrollments.answers.read_only')
              : translate('resources.enrollments.answers.autosave')}
      </Typography>
    </Box>
  );
};
