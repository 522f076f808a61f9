// `node dist/database/audit-verify.js` (npm run audit:verify): checks every enrollment's audit
// chain and names the first broken row; exits 1 when one is broken.
import { DataSource } from 'typeorm';
import { verifyAuditChains } from '../modules/audit/audit.service.js';
import { runAsCommand } from './command.js';
import { dataSourceOptions } from './data-source.js';

runAsCommand(import.meta.url, 'verifying the audit trail', async (url) => {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const report = await verifyAuditChains(dataSource);
    if (report.broken) {
      const { id, enrollmentId, subject, seq, reason } = report.broken;
      throw new Error(
        `audit row ${id} (${subject} ${enrollmentId}, seq ${seq}) is broken: ${reason}.`,
      );
    }
    return `Audit trail verified: ${report.rows} row(s) in ${report.chains} chain(s), none broken.`;
  } finally {
    await dataSource.destroy();
  }
});
