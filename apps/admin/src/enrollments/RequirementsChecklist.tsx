import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import HelpIcon from '@mui/icons-material/Help';
import { Box, Chip, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RequirementOutcome } from '../api/responses';

const icons = {
  met: <CheckCircleIcon color="success" aria-hidden />,
  not_met: <CancelIcon color="error" aria-hidden />,
  needs_review: <HelpIcon color="warning" aria-hidden />,
};

const Outcome = ({ outcome }: { outcome: RequirementOutcome }) => {
  const translate = useTranslate();
  const status = translate(`enums.requirement_status.${outcome.status}`);
  return (
    <ListItem component="li" disableGutters alignItems="flex-start">
      <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>{icons[outcome.status]}</ListItemIcon>
      <ListItemText
        primary={
          <Box
            component="span"
            sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center' }}
          >
            <span>
              {translate(`enums.requirement.${outcome.requirement}`, { _: outcome.requirement })}
            </span>
            <Chip size="small" variant="outlined" label={status} />
            {outcome.awaits === 'credit_check' && (
              <Chip
                size="small"
                variant="outlined"
                label={translate('resources.enrollments.eligibility.awaits_credit_check')}
              />
            )}
          </Box>
        }
        secondary={outcome.message}
      />
    </ListItem>
  );
};

/** The seed's minimum requirements as a live checklist, from the API's eligibility verdict. */
export const RequirementsChecklist = ({
  requirements,
  advice,
}: {
  requirements: RequirementOutcome[];
  advice: RequirementOutcome[];
}) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
        {translate('resources.enrollments.eligibility.requirements')}
      </Typography>
      <List dense component="ul" aria-live="polite">
        {requirements.map((outcome) => (
          <Outcome key={outcome.requirement} outcome={outcome} />
        ))}
      </List>
      {advice.length > 0 && (
        <>
          <Typography component="h3" variant="subtitle1" sx={{ fontWeight: 600 }}>
            {translate('resources.enrollments.eligibility.advice')}
          </Typography>
          <List dense component="ul">
            {advice.map((outcome) => (
              <Outcome key={outcome.requirement} outcome={outcome} />
            ))}
          </List>
        </>
      )}
    </Box>
  );
};

/** The hard requirements not met: each blocks submitting. */
export const unmetRequirements = (requirements: RequirementOutcome[] | undefined) =>
  (requirements ?? []).filter((outcome) => !outcome.advisory && outcome.status === 'not_met');
