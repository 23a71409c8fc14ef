import type { ViewProps } from '../../shell/routes';
import { ServicePending, ViewFrame } from '../../ui/states';

/** Tiering policies, budgets and approval rules; filled by the cost service. */
export default function PoliciesView({ title }: ViewProps) {
  return (
    <ViewFrame title={title}>
      <ServicePending service="cost service" fills="the tiering policies, budgets and approval rules" />
    </ViewFrame>
  );
}
