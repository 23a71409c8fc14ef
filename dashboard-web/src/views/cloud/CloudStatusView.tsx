import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** Each cloud's buckets, sync state and inventory; filled by the sync service. */
export default function CloudStatusView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <ServicePending service="sync service" fills="each cloud's buckets with their sync state and inventory" />
    </ViewFrame>
  );
}
