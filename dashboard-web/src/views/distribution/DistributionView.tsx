import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** How the data is spread over clouds, tiers and access classes; filled by the classifier service. */
export default function DistributionView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <ServicePending service="classifier service" fills="how the stored data is spread over clouds, tiers and access classes" />
    </ViewFrame>
  );
}
