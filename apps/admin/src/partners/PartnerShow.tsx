import { Loading, ShowBase, useShowContext } from 'react-admin';
import type { PartnerResponse } from '../api/responses';
import { PartnerProfile } from './PartnerProfile';

const Profile = () => {
  const { record, isPending } = useShowContext<PartnerResponse>();
  if (isPending || !record) {
    return <Loading />;
  }
  return <PartnerProfile partner={record} />;
};

export const PartnerShow = () => (
  <ShowBase>
    <Profile />
  </ShowBase>
);
