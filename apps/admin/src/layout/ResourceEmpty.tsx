import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A list's explicit empty state: `resources.<resource>.empty.title` and `.body`. */
export const ResourceEmpty = ({ resource }: { resource: string }) => {
  const translate = useTranslate();
  return (
    <Box role="status" sx={{ textAlign: 'center', py: 8, px: 2, color: 'text.secondary' }}>
      <InboxIcon sx={{ fontSize: 72, opacity: 0.5 }} aria-hidden />
      <Typography component="h2" variant="h5" gutterBottom>
        {translate(`resources.${resource}.empty.title`)}
      </Typography>
      <Typography>{translate(`resources.${resource}.empty.body`)}</Typography>
    </Box>
  );
};
