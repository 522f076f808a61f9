import TuneIcon from '@mui/icons-material/Tune';
import type { ResourceProps } from 'react-admin';
import { ProgramSettingsPage } from './ProgramSettingsPage';

/** Program settings at /admin/program-settings: staff read them, program admins change them. */
export const programSettings = {
  name: 'program-settings',
  list: ProgramSettingsPage,
  icon: TuneIcon,
  options: { label: 'program_settings.menu' },
} satisfies ResourceProps;
