import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** Migration jobs, their progress and controls; filled by the migration service. */
export default function MigrationsView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <ServicePending service="migration service" fills="the migration jobs with their progress, and the controls to pause, resume or cancel them" />
    </ViewFrame>
  );
}
