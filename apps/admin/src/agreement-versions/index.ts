import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceProps } from 'react-admin';
import { AgreementVersionCreate } from './AgreementVersionCreate';
import { AgreementVersionList } from './AgreementVersionList';
import { AgreementVersionShow } from './AgreementVersionShow';

/** Agreement versions at /admin/agreement-versions: everyone reads, program admins publish. */
export const agreementVersions = {
  name: 'agreement-versions',
  list: AgreementVersionList,
  show: AgreementVersionShow,
  create: AgreementVersionCreate,
  icon: GavelIcon,
} satisfies ResourceProps;
