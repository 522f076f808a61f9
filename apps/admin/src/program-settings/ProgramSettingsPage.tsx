import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { listingFreshness, parseProgramSetting, type ProgramSettingName } from '@hub/domain';
import type { ProgramSettingsResponse } from '@hub/web';
import { useCallback, useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { Loading, Title, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../api/httpClient';
import { useApiError } from '../api/useApiError';
import { useFormatters } from '../api/useFormatters';
import { useViewer } from '../api/useViewer';

type Values = {
  indirect_reseller: string;
  direct_bill: string;
  listingConfirmEveryDays: string;
  listingHideAfterDays: string;
};

const valuesOf = (settings: ProgramSettingsResponse): Values => ({
  indirect_reseller: String(settings.reviewTargetBusinessDays.indirect_reseller),
  direct_bill: String(settings.reviewTargetBusinessDays.direct_bill),
  listingConfirmEveryDays: String(settings.listingConfirmEveryDays),
  listingHideAfterDays: String(settings.listingHideAfterDays),
});

const boundOf: Record<keyof Values, ProgramSettingName> = {
  indirect_reseller: 'reviewTargetBusinessDays',
  direct_bill: 'reviewTargetBusinessDays',
  listingConfirmEveryDays: 'listingConfirmEveryDays',
  listingHideAfterDays: 'listingHideAfterDays',
};

/** The field's value as the domain takes it (a whole number of days within bounds), or undefined. */
const parsed = (name: ProgramSettingName, value: string): number | undefined => {
  const result = value.trim() === '' ? undefined : parseProgramSetting(name, Number(value));
  return result?.ok ? result.value : undefined;
};

const Section = ({
  title,
  hint,
  children,
}: {
  title: string;
  hint: string;
  children: ReactNode;
}) => {
  const id = useId();
  return (
    <Card component="section" aria-labelledby={id} variant="outlined">
      <CardContent>
        <Typography id={id} component="h2" variant="h6">
          {title}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {hint}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>{children}</Box>
      </CardContent>
    </Card>
  );
};

/**
 * Program settings (`/admin/program-settings`): the reviewers' target per program and the listing
 * freshness. Program admins change them (If-Match on the settings' version; a 412 says someone
 * changed them meanwhile and shows them as they are now); reviewers read them. The history lists
 * who changed what.
 */
export const ProgramSettingsPage = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const onError = useApiError();
  const { kind } = useViewer();
  const { day, dateTime } = useFormatters();
  const [settings, setSettings] = useState<ProgramSettingsResponse>();
  const [values, setValues] = useState<Values>();
  const [failed, setFailed] = useState(false);
  const [saving, setSaving] = useState(false);
  const mayChange = kind === 'program_admin';

  const load = useCallback(async () => {
    try {
      const { json } = (await httpClient('/api/program-settings')) as { json: unknown };
      const read = json as ProgramSettingsResponse;
      setSettings(read);
      setValues(valuesOf(read));
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  if (failed) {
    return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  }
  if (!settings || !values) {
    return <Loading />;
  }

  const field = (name: keyof Values, label: string) => {
    const bounds = settings.bounds[boundOf[name]];
    const invalid = parsed(boundOf[name], values[name]) === undefined;
    return (
      <TextField
        key={name}
        label={label}
        type="number"
        value={values[name]}
        onChange={(event) => setValues({ ...values, [name]: event.target.value })}
        error={invalid}
        helperText={translate('program_settings.bounds', {
          min: bounds.min,
          max: bounds.max,
          default: bounds.default,
        })}
        slotProps={{
          htmlInput: { min: bounds.min, max: bounds.max, step: 1, inputMode: 'numeric' },
          input: { readOnly: !mayChange },
        }}
        sx={{ flex: '1 1 220px' }}
      />
    );
  };

  const numbers = Object.fromEntries(
    (Object.keys(values) as (keyof Values)[]).map((name) => [
      name,
      parsed(boundOf[name], values[name]),
    ]),
  ) as Record<keyof Values, number | undefined>;
  const valid = Object.values(numbers).every((number) => number !== undefined);
  const changed = JSON.stringify(values) !== JSON.stringify(valuesOf(settings));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!valid || saving) {
      return;
    }
    setSaving(true);
    try {
      const { json } = (await httpClient('/api/program-settings', {
        method: 'PUT',
        version: settings.version,
        body: JSON.stringify({
          reviewTargetBusinessDays: {
            indirect_reseller: numbers.indirect_reseller,
            direct_bill: numbers.direct_bill,
          },
          listingConfirmEveryDays: numbers.listingConfirmEveryDays,
          listingHideAfterDays: numbers.listingHideAfterDays,
        }),
      })) as { json: unknown };
      const saved = json as ProgramSettingsResponse;
      setSettings(saved);
      setValues(valuesOf(saved));
      notify('program_settings.saved', { type: 'success' });
    } catch (error) {
      onError(error);
      if ((error as { status?: number }).status === 412) {
        await load();
      }
    } finally {
      setSaving(false);
    }
  };

  // What the freshness values mean for a listing confirmed today.
  const today = new Date();
  const confirmDays = numbers.listingConfirmEveryDays ?? settings.listingConfirmEveryDays;
  const hideDays = numbers.listingHideAfterDays ?? settings.listingHideAfterDays;
  const { confirmBy: dueOn, hiddenFrom: hiddenOn } = listingFreshness(today, today, today, {
    confirmEveryDays: confirmDays,
    hideAfterDays: hideDays,
  });
  const settingName = (change: ProgramSettingsResponse['changes'][number]) =>
    change.program
      ? `${translate(`program_settings.setting.${change.setting}`)} (${translate(`enums.program.${change.program}`)})`
      : translate(`program_settings.setting.${change.setting}`);

  return (
    <Stack
      component="form"
      onSubmit={(event) => void save(event)}
      spacing={2}
      sx={{ mt: 2, mb: 4 }}
    >
      <Title title={translate('program_settings.title')} />
      <Box>
        <Typography component="h1" variant="h5">
          {translate('program_settings.title')}
        </Typography>
        <Typography color="text.secondary">{translate('program_settings.subtitle')}</Typography>
      </Box>
      {!mayChange && <Alert severity="info">{translate('program_settings.read_only')}</Alert>}

      <Section
        title={translate('program_settings.review_title')}
        hint={translate('program_settings.review_hint')}
      >
        {field('indirect_reseller', translate('enums.program.indirect_reseller'))}
        {field('direct_bill', translate('enums.program.direct_bill'))}
      </Section>

      <Section
        title={translate('program_settings.freshness_title')}
        hint={translate('program_settings.freshness_hint')}
      >
        {field(
          'listingConfirmEveryDays',
          translate('program_settings.setting.listingConfirmEveryDays'),
        )}
        {field('listingHideAfterDays', translate('program_settings.setting.listingHideAfterDays'))}
        <Typography variant="body2" sx={{ flexBasis: '100%' }} role="status">
          {translate('program_settings.freshness_example', {
            due: day(dueOn.toISOString()),
            hidden: day(hiddenOn.toISOString()),
          })}
        </Typography>
      </Section>

      {mayChange && (
        <Box>
          <Button
            type="submit"
            variant="contained"
            disabled={!valid || !changed || saving}
            aria-busy={saving}
            startIcon={
              saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined
            }
          >
            {translate('program_settings.save')}
          </Button>
        </Box>
      )}

      <Card
        component="section"
        variant="outlined"
        aria-label={translate('program_settings.history')}
      >
        <CardContent>
          <Typography component="h2" variant="h6" gutterBottom>
            {translate('program_settings.history')}
          </Typography>
          {settings.changes.length === 0 ? (
            <Typography color="text.secondary">
              {translate('program_settings.no_changes')}
            </Typography>
          ) : (
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('program_settings.when')}</TableCell>
                  <TableCell>{translate('program_settings.who')}</TableCell>
                  <TableCell>{translate('program_settings.what')}</TableCell>
                  <TableCell align="right">{translate('program_settings.change')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {settings.changes.map((change, index) => (
                  <TableRow key={`${change.at}-${index}`}>
                    <TableCell>{dateTime(change.at)}</TableCell>
                    <TableCell>{change.actorName}</TableCell>
                    <TableCell>{settingName(change)}</TableCell>
                    <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                      {translate('program_settings.from_to', {
                        before: change.valueBefore,
                        after: change.valueAfter,
                      })}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </CardContent>
      </Card>
    </Stack>
  );
};
