import AssignmentIcon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';
import { EnrollmentList } from './EnrollmentList';
import { EnrollmentShow } from './EnrollmentShow';

/** Applications to the CSP program: the partner's own, or the reviewers' queue. */
export const enrollments = {
  name: 'enrollments',
  list: EnrollmentList,
  show: EnrollmentShow,
  icon: AssignmentIcon,
  recordRepresentation: 'legalName',
  // react-admin prefers `resources.<name>.name` over this label: the i18n files give no `name`, so
  // that partners can see "My applications" (App.tsx) where staff see "Applications".
  options: { label: 'resources.enrollments.label' },
} satisfies ResourceProps;
