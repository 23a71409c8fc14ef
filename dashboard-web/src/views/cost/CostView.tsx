import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** Spend, savings and the price catalog; filled by the cost service. */
export default function CostView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <ServicePending service="cost service" fills="the spend per cloud and tier, the savings tiering made, and the price catalog" />
    </ViewFrame>
  );
}
